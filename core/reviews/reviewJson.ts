import type { DealReview, ReviewCondition, ReviewDecision, ReviewStatus } from "./reviewTypes";

/** A deal's review as `score --format json` carries it. A stale record is shown as `previous`, never as the decision. */
export interface ReviewJson {
  status: ReviewStatus;
  reasons: string[];
  decisionTaken?: ReviewDecision;
  recommended?: ReviewDecision;
  override?: boolean;
  overrideReason?: string;
  reviewer?: string;
  approver?: string;
  boardApproval?: string;
  date?: string;
  reviewBy?: string;
  conditions?: ReviewCondition[];
  previous?: { date: string; decisionTaken: ReviewDecision; reviewer: string };
}

export function reviewJson(review: DealReview): ReviewJson {
  const r = review.record;
  if (!r) return { status: review.status, reasons: review.reasons };
  if (review.status === "stale")
    return { status: "stale", reasons: review.reasons, previous: { date: r.date, decisionTaken: r.decision, reviewer: r.reviewer } };
  return {
    status: review.status,
    reasons: review.reasons,
    decisionTaken: r.decision,
    recommended: r.recommended,
    override: r.decision !== r.recommended,
    ...(r.overrideReason ? { overrideReason: r.overrideReason } : {}),
    reviewer: r.reviewer,
    ...(r.approver ? { approver: r.approver } : {}),
    ...(r.boardApproval ? { boardApproval: r.boardApproval } : {}),
    date: r.date,
    reviewBy: r.reviewBy,
    conditions: r.conditions,
  };
}
