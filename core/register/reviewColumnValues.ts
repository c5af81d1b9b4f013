import type { Deal, DecisionId } from "../model/types";
import { cellText, isoDate } from "./cellText";
import { reviewCells } from "../reviews/reviewCells";
import type { DealReview } from "../reviews/reviewTypes";
import type { RegisterColumn } from "./registerColumns";
import type { RegisterLabels } from "./registerLabels";

/** The sign-off columns at the right of the Register (filled only when a reviews file was given). */
export const reviewColumns: readonly RegisterColumn[] = [
  { header: "Decision taken", width: 13, kind: "decision" },
  { header: "Approved by", width: 16, kind: "inputText" },
  { header: "Review status", width: 24, kind: "wrap" },
];

/** Owner columns the sign-off fills, by position in the register row (see registerColumns). */
const OWNER_COLUMNS = ["Risk owner", "Treatment", "Due date", "Status", "Next review"] as const;

type Cell = string | number | Date | null | undefined;

/**
 * Fills the owner columns and the sign-off columns of a register row from the deal's review. The
 * owner columns sit just before the review columns; a record that no longer applies (stale) fills
 * nothing but the review status, so a changed deal never shows an old approval.
 */
export function withReview(values: Cell[], deal: Deal, review: DealReview | undefined, labels: RegisterLabels): void {
  const ownerStart = values.length - OWNER_COLUMNS.length;
  if (!review) {
    values.push(undefined, undefined, undefined);
    return;
  }
  const cells = reviewCells(deal, review);
  const fill = [
    cells.owner && cellText(cells.owner),
    cells.treatment,
    cells.due && isoDate(cells.due),
    cells.status,
    cells.reviewBy && isoDate(cells.reviewBy),
  ];
  fill.forEach((v, i) => {
    if (v) values[ownerStart + i] = v;
  });
  values.push(
    cells.decisionTaken ? labels.decision(cells.decisionTaken as DecisionId) : undefined,
    cells.approvedBy && cellText(cells.approvedBy),
    cellText(cells.reviewStatus),
  );
}
