import { profileTag } from "../methodology/loadProfile";
import type { Profile } from "../methodology/profileSchema";
import { isIsoDay } from "./isoDay";
import { defaultReviewBy, signOffNeeds, type SignOffNeeds } from "./signOffNeeds";
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

function checkConditions(conditions: readonly ReviewCondition[], problems: ReviewProblem[]): void {
  conditions.forEach((c, i) => {
    const where = `condition ${i + 1}`;
    if (blank(c.text)) problems.push({ field: where, message: `${where} has no text` });
    if (blank(c.owner)) problems.push({ field: where, message: `${where} ('${c.text}') has no owner` });
    if (!isIsoDay(c.due)) problems.push({ field: where, message: `${where} ('${c.text}') has due date '${c.due}': use YYYY-MM-DD` });
  });
}

/** Applies the four-eyes rules of `signOffNeeds` to what was entered. */
function checkSignOff(d: ReviewDraft, decision: ReviewDecision, chosen: Treatment, needs: SignOffNeeds, problems: ReviewProblem[]) {
  if (!needs.decisions.includes(decision))
    problems.push({
      field: "decision",
      message: "The methodology says stop (a hard stop): no sign-off can approve this deal; record it as stop",
    });
  if (needs.approver === "forbidden") {
    if (!blank(d.approver) || !blank(d.boardApproval))
      problems.push({ field: "approver", message: "A stop cannot be approved: record it without an approver or board approval" });
    if (d.treatment !== undefined && needs.avoidOnly && chosen !== "Avoid")
      problems.push({ field: "treatment", message: "A stopped deal's treatment is Avoid" });
    return;
  }
  if (needs.approver === "required") {
    const what = needs.boardApproval === "required" ? "Going ahead against a decline" : "An escalation";
    if (blank(d.approver)) problems.push({ field: "approver", message: `${what} needs an approver other than the reviewer (four eyes)` });
    else if (needs.fourEyes && sameName(d.approver!, d.reviewer))
      problems.push({ field: "approver", message: `The approver must be someone other than the reviewer ('${d.reviewer.trim()}')` });
  }
  if (needs.boardApproval === "required" && blank(d.boardApproval))
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
  const needs = signOffNeeds(recommended, decision, treatment, conditions.length);
  const chosen = treatment ?? needs.treatment;
  checkSignOff(d, decision, chosen, needs, problems);

  const reviewBy = d.reviewBy?.trim() || defaultReviewBy(profile, decision, d.date);
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
