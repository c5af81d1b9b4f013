import type { Profile } from "../../core/methodology/profileSchema";
import type { ScoredRow } from "../../core/model/types";
import { cellAddress, columnLetters } from "./a1";
import { bandFill } from "./bandFill";
import { describeOfficeError } from "./officeErrors";
import { planOutputColumns, type ColumnConflict, type OutputPlan } from "./planOutputColumns";
import { queueSourceRead, type SourceSnapshot } from "./readSource";
import { resultColumns, resultValues, type CellValue } from "./resultColumns";
import { describeSource, type SourceRef } from "./sourceRef";
import { blocksUnderBudget, requestBudgetChars } from "./writeBatches";

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
  /** The user agreed to put new columns after the sheet's data because the cells beside the table are taken. */
  afterUsedRange?: boolean;
  onProgress?: (p: ScoreProgress) => void;
  budgetChars?: number;
}

const yieldToPaint = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Scores a deals range and writes the tool's result columns beside it.
 * Round trips: 1 read, 1 more only when new columns would land inside the sheet's used range,
 * then 1 per write block (see writeBatches) - a 10,000-row table takes 2 to 4 whatever it holds.
 */
export async function scoreIntoSheet(req: ScoreRequest): Promise<ScoreOutcome> {
  let syncs = 0;
  const progress = (phase: ScorePhase, fraction: number, message: string) => req.onProgress?.({ phase, fraction, message });
  try {
    return await Excel.run(async (context) => {
      const sync = async () => {
        syncs += 1;
        await context.sync();
      };
      progress("reading", 0.02, `Reading ${describeSource(req.source)}`);
      const pending = queueSourceRead(context, req.source);
      await sync();
      const src = pending.read();
      const header = (src.values[0] ?? []).map((v) => String(v ?? "").trim());
      if (src.rowCount < 2 || header.every((h) => h === "")) {
        return {
          status: "failed",
          syncs,
          message: `${src.address} has no header row with deals under it. Select the deals including the header row, or pick a table.`,
        } as const;
      }
      if (src.sheetProtected) {
        return {
          status: "failed",
          syncs,
          message: `Sheet '${src.sheet}' is protected, so the results cannot be written. Unprotect it (Review > Unprotect Sheet) and score again.`,
        } as const;
      }
      const plan = planOutputColumns(
        {
          sheet: src.sheet,
          rowIndex: src.rowIndex,
          columnIndex: src.columnIndex,
          rowCount: src.rowCount,
          columnCount: src.columnCount,
          headers: header,
        },
        src.markers,
        { afterUsedRange: req.afterUsedRange === true, usedRightEdge: src.usedRightEdge },
      );
      if (plan.conflicts.length > 0 && !req.afterUsedRange) return { status: "conflict", conflicts: plan.conflicts, syncs } as const;

      if (plan.mustBeEmpty) {
        progress("checking", 0.08, "Checking the cells beside the table are free");
        const { firstColumn, columnCount } = plan.mustBeEmpty;
        const block = context.workbook.worksheets
          .getItem(src.sheet)
          .getRangeByIndexes(src.rowIndex, firstColumn, src.rowCount, columnCount);
        block.load("values");
        await sync();
        const taken = takenColumns(block.values as unknown[][], firstColumn);
        if (taken.length > 0 && !req.afterUsedRange) {
          return {
            status: "conflict",
            syncs,
            conflicts: taken.map((column) => ({
              column,
              header: String((block.values as unknown[][])[0][column - firstColumn] ?? ""),
              address: `${src.sheet}!${columnLetters(column)}${src.rowIndex + 1}:${columnLetters(column)}${src.rowIndex + src.rowCount}`,
              message: `Column ${columnLetters(column)} beside the table already holds data that this tool did not write, so it is left as it is.`,
            })),
          } as const;
        }
      }

      progress("scoring", 0.15, `Scoring ${src.rowCount - 1} rows`);
      await yieldToPaint();
      const inputRows = src.values.map((r) => r.filter((_, i) => plan.inputColumns[i]));
      const results = req.score(inputRows, src.rowIndex + 1);
      const values = resultValues(results, src.rowCount - 1, req.profile, req.assessedAt, src.rowIndex + 1);

      const blocks = blocksUnderBudget(values, req.budgetChars ?? requestBudgetChars);
      const ws = context.workbook.worksheets.getItem(src.sheet);
      queueColumnSetup(ws, src, plan, req.profile);
      const runs = contiguousRuns(plan);
      for (let b = 0; b < blocks.length; b++) {
        const { start, end } = blocks[b];
        for (const run of runs) {
          const cells = values.slice(start, end).map((row) => run.indexes.map((i) => row[i]));
          ws.getRangeByIndexes(src.rowIndex + 1 + start, run.firstColumn, end - start, run.indexes.length).values = cells as CellValue[][];
        }
        progress("writing", 0.3 + (0.65 * b) / blocks.length, `Writing results (${end} of ${values.length} rows)`);
        await sync();
      }
      progress("done", 1, `Scored ${values.length} rows`);
      return {
        status: "done",
        sheet: src.sheet,
        results,
        errors: errorLinks(results, src, header, plan),
        columns: plan.columns.map((c) => ({ header: c.header, address: cellAddress(src.rowIndex, c.column), created: !c.existing })),
        syncs,
      } as const;
    });
  } catch (err) {
    return { status: "failed", syncs, message: describeOfficeError(err, `score ${describeSource(req.source)}`).message };
  }
}

/** Columns of a block (header row included) that hold anything. */
function takenColumns(values: unknown[][], firstColumn: number): number[] {
  const taken = new Set<number>();
  for (const row of values) row.forEach((v, i) => v !== "" && v !== null && v !== undefined && taken.add(firstColumn + i));
  return [...taken].sort((a, b) => a - b);
}

/** Headers, markers, widths and band colours: queued once, sent with the first block of values. */
function queueColumnSetup(ws: Excel.Worksheet, src: SourceSnapshot, plan: OutputPlan, profile: Profile): void {
  for (const stale of plan.staleNames) ws.names.getItem(stale).delete();
  const dataRows = src.rowCount - 1;
  for (const c of plan.columns) {
    const head = ws.getRangeByIndexes(src.rowIndex, c.column, 1, 1);
    head.values = [[c.header]];
    head.format.font.bold = true;
    if (!c.existing) {
      ws.names.add(c.name, head, `Cyber Export Risk owns this column (${c.header}); delete this name to release it.`);
      head.format.columnWidth = c.key === "Drivers" || c.key === "HardStops" ? 260 : 96;
    }
    if (c.key === "ResidualBand" && dataRows > 0) {
      const data = ws.getRangeByIndexes(src.rowIndex + 1, c.column, dataRows, 1);
      data.conditionalFormats.clearAll();
      for (const band of profile.bands) {
        const cf = data.conditionalFormats.add("CellValue");
        cf.cellValue.format.fill.color = bandFill[band.id].fill;
        cf.cellValue.format.font.color = bandFill[band.id].font;
        cf.cellValue.rule = { formula1: `="${band.label.replace(/"/g, '""')}"`, operator: "EqualTo" };
      }
    }
  }
}

interface Run {
  firstColumn: number;
  /** Indexes into resultColumns, in sheet order. */
  indexes: number[];
}

/** Groups the planned columns into runs of adjacent sheet columns, so each block is a few range writes. */
function contiguousRuns(plan: OutputPlan): Run[] {
  const order = plan.columns.map((c, i) => ({ column: c.column, i })).sort((a, b) => a.column - b.column);
  const runs: Run[] = [];
  for (const o of order) {
    const last = runs[runs.length - 1];
    if (last && last.firstColumn + last.indexes.length === o.column) last.indexes.push(o.i);
    else runs.push({ firstColumn: o.column, indexes: [o.i] });
  }
  return runs;
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
