import { defaultProfile } from "../../core/methodology/loadProfile";
import { createReview } from "../../core/reviews/createReview";
import { defaultReviewBy, signOffNeeds } from "../../core/reviews/signOffNeeds";
import { REVIEW_DECISIONS, TREATMENTS, type Treatment } from "../../core/reviews/reviewTypes";
import { ROWS, scoreOne } from "./reviewKit";

const profile = defaultProfile();
const { basis } = scoreOne(ROWS.egypt);
const treatments: (Treatment | undefined)[] = [undefined, ...TREATMENTS];

describe("what a sign-off form asks for agrees with what createReview refuses", () => {
  for (const recommended of REVIEW_DECISIONS)
    for (const decision of REVIEW_DECISIONS)
      for (const treatment of treatments) {
        const needs = signOffNeeds(recommended, decision, treatment);
        const base = { dealId: "E-1", decision, reviewer: "A. Lee", date: "2026-03-31", treatment, overrideReason: "reason" };
        const fields = (d: object) => {
          const r = createReview({ ...base, ...d }, recommended, basis, profile);
          return r.ok ? [] : r.problems.map((p) => p.field);
        };
        it(`recommended ${recommended}, taken ${decision}, treatment ${treatment ?? "default"}`, () => {
          // Filled as the needs say: refused only for a decision that may not be recorded or a treatment a stop cannot have.
          const filled = {
            ...(needs.approver === "required" ? { approver: "B. Khan" } : {}),
            ...(needs.boardApproval === "required" ? { boardApproval: "Minute 14" } : {}),
          };
          const expected = [
            ...(needs.decisions.includes(decision) ? [] : ["decision"]),
            ...(needs.avoidOnly && treatment !== undefined && treatment !== "Avoid" ? ["treatment"] : []),
          ];
          expect(fields(filled)).toEqual(expected);
          if (needs.approver === "required") expect(fields({ ...filled, approver: undefined })).toContain("approver");
          if (needs.fourEyes) expect(fields({ ...filled, approver: " a. lee " })).toContain("approver");
          if (needs.approver === "forbidden") expect(fields({ ...filled, approver: "B. Khan" })).toContain("approver");
          if (needs.boardApproval === "required") expect(fields({ ...filled, boardApproval: " " })).toContain("boardApproval");
          if (needs.overrideReason) expect(fields({ ...filled, overrideReason: "" })).toContain("overrideReason");
          else expect(fields({ ...filled, overrideReason: "" })).not.toContain("overrideReason");
        });
      }
});

describe("the rules in words", () => {
  it("name the four-eyes rule for an escalation, the board for going ahead against a decline, and no approval for a stop", () => {
    expect(signOffNeeds("escalate", "escalate", undefined).rules.join(" ")).toMatch(/approver other than the reviewer/);
    expect(signOffNeeds("decline", "escalate", "Mitigate").rules.join(" ")).toMatch(/needs the board/);
    expect(signOffNeeds("stop", "stop", undefined).rules.join(" ")).toMatch(/cannot be approved/);
    expect(signOffNeeds("stop", "stop", undefined).decisions).toEqual(["stop"]);
  });
});

describe("default review-by dates come from the profile's periods", () => {
  it("12 months for proceed, 6 for escalate, none for stop, and from a tuned profile", () => {
    expect(defaultReviewBy(profile, "proceed", "2026-08-31")).toBe("2027-08-31");
    expect(defaultReviewBy(profile, "escalate", "2026-08-31")).toBe("2027-02-28");
    expect(defaultReviewBy(profile, "stop", "2026-08-31")).toBe("");
    expect(defaultReviewBy({ ...profile, reviewPeriods: { escalate: 3 } } as typeof profile, "escalate", "2026-08-31")).toBe("2026-11-30");
    expect(defaultReviewBy(profile, "proceed", "31/08/2026")).toBe("");
  });
});
