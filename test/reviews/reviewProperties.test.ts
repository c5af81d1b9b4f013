import fc from "fast-check";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { createReview } from "../../core/reviews/createReview";
import { indexReviews, reviewFor } from "../../core/reviews/reviewFor";
import { REVIEW_DECISIONS, TREATMENTS, type DealBasis } from "../../core/reviews/reviewTypes";
import { ROWS, scoreOne } from "./reviewKit";

const profile = defaultProfile();
const { basis } = scoreOne(ROWS.egypt);
const decision = fc.constantFrom(...REVIEW_DECISIONS);
const name = fc.constantFrom("A. Lee", "a. lee", "B. Khan", "", "  ");
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

describe("sign-off invariants, whatever is entered", () => {
  it("no record is accepted for an escalation, or for going ahead against a decline, without an approver other than the reviewer (a stop is never approved)", () => {
    fc.assert(
      fc.property(
        decision,
        decision,
        name,
        optional(name),
        optional(fc.constantFrom(...TREATMENTS)),
        optional(fc.string()),
        (recommended, taken, reviewer, approver, treatment, reason) => {
          const r = createReview(
            { dealId: "E-1", decision: taken, reviewer, approver, treatment, overrideReason: reason, date: "2026-03-31" },
            recommended,
            basis,
            profile,
          );
          if (!r.ok) return;
          const rec = r.record;
          const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
          expect(rec.reviewer.trim()).not.toBe("");
          if (rec.decision !== rec.recommended) expect(rec.overrideReason?.trim()).toBeTruthy();
          if (recommended === "stop") expect(rec).toMatchObject({ decision: "stop", treatment: "Avoid" });
          if (rec.decision === "stop" || recommended === "stop") expect(rec.approver).toBeUndefined();
          const escalated = [rec.decision, rec.recommended].includes("escalate");
          const againstDecline = [rec.decision, rec.recommended].includes("decline") && rec.treatment !== "Avoid";
          if ((escalated || againstDecline) && rec.decision !== "stop") {
            expect(rec.approver).toBeDefined();
            expect(norm(rec.approver!)).not.toBe(norm(rec.reviewer));
          }
          if (againstDecline) expect(rec.boardApproval).toBeTruthy();
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a record is current only for exactly the basis it was made on, and never past its review date", () => {
    const parts = Object.keys(basis) as (keyof DealBasis)[];
    fc.assert(
      fc.property(fc.subarray(parts), fc.constantFrom("2026-04-01", "2026-09-30", "2026-10-01", "2030-01-01"), (changed, today) => {
        const r = createReview(
          { dealId: "E-1", decision: "escalate", reviewer: "A", approver: "B", date: "2026-03-31" },
          "escalate",
          basis,
          profile,
        );
        if (!r.ok) throw new Error("not recorded");
        const now = { ...basis };
        for (const p of changed) now[p] = `${now[p]}x`;
        const status = reviewFor("E-1", now, indexReviews([r.record]), today).status;
        const expected = changed.length ? "stale" : today > "2026-09-30" ? "overdue" : "current";
        expect(status).toBe(expected);
      }),
    );
  });
});
