import { profileTag } from "../methodology/loadProfile";
import type { Profile } from "../methodology/profileSchema";
import { addMonths, isIsoDay } from "./isoDay";
import { reviewPeriodMonths } from "./reviewPeriods";
import {
  REVIEW_DECISIONS,
  TREATMENTS,
  type DealBasis,
  type ReviewCondition,
  type ReviewDecision,
  type ReviewRecord,
  type Treatment,
} from "./reviewTypes";

/** What a reviewer enters; `createReview` checks it and fills the defaults. */
export interface ReviewDraft {
  dealId: string;
  decision: string;
  overrideReason?: string;
  treatment?: string;
  reviewer: string;
  approver?: string;
  boardApproval?: string;
  date: string;
  reviewBy?: string;
  conditions?: ReviewCondition[];
  notes?: string;
  evidence?: string[];
}

export interface ReviewProblem {
  field: string;
  message: string;
}

export type ReviewCheck = { ok: true; record: ReviewRecord } | { ok: false; problems: ReviewProblem[] };

const blank = (s: string | undefined) => !s || !s.trim();
const sameName = (a: string, b: string) => a.trim().toLowerCase().replace(/\s+/g, " ") === b.trim().toLowerCase().replace(/\s+/g, " ");

function defaultTreatment(decision: ReviewDecision, conditions: readonly ReviewCondition[]): Treatment {
  if (decision === "stop" || decision === "decline") return "Avoid";
  return conditions.length || decision === "proceed-with-conditions" ? "Mitigate" : "Accept";
}

function checkConditions(conditions: readonly ReviewCondition[], problems: ReviewProblem[]): void {
  conditions.forEach((c, i) => {
    const where = `condition ${i + 1}`;
    if (blank(c.text)) problems.push({ field: where, message: `${where} has no text` });
    if (blank(c.owner)) problems.push({ field: where, message: `${where} ('${c.text}') has no owner` });
    if (!isIsoDay(c.due)) problems.push({ field: where, message: `${where} ('${c.text}') has due date '${c.due}': use YYYY-MM-DD` });
  });
}

/**
 * The four-eyes rules. Escalate needs an approver who is not the reviewer. Going ahead against a
 * decline needs the board: a board approval reference and an approver. A stop is prohibited: it is
 * recorded as stop, never overridden and never approved.
 */
function checkSignOff(
  d: ReviewDraft,
  recommended: ReviewDecision,
  decision: ReviewDecision,
  treatment: Treatment,
  problems: ReviewProblem[],
) {
  if (recommended === "stop" && decision !== "stop")
    problems.push({
      field: "decision",
      message: "The methodology says stop (a hard stop): no sign-off can approve this deal; record it as stop",
    });
  if (decision === "stop" || recommended === "stop") {
    if (!blank(d.approver) || !blank(d.boardApproval))
      problems.push({ field: "approver", message: "A stop cannot be approved: record it without an approver or board approval" });
    if (d.treatment !== undefined && treatment !== "Avoid")
      problems.push({ field: "treatment", message: "A stopped deal's treatment is Avoid" });
    return;
  }
  const escalation = decision === "escalate" || recommended === "escalate";
  const againstDecline = (decision === "decline" || recommended === "decline") && treatment !== "Avoid";
  if (escalation || againstDecline) {
    const what = againstDecline ? "Going ahead against a decline" : "An escalation";
    if (blank(d.approver)) problems.push({ field: "approver", message: `${what} needs an approver other than the reviewer (four eyes)` });
    else if (sameName(d.approver!, d.reviewer))
      problems.push({ field: "approver", message: `The approver must be someone other than the reviewer ('${d.reviewer.trim()}')` });
  }
  if (againstDecline && blank(d.boardApproval))
    problems.push({
      field: "boardApproval",
      message: "Going ahead with a deal the methodology declines needs the board's approval: give the board approval reference",
    });
}

/** Checks a reviewer's entry against the deal's current recommendation and returns the record to store. */
export function createReview(d: ReviewDraft, recommended: ReviewDecision, basis: DealBasis, profile: Profile): ReviewCheck {
  const problems: ReviewProblem[] = [];
  if (blank(d.dealId))
    problems.push({ field: "deal", message: "The deal has no Deal ID: give it one in the pipeline before signing it off" });
  if (blank(d.reviewer)) problems.push({ field: "reviewer", message: "A review needs the reviewer's name" });
  if (!isIsoDay(d.date)) problems.push({ field: "date", message: `Date '${d.date}' is not a date: use YYYY-MM-DD` });
  const decision = REVIEW_DECISIONS.find((x) => x === d.decision);
  if (!decision) problems.push({ field: "decision", message: `Decision '${d.decision}' is not one of: ${REVIEW_DECISIONS.join(", ")}` });
  const treatment = d.treatment === undefined ? undefined : TREATMENTS.find((t) => t.toLowerCase() === d.treatment!.trim().toLowerCase());
  if (d.treatment !== undefined && !treatment)
    problems.push({ field: "treatment", message: `Treatment '${d.treatment}' is not one of: ${TREATMENTS.join(", ")}` });
  const conditions = (d.conditions ?? []).map((c) => ({ text: c.text.trim(), owner: c.owner.trim(), due: c.due.trim() }));
  checkConditions(conditions, problems);
  if (!decision) return { ok: false, problems };

  if (decision !== recommended && blank(d.overrideReason))
    problems.push({
      field: "overrideReason",
      message: `The decision taken (${decision}) differs from the methodology's (${recommended}): an override needs a reason`,
    });
  const chosen = treatment ?? defaultTreatment(decision, conditions);
  checkSignOff(d, recommended, decision, chosen, problems);

  const months = reviewPeriodMonths(profile, decision);
  const reviewBy = d.reviewBy?.trim() || (months !== null && isIsoDay(d.date) ? addMonths(d.date, months) : "");
  if (d.reviewBy !== undefined && !isIsoDay(d.reviewBy.trim()))
    problems.push({ field: "reviewBy", message: `Review-by date '${d.reviewBy}' is not a date: use YYYY-MM-DD` });
  else if (reviewBy && isIsoDay(d.date) && reviewBy <= d.date)
    problems.push({ field: "reviewBy", message: `The review-by date ${reviewBy} must be after the review date ${d.date}` });
  if (problems.length) return { ok: false, problems };

  const record: ReviewRecord = {
    dealId: d.dealId.trim(),
    recommended,
    decision,
    ...(decision !== recommended ? { overrideReason: d.overrideReason!.trim() } : {}),
    treatment: chosen,
    reviewer: d.reviewer.trim(),
    ...(!blank(d.approver) ? { approver: d.approver!.trim() } : {}),
    ...(!blank(d.boardApproval) ? { boardApproval: d.boardApproval!.trim() } : {}),
    date: d.date,
    reviewBy,
    conditions,
    ...(!blank(d.notes) ? { notes: d.notes!.trim() } : {}),
    evidence: (d.evidence ?? []).map((e) => e.trim()).filter(Boolean),
    basis,
    methodology: profileTag(profile),
  };
  return { ok: true, record };
}
