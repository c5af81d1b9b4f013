import type { PartyScreener } from "../../core";
import { findNameColumn } from "../../core";
import { screenTable, type TableScreening } from "../../core";
import { bandFill } from "./bandFill";
import type { ColumnConflict } from "./planOutputColumns";
import { readSourceSnapshot } from "./readSource";
import { screenColumns, screenValues } from "./screenColumns";
import { describeSource, type SourceRef } from "./sourceRef";
import { checkWritableSource, findTakenCellsBeside, runCountingSyncs, writeToolColumns, writtenColumns } from "./toolColumns";

export type ScreenOutcome =
  | { status: "conflict"; conflicts: ColumnConflict[]; syncs: number }
  | { status: "failed"; message: string; syncs: number }
  | {
      status: "done";
      sheet: string;
      /** The table as screened, with the sheet row of each result in `sheetRows`. */
      screening: TableScreening;
      sheetRows: number[];
      /** The same range again, fixed by address unless it is a table, to screen again after a decision. */
      source: SourceRef;
      /** Sheet column (0-based) of the names, to select a row's name cell. */
      nameColumn: number;
      columns: { header: string; address: string; created: boolean }[];
      syncs: number;
    };

export interface ScreenRequest {
  source: SourceRef;
  screener: PartyScreener;
  screenedAt: string;
  /** The user agreed to put new columns after the sheet's data because the cells beside the table are taken. */
  afterUsedRange?: boolean;
  budgetChars?: number;
}

const words = { rows: "partners", select: "the partner table including its header row", verb: "screen" };

const statusFill: Record<string, { fill: string; font: string }> = {
  match: bandFill.critical,
  cleared: bandFill.medium,
  clear: bandFill.low,
};

/**
 * Screens the names of a partner table and writes the tool's screening columns beside it, under the same
 * ownership rule as the score columns: a column is overwritten only when the tool's named item marks it.
 * Round trips: 1 read, 1 more when new columns would land inside the used range, then 1 per write block.
 */
export async function screenIntoSheet(req: ScreenRequest): Promise<ScreenOutcome> {
  const afterUsedRange = req.afterUsedRange === true;
  return runCountingSyncs<ScreenOutcome>(`screen ${describeSource(req.source)}`, async (context, sync) => {
    const src = await readSourceSnapshot(context, req.source, sync);
    const checked = checkWritableSource(src, screenColumns, afterUsedRange, words);
    if (checked.status !== "planned") return checked;
    const { header, plan } = checked;
    const inputIndexes = header.map((_, i) => i).filter((i) => plan.inputColumns[i]);
    const inputRows = src.values.map((r) => inputIndexes.map((i) => r[i]));
    // The names column must be headed in the range's first row; a header further down is not this table's.
    const found = findNameColumn(inputRows);
    if (!found || found.headerRow !== 0) {
      return {
        status: "failed",
        message: `${src.address}: no column of names in the header row - head the names column Name, Partner, Reseller, Company or Entity, and include the header row.`,
      };
    }
    const screened = screenTable(inputRows, req.screener);
    if (!screened.ok) return { status: "failed", message: `${src.address}: ${screened.message}.` };

    const taken = await findTakenCellsBeside(context, src, plan, afterUsedRange, sync);
    if (taken.length > 0) return { status: "conflict", conflicts: taken };

    const values = screenValues(screened.screening, src.rowCount - 1, req.screenedAt);
    await writeToolColumns(context, src, plan, values, sync, {
      look: {
        width: (key) => (key === "ScreenEntry" || key === "ScreenReview" || key === "ScreenMatch" ? 200 : 96),
        colouredBy: { key: "ScreenStatus", fills: Object.entries(statusFill).map(([value, colours]) => ({ value, ...colours })) },
      },
      budgetChars: req.budgetChars,
    });
    return {
      status: "done",
      sheet: src.sheet,
      screening: screened.screening,
      sheetRows: screened.screening.results.map((r) => src.rowIndex + r.row),
      source: req.source.kind === "table" ? req.source : { kind: "range", sheet: src.sheet, address: src.address.split("!").pop()! },
      nameColumn: src.columnIndex + inputIndexes[found.name],
      columns: writtenColumns(src, plan),
    };
  });
}
