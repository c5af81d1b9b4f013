import type { Deal } from "../model/types";
import { applies } from "./reviewFor";
import type { DealReview, ReviewDecision } from "./reviewTypes";

/** The register's owner and review columns for one deal, filled from its sign-off where one applies. */
export interface ReviewCells {
  owner?: string;
  treatment?: string;
  /** Earliest condition due date (YYYY-MM-DD). */
  due?: string;
  status?: string;
  reviewBy?: string;
  decisionTaken?: ReviewDecision;
  approvedBy?: string;
  reviewStatus: string;
}

export function reviewStatusText(review: DealReview): string {
  switch (review.status) {
    case "none":
      return "Not signed off";
    case "current":
      return review.record!.reviewBy ? `Current (review by ${review.record!.reviewBy})` : "Current";
    case "overdue":
      return `Overdue: ${review.reasons.join("; ").replace(/^The review/, "review")}`;
    case "stale":
      return `Stale - needs a new review: ${review.reasons.join(" ")}`;
  }
}

export function reviewCells(deal: Deal, review: DealReview): ReviewCells {
  const r = applies(review);
  if (!r) return { status: "Awaiting approval", reviewStatus: reviewStatusText(review) };
  const due = r.conditions.map((c) => c.due).sort()[0];
  const approvedBy = [r.approver, r.boardApproval ? `board: ${r.boardApproval}` : ""].filter(Boolean).join("; ");
  return {
    owner: deal.owner.trim() || r.approver || r.reviewer,
    treatment: r.treatment,
    ...(due ? { due } : {}),
    status: review.status === "overdue" ? "Open" : r.conditions.length ? "In progress" : "Closed",
    ...(r.reviewBy ? { reviewBy: r.reviewBy } : {}),
    decisionTaken: r.decision,
    ...(approvedBy ? { approvedBy } : {}),
    reviewStatus: reviewStatusText(review),
  };
}
