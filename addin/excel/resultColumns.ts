import type { Profile } from "../../core";
import { profileTag } from "../../core";
import type { ScoredRow } from "../../core";
import { reviewColumns, reviewValues, type ReviewSource } from "./reviewColumns";

/**
 * The columns the pane writes beside a deals table: the methodology's result, then the deal's sign-off.
 * Keys are also used in the named items that mark them.
 */
export const resultColumns = [
  { key: "ResidualScore", header: "Risk: residual score" },
  { key: "ResidualBand", header: "Risk: residual band" },
  { key: "Decision", header: "Risk: decision" },
  { key: "HardStops", header: "Risk: hard stops" },
  { key: "Drivers", header: "Risk: drivers" },
  { key: "AssessedAt", header: "Risk: assessed at" },
  { key: "Methodology", header: "Risk: methodology" },
  ...reviewColumns,
] as const;

export type ResultColumnKey = (typeof resultColumns)[number]["key"];

/** Drivers kept in the cell: enough to answer "why" at a glance without making 10,000-row writes heavy. */
export const driversInCell = 4;

export type CellValue = string | number;

/**
 * One output row per data row of the source (same order), blank for blank rows.
 * `results` holds only the rows the intake scored or rejected; rows it skipped as blank get blanks.
 * `headerRowNumber` is the sheet row (1-based) of the header, so result row numbers are sheet rows.
 * `reviews` gives each scored deal's sign-off state against the deal as it was just read.
 */
export function resultValues(
  results: readonly ScoredRow[],
  dataRowCount: number,
  profile: Profile,
  assessedAt: string,
  reviews: ReviewSource,
  headerRowNumber = 1,
): CellValue[][] {
  const bandLabel = new Map(profile.bands.map((b) => [b.id, b.label] as const));
  const decisionLabel = new Map(profile.decisions.map((d) => [d.id, d.label] as const));
  const tag = profileTag(profile);
  const blank = (): CellValue[] => resultColumns.map(() => "");
  const out: CellValue[][] = Array.from({ length: dataRowCount }, blank);
  for (const r of results) {
    const i = r.row - headerRowNumber - 1;
    if (i < 0 || i >= dataRowCount) continue;
    if (r.status === "ok") {
      const a = r.assessment;
      out[i] = [
        a.residual.score,
        bandLabel.get(a.residual.band) ?? a.residual.band,
        decisionLabel.get(a.decision) ?? a.decision,
        a.hardStops.map((h) => h.message).join("; "),
        a.drivers.slice(0, driversInCell).join("; "),
        assessedAt,
        tag,
        ...reviewValues(r, reviews, profile),
      ];
    } else {
      // Never a blank decision beside a deal that was not assessed: the decision that follows from what was read.
      const provisional = r.provisional?.decision ?? "escalate";
      const decision = `Input error - provisional ${(decisionLabel.get(provisional) ?? provisional).toLowerCase()}`;
      out[i] = [
        "",
        "",
        decision,
        "",
        r.errors.map((e) => `${e.column}: ${e.message}`).join("; "),
        assessedAt,
        tag,
        ...reviewValues(r, reviews, profile),
      ];
    }
  }
  return out;
}

/** "2026-11-20 14:05 UTC": text, so it reads the same in every locale and never turns into a serial number. */
export function formatAssessedAt(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} UTC`;
}
