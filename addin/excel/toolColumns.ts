import { cellAddress, columnLetters } from "./a1";
import { describeOfficeError } from "./officeErrors";
import { planOutputColumns, type ColumnConflict, type OutputPlan, type ToolColumn } from "./planOutputColumns";
import type { SourceSnapshot } from "./readSource";
import type { CellValue } from "./resultColumns";
import { blocksUnderBudget, requestBudgetChars } from "./writeBatches";
import { asText } from "./textCells";
import { runExcel } from "./runExcel";

/**
 * The steps the score and screening adapters share when they write the tool's columns beside a table:
 * check the source, plan the columns, prove the cells beside it free, then write headers, ownership
 * markers and values. Each step queues its work on the caller's context; only `sync` makes round trips.
 */

export type Sync = () => Promise<void>;

/** Why a run stopped before writing anything; the adapter adds its round-trip count. */
export type RunStop = { status: "failed"; message: string } | { status: "conflict"; conflicts: ColumnConflict[] };

type WithoutSyncs<T> = T extends unknown ? Omit<T, "syncs"> : never;

/**
 * Runs `body` in Excel.run with a `sync` that counts round trips, and puts the count on the outcome.
 * An Office error becomes a failed outcome whose message says what was being done (`doing`, e.g. "score Deals").
 */
export async function runCountingSyncs<T extends { syncs: number }>(
  doing: string,
  body: (context: Excel.RequestContext, sync: Sync) => Promise<WithoutSyncs<T>>,
): Promise<T | { status: "failed"; message: string; syncs: number }> {
  let syncs = 0;
  try {
    const outcome = await runExcel((context) =>
      body(context, async () => {
        syncs += 1;
        await context.sync();
      }),
    );
    return { ...outcome, syncs } as T;
  } catch (err) {
    return { status: "failed", syncs, message: describeOfficeError(err, doing).message };
  }
}

/** The words that differ between the tool's runs, so the messages name what the user was doing. */
export interface RunWords {
  /** What sits under the header row: "deals". */
  rows: string;
  /** What to select: "the deals including the header row". */
  select: string;
  /** The action to repeat: "score". */
  verb: string;
}

/**
 * Stops a run on a source with no header row and data, or on a protected sheet; otherwise plans where the
 * columns of `set` go. Columns with the tool's headers that the tool does not own stop the run unless the
 * user agreed to write after the sheet's data.
 */
export function checkWritableSource<K extends string>(
  src: SourceSnapshot,
  set: readonly ToolColumn<K>[],
  afterUsedRange: boolean,
  words: RunWords,
): RunStop | { status: "planned"; header: string[]; plan: OutputPlan<K> } {
  const header = (src.values[0] ?? []).map((v) => String(v ?? "").trim());
  if (src.rowCount < 2 || header.every((h) => h === "")) {
    return {
      status: "failed",
      message: `${src.address} has no header row with ${words.rows} under it. Select ${words.select}, or pick a table.`,
    };
  }
  if (src.sheetProtected) {
    return {
      status: "failed",
      message: `Sheet '${src.sheet}' is protected, so the results cannot be written. Unprotect it (Review > Unprotect Sheet) and ${words.verb} again.`,
    };
  }
  const plan = planFromSnapshot(src, header, afterUsedRange, set);
  if (plan.conflicts.length > 0 && !afterUsedRange) return { status: "conflict", conflicts: plan.conflicts };
  return { status: "planned", header, plan };
}

/** Where the tool's columns of `set` (the score columns by default) go beside the source just read. */
export function planFromSnapshot<K extends string>(
  src: SourceSnapshot,
  headers: readonly string[],
  afterUsedRange: boolean,
  set?: readonly ToolColumn<K>[],
): OutputPlan<K> {
  const { sheet, rowIndex, columnIndex, rowCount, columnCount } = src;
  return planOutputColumns(
    { sheet, rowIndex, columnIndex, rowCount, columnCount, headers },
    src.markers,
    { afterUsedRange, usedRightEdge: src.usedRightEdge },
    set,
  );
}

/**
 * New columns that would land inside the sheet's used range must be empty: reads them (one round trip,
 * only when the plan asks) and returns a conflict per column that holds anything.
 */
export async function findTakenCellsBeside(
  context: Excel.RequestContext,
  src: SourceSnapshot,
  plan: OutputPlan,
  afterUsedRange: boolean,
  sync: Sync,
): Promise<ColumnConflict[]> {
  if (!plan.mustBeEmpty) return [];
  const { firstColumn, columnCount } = plan.mustBeEmpty;
  const block = context.workbook.worksheets.getItem(src.sheet).getRangeByIndexes(src.rowIndex, firstColumn, src.rowCount, columnCount);
  block.load("values");
  await sync();
  if (afterUsedRange) return [];
  const values = block.values as unknown[][];
  return takenColumns(values, firstColumn).map((column) => ({
    column,
    header: String(values[0][column - firstColumn] ?? ""),
    address: `${src.sheet}!${columnLetters(column)}${src.rowIndex + 1}:${columnLetters(column)}${src.rowIndex + src.rowCount}`,
    message: `Column ${columnLetters(column)} beside the table already holds data that this tool did not write, so it is left as it is.`,
  }));
}

/** Columns of a block (header row included) that hold anything. */
function takenColumns(values: unknown[][], firstColumn: number): number[] {
  const taken = new Set<number>();
  for (const row of values) row.forEach((v, i) => v !== "" && v !== null && v !== undefined && taken.add(firstColumn + i));
  return [...taken].sort((a, b) => a - b);
}

/** How the tool's columns look: widths of new columns, and the one column coloured by its value. */
export interface ColumnLook<K extends string> {
  width(key: K): number;
  colouredBy?: { key: K; fills: readonly { value: string; fill: string; font: string }[] };
}

export interface WriteOptions<K extends string> {
  look: ColumnLook<K>;
  budgetChars?: number;
  /** Called before each block's round trip: the block's index, the number of blocks and the rows written by its end. */
  onBlock?: (block: number, blocks: number, rowsWritten: number) => void;
}

/**
 * Writes the planned columns: headers, markers, widths and colours are queued once and go with the
 * first block of values; the values go in blocks under Excel's request limit, one round trip each.
 * `values` holds one row per data row of the source, in the order of the plan's columns.
 */
export async function writeToolColumns<K extends string>(
  context: Excel.RequestContext,
  src: SourceSnapshot,
  plan: OutputPlan<K>,
  values: CellValue[][],
  sync: Sync,
  opts: WriteOptions<K>,
): Promise<void> {
  const blocks = blocksUnderBudget(values, opts.budgetChars ?? requestBudgetChars);
  const ws = context.workbook.worksheets.getItem(src.sheet);
  queueColumnSetup(ws, src, plan, opts.look);
  const runs = contiguousRuns(plan);
  for (let b = 0; b < blocks.length; b++) {
    const { start, end } = blocks[b];
    for (const run of runs) {
      const cells = values.slice(start, end).map((row) => run.indexes.map((i) => asText(row[i])));
      ws.getRangeByIndexes(src.rowIndex + 1 + start, run.firstColumn, end - start, run.indexes.length).values = cells;
    }
    opts.onBlock?.(b, blocks.length, end);
    await sync();
  }
}

function queueColumnSetup<K extends string>(ws: Excel.Worksheet, src: SourceSnapshot, plan: OutputPlan<K>, look: ColumnLook<K>): void {
  for (const stale of plan.staleNames) ws.names.getItem(stale).delete();
  const dataRows = src.rowCount - 1;
  for (const c of plan.columns) {
    const head = ws.getRangeByIndexes(src.rowIndex, c.column, 1, 1);
    head.values = [[asText(c.header)]];
    head.format.font.bold = true;
    if (!c.existing) {
      ws.names.add(c.name, head, `Cyber Export Risk owns this column (${c.header}); delete this name to release it.`);
      head.format.columnWidth = look.width(c.key);
    }
    if (c.key === look.colouredBy?.key && dataRows > 0) {
      const data = ws.getRangeByIndexes(src.rowIndex + 1, c.column, dataRows, 1);
      data.conditionalFormats.clearAll();
      for (const f of look.colouredBy.fills) {
        const cf = data.conditionalFormats.add("CellValue");
        cf.cellValue.format.fill.color = f.fill;
        cf.cellValue.format.font.color = f.font;
        cf.cellValue.rule = { formula1: `="${f.value.replace(/"/g, '""')}"`, operator: "EqualTo" };
      }
    }
  }
}

interface Run {
  firstColumn: number;
  /** Indexes into the plan's columns, in sheet order. */
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

/** The written columns for the summary: header, "H1" style address of the header cell, and whether this run made it. */
export function writtenColumns(src: SourceSnapshot, plan: OutputPlan): { header: string; address: string; created: boolean }[] {
  return plan.columns.map((c) => ({ header: c.header, address: cellAddress(src.rowIndex, c.column), created: !c.existing }));
}
