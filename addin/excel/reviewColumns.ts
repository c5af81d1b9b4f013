import type { Profile, ReviewLookup, ScoredRow } from "../../core";
import { reviewCells } from "../../core";
import type { CellValue } from "./resultColumns";

/** The sign-off columns the score run writes after its result columns, under the same ownership rules. */
export const reviewColumns = [
  { key: "DecisionTaken", header: "Risk: decision taken" },
  { key: "ApprovedBy", header: "Risk: approved by" },
  { key: "ReviewBy", header: "Risk: review by" },
  { key: "ReviewStatus", header: "Risk: review status" },
] as const;

/**
 * Where the review state comes from: the workbook's decision records, or why they could not be read
 * (then every row says the state is unknown rather than "not signed off").
 */
export type ReviewSource = { lookup: ReviewLookup } | { unavailable: string };

/** The four review cells of one scored row; the state is core's, against the deal as it was just read. */
export function reviewValues(row: ScoredRow, source: ReviewSource, profile: Profile): CellValue[] {
  if (row.status !== "ok") return ["", "", "", "Not assessed: fix the input, then sign the deal off"];
  if ("unavailable" in source) return ["", "", "", `Unknown: ${source.unavailable}`];
  const cells = reviewCells(row.deal, source.lookup(row));
  const label = cells.decisionTaken && (profile.decisions.find((d) => d.id === cells.decisionTaken)?.label ?? cells.decisionTaken);
  return [label ?? "", cells.approvedBy ?? "", cells.reviewBy ?? "", cells.reviewStatus];
}
