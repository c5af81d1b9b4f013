import { defaultProfile } from "../../core/methodology/loadProfile";
import { loadProfile } from "../../core/methodology/loadProfile";
import { createReview, type ReviewDraft } from "../../core/reviews/createReview";
import type { ReviewDecision } from "../../core/reviews/reviewTypes";
import { ROWS, scoreOne } from "./reviewKit";

const profile = defaultProfile();
const { basis } = scoreOne(ROWS.egypt);
const draft = (d: Partial<ReviewDraft>): ReviewDraft => ({
  dealId: "E-1",
  decision: "escalate",
  reviewer: "A. Reviewer",
  date: "2026-03-31",
  ...d,
});
const problems = (d: Partial<ReviewDraft>, recommended: ReviewDecision = "escalate") => {
  const r = createReview(draft(d), recommended, basis, profile);
  return r.ok ? [] : r.problems.map((p) => p.message);
};

describe("four eyes", () => {
  it("an escalation without an approver is refused", () => {
    expect(problems({})).toEqual([expect.stringContaining("needs an approver other than the reviewer")]);
  });
  it("an escalation approved by the reviewer is refused, whatever the case or spacing of the name", () => {
    expect(problems({ approver: "  a.  reviewer " })).toEqual([expect.stringContaining("someone other than the reviewer")]);
  });
  it("an escalation approved by someone else is recorded with a six-month review date", () => {
    const r = createReview(draft({ approver: "B. Director" }), "escalate", basis, profile);
    expect(r).toMatchObject({
      ok: true,
      record: { decision: "escalate", approver: "B. Director", reviewBy: "2026-09-30", treatment: "Accept" },
    });
  });
  it("going ahead against a decline needs a board approval reference and an approver", () => {
    const msgs = problems({ decision: "escalate", overrideReason: "board accepted the risk", treatment: "Mitigate" }, "decline");
    expect(msgs).toEqual([expect.stringContaining("needs an approver"), expect.stringContaining("board approval reference")]);
    const ok = createReview(
      draft({ decision: "decline", treatment: "Mitigate", approver: "Chair", boardApproval: "Board minute 2026/14" }),
      "decline",
      basis,
      profile,
    );
    expect(ok).toMatchObject({ ok: true, record: { boardApproval: "Board minute 2026/14", reviewBy: "2026-09-30" } });
  });
  it("declining a declined deal needs no board approval", () => {
    expect(problems({ decision: "decline" }, "decline")).toEqual([]);
  });
  it("a stop cannot be approved or overridden", () => {
    expect(problems({ decision: "stop", approver: "B. Director" }, "stop")).toEqual([expect.stringContaining("A stop cannot be approved")]);
    expect(problems({ decision: "escalate", approver: "B. Director", overrideReason: "customer is important" }, "stop")).toEqual([
      expect.stringContaining("no sign-off can approve this deal"),
      expect.stringContaining("A stop cannot be approved"),
    ]);
    expect(problems({ decision: "stop", treatment: "Accept" }, "stop")).toEqual([expect.stringContaining("treatment is Avoid")]);
    const ok = createReview(draft({ decision: "stop" }), "stop", basis, profile);
    expect(ok).toMatchObject({ ok: true, record: { decision: "stop", treatment: "Avoid", reviewBy: "" } });
  });
});

describe("overrides", () => {
  it("a decision that differs from the methodology's needs a reason", () => {
    expect(problems({ decision: "proceed-with-conditions", approver: "B. Director" })).toEqual([
      expect.stringContaining("an override needs a reason"),
    ]);
  });
  it("an override with a reason is recorded with the recommendation beside it", () => {
    const r = createReview(
      draft({ decision: "proceed-with-conditions", approver: "B. Director", overrideReason: "End user verified on site visit" }),
      "escalate",
      basis,
      profile,
    );
    expect(r).toMatchObject({
      ok: true,
      record: {
        recommended: "escalate",
        decision: "proceed-with-conditions",
        overrideReason: "End user verified on site visit",
        treatment: "Mitigate",
      },
    });
  });
  it("raising a proceed to an escalation is an override that also needs four eyes", () => {
    expect(problems({ decision: "escalate", overrideReason: "reputational concern" }, "proceed")).toEqual([
      expect.stringContaining("needs an approver"),
    ]);
  });
});

describe("dates and conditions", () => {
  it("dates that do not exist are refused", () => {
    expect(problems({ approver: "B", date: "2026-02-30" })).toEqual([expect.stringContaining("'2026-02-30' is not a date")]);
    expect(problems({ approver: "B", reviewBy: "31/12/2026" })).toEqual([expect.stringContaining("'31/12/2026' is not a date")]);
  });
  it("a review-by date on or before the review date is refused", () => {
    expect(problems({ approver: "B", reviewBy: "2026-03-31" })).toEqual([expect.stringContaining("must be after the review date")]);
  });
  it("each condition needs an owner and a real due date", () => {
    const msgs = problems({ approver: "B", conditions: [{ text: "Audit visit", owner: "", due: "2026-13-01" }] });
    expect(msgs).toEqual([expect.stringContaining("has no owner"), expect.stringContaining("has due date '2026-13-01'")]);
  });
  it("the profile's review periods replace the defaults", () => {
    const tuned = loadProfile({ ...profile, reviewPeriods: { escalate: 3 } });
    const r = createReview(draft({ approver: "B" }), "escalate", basis, tuned);
    expect(r.ok && r.record.reviewBy).toBe("2026-06-30");
    const p = createReview(draft({ decision: "proceed-with-conditions", overrideReason: "x", approver: "B" }), "escalate", basis, tuned);
    expect(p.ok && p.record.reviewBy).toBe("2027-03-31");
  });
  it("a profile with a review period out of range is refused", () => {
    expect(() => loadProfile({ ...profile, reviewPeriods: { escalate: 0 } })).toThrow();
    expect(() => loadProfile({ ...profile, reviewPeriods: { sometimes: 3 } })).toThrow();
  });
});
