import { basisChanges } from "./dealBasis";
import type { DealBasis, DealReview, ReviewRecord } from "./reviewTypes";

/** Records grouped by deal id, each deal's in the order they were added (the latest last). */
export function indexReviews(records: readonly ReviewRecord[]): Map<string, ReviewRecord[]> {
  const byDeal = new Map<string, ReviewRecord[]>();
  for (const r of records) {
    const list = byDeal.get(r.dealId);
    if (list) list.push(r);
    else byDeal.set(r.dealId, [r]);
  }
  return byDeal;
}

/** The deal's latest record: the latest sign-off date, and of one day's, the one added last. */
function latest(list: readonly ReviewRecord[]): ReviewRecord {
  let best = list[0];
  for (const r of list) if (r.date >= best.date) best = r;
  return best;
}

/**
 * The review state of a deal today. A record applies only to the deal as it was reviewed: when the
 * deal's input, the methodology, the reference data or the lists differ, it is stale; past its
 * review-by date it is overdue. Either way the deal needs a new review.
 */
export function reviewFor(
  dealId: string,
  basis: DealBasis,
  index: ReadonlyMap<string, readonly ReviewRecord[]>,
  today: string,
): DealReview {
  const list = index.get(dealId.trim());
  if (!dealId.trim() || !list?.length) return { status: "none", reasons: [] };
  const record = latest(list);
  const changed = basisChanges(record.basis, basis);
  if (changed.length) {
    const overdue = record.reviewBy && record.reviewBy < today ? [`and its review was due ${record.reviewBy}`] : [];
    return { status: "stale", reasons: [`Since the review of ${record.date}, ${changed.join(", ")} changed`, ...overdue], record };
  }
  if (record.reviewBy && record.reviewBy < today) return { status: "overdue", reasons: [`The review was due ${record.reviewBy}`], record };
  return { status: "current", reasons: [], record };
}

/** A record that still speaks for the deal: current, or overdue (the same deal, due for a new look). */
export function applies(review: DealReview): ReviewRecord | undefined {
  return review.status === "current" || review.status === "overdue" ? review.record : undefined;
}
