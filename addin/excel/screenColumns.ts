import type { TableScreening } from "../../core";
import { entryLabel, screeningOutcome } from "../../core";
import type { CellValue } from "./resultColumns";

/**
 * The columns the Partners view writes beside a partner table. The keys name the markers
 * ("ExportRisk_ScreenStatus_1") that prove a column is the tool's, as for the score columns.
 */
export const screenColumns = [
  { key: "ScreenStatus", header: "Screening: status" },
  { key: "ScreenMatch", header: "Screening: best match" },
  { key: "ScreenEntry", header: "Screening: list entry" },
  { key: "ScreenScore", header: "Screening: score" },
  { key: "ScreenList", header: "Screening: list" },
  { key: "ScreenProgramme", header: "Screening: programme" },
  { key: "ScreenReview", header: "Screening: review" },
  { key: "ScreenedAt", header: "Screening: screened at" },
] as const;

export type ScreenColumnKey = (typeof screenColumns)[number]["key"];

/**
 * One output row per data row of the table, in order; `screening.results[].row` counts the rows handed
 * to screenTable from 1 (the header row first), so data row i is result row i + 2. Blank rows stay blank.
 */
export function screenValues(screening: TableScreening, dataRowCount: number, screenedAt: string): CellValue[][] {
  const blank = (): CellValue[] => screenColumns.map(() => "");
  const out: CellValue[][] = Array.from({ length: dataRowCount }, blank);
  // A pipeline row has several name columns (customer, end user, partner): its cells show the riskiest.
  const rank = (status: CellValue) => ["", "clear", "cleared", "match", "error"].indexOf(String(status));
  for (const r of screening.results) {
    const i = r.row - 2;
    if (i < 0 || i >= dataRowCount) continue;
    const risk = r.status === "error" ? 4 : rank(screeningOutcome(r.hits).status);
    if (risk < rank(out[i][0])) continue;
    if (r.status === "error") {
      out[i] = ["error", "", "", "", "", "", r.error ?? "", screenedAt];
      continue;
    }
    const o = screeningOutcome(r.hits);
    const h = o.best;
    out[i] = h
      ? [o.status, h.matchedName, entryLabel(h), Math.round(h.score * 1000) / 1000, h.source, h.programme, o.review, screenedAt]
      : [o.status, "", "", "", "", "", "", screenedAt];
  }
  return out;
}
