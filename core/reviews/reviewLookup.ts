import type { ScoredRow } from "../model/types";
import { dealBasis, type BasisSources } from "./dealBasis";
import { indexReviews, reviewFor } from "./reviewFor";
import type { DealReview, ReviewRecord } from "./reviewTypes";

export type ReviewLookup = (row: ScoredRow) => DealReview;

/**
 * Per-row review state, built once for a table: records indexed by deal, the basis computed per row,
 * and only for rows whose Deal ID has a record (a deal never signed off needs no fingerprint).
 */
export function reviewLookup(records: readonly ReviewRecord[], sources: BasisSources, today: string): ReviewLookup {
  const index = indexReviews(records);
  const cache = new WeakMap<ScoredRow, DealReview>();
  return (row) => {
    let review = cache.get(row);
    if (!review) {
      review =
        row.status === "ok"
          ? !index.has(row.deal.id.trim())
            ? { status: "none", reasons: [] }
            : reviewFor(row.deal.id, dealBasis(row.deal, row.assessment, sources), index, today)
          : { status: "none", reasons: ["The row could not be scored: fix its input before signing it off"] };
      cache.set(row, review);
    }
    return review;
  };
}
