import type { Profile } from "../../core";
import type { ScoredRow } from "../../core";
import { cellAddress } from "./a1";
import { bandFill } from "./bandFill";
import type { ColumnConflict, OutputPlan } from "./planOutputColumns";
import { readSourceSnapshot, type SourceSnapshot } from "./readSource";
import { resultColumns, resultValues } from "./resultColumns";
import type { ReviewSource } from "./reviewColumns";
import { describeSource, type SourceRef } from "./sourceRef";
import { checkWritableSource, findTakenCellsBeside, runCountingSyncs, writeToolColumns, writtenColumns } from "./toolColumns";

export type ScorePhase = "reading" | "checking" | "scoring" | "writing" | "done";
export interface ScoreProgress {
  phase: ScorePhase;
  /** 0..1 over the whole run. */
  fraction: number;
  message: string;
}

export interface RowErrorLink {
  row: number;
  id: string;
  sheet: string;
  /** The cell to select: the offending cell, or the row's first cell when the column is missing. */
  address: string;
  message: string;
}

export type ScoreOutcome =
  | { status: "conflict"; conflicts: ColumnConflict[]; syncs: number }
  | { status: "failed"; message: string; syncs: number }
  | {
      status: "done";
      sheet: string;
      results: ScoredRow[];
      errors: RowErrorLink[];
      /** "H1:N1" style header addresses of the written columns, for the summary. */
      columns: { header: string; address: string; created: boolean }[];
      syncs: number;
    };

export interface ScoreRequest {
  source: SourceRef;
  /**
   * Scores the input rows (header row first, the tool's own columns removed); `firstRowNumber` is
   * the sheet row of rows[0], so results and errors name sheet rows.
   */
  score: (rows: unknown[][], firstRowNumber: number) => ScoredRow[];
  profile: Profile;
  assessedAt: string;
  /** The sign-off state of each scored deal (the workbook's decision records), for the review columns. */
  reviews: ReviewSource;
  /** The user agreed to put new columns after the sheet's data because the cells beside the table are taken. */
  afterUsedRange?: boolean;
  onProgress?: (p: ScoreProgress) => void;
  budgetChars?: number;
}

const yieldToPaint = () => new Promise<void>((r) => setTimeout(r, 0));

const words = { rows: "deals", select: "the deals including the header row", verb: "score" };

/**
 * Scores a deals range and writes the tool's result columns beside it.
 * Round trips: 1 read, 1 more only when new columns would land inside the sheet's used range,
 * then 1 per write block (see writeBatches) - a 10,000-row table takes 2 to 4 whatever it holds.
 */
export async function scoreIntoSheet(req: ScoreRequest): Promise<ScoreOutcome> {
  const progress = (phase: ScorePhase, fraction: number, message: string) => req.onProgress?.({ phase, fraction, message });
  const afterUsedRange = req.afterUsedRange === true;
  return runCountingSyncs<ScoreOutcome>(`score ${describeSource(req.source)}`, async (context, sync) => {
    progress("reading", 0.02, `Reading ${describeSource(req.source)}`);
    const src = await readSourceSnapshot(context, req.source, sync);
    const checked = checkWritableSource(src, resultColumns, afterUsedRange, words);
    if (checked.status !== "planned") return checked;
    const { header, plan } = checked;

    if (plan.mustBeEmpty) progress("checking", 0.08, "Checking the cells beside the table are free");
    const taken = await findTakenCellsBeside(context, src, plan, afterUsedRange, sync);
    if (taken.length > 0) return { status: "conflict", conflicts: taken };

    progress("scoring", 0.15, `Scoring ${src.rowCount - 1} rows`);
    await yieldToPaint();
    const inputRows = src.values.map((r) => r.filter((_, i) => plan.inputColumns[i]));
    const results = req.score(inputRows, src.rowIndex + 1);
    const values = resultValues(results, src.rowCount - 1, req.profile, req.assessedAt, req.reviews, src.rowIndex + 1);

    await writeToolColumns(context, src, plan, values, sync, {
      look: {
        width: (key) => (key === "Drivers" || key === "HardStops" ? 260 : key === "ReviewStatus" ? 200 : 96),
        colouredBy: { key: "ResidualBand", fills: req.profile.bands.map((band) => ({ value: band.label, ...bandFill[band.id] })) },
      },
      budgetChars: req.budgetChars,
      onBlock: (b, blocks, end) => progress("writing", 0.3 + (0.65 * b) / blocks, `Writing results (${end} of ${values.length} rows)`),
    });
    progress("done", 1, `Scored ${values.length} rows`);
    return {
      status: "done",
      sheet: src.sheet,
      results,
      errors: errorLinks(results, src, header, plan),
      columns: writtenColumns(src, plan),
    };
  });
}

function errorLinks(results: readonly ScoredRow[], src: SourceSnapshot, header: string[], plan: OutputPlan): RowErrorLink[] {
  const byHeader = new Map<string, number>();
  header.forEach((h, i) => plan.inputColumns[i] && !byHeader.has(h.toLowerCase()) && byHeader.set(h.toLowerCase(), i));
  const links: RowErrorLink[] = [];
  for (const r of results) {
    if (r.status !== "error") continue;
    const sheetRow = r.row - 1;
    for (const e of r.errors) {
      const i = byHeader.get(e.column.trim().toLowerCase());
      const column = src.columnIndex + (i ?? 0);
      links.push({
        row: r.row,
        id: r.id,
        sheet: src.sheet,
        address: cellAddress(sheetRow, column),
        message: `Row ${r.row}${r.id ? ` (${r.id})` : ""}, ${e.column}${e.value ? ` '${e.value}'` : ""}: ${e.message}`,
      });
    }
  }
  return links;
}

export { resultColumns };
