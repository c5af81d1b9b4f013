import type { PartyScreener } from "../../core/scoring/context";
import { findNameColumn } from "../../core/screening/findNameColumn";
import { screenTable, type TableScreening } from "../../core/screening/screenTable";
import { cellAddress, columnLetters } from "./a1";
import { bandFill } from "./bandFill";
import { describeOfficeError } from "./officeErrors";
import { planOutputColumns, type ColumnConflict } from "./planOutputColumns";
import { queueSourceRead } from "./readSource";
import type { CellValue } from "./resultColumns";
import { screenColumns, screenValues } from "./screenColumns";
import { describeSource, type SourceRef } from "./sourceRef";
import { blocksUnderBudget, requestBudgetChars } from "./writeBatches";

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
  let syncs = 0;
  try {
    return await Excel.run(async (context) => {
      const sync = async () => {
        syncs += 1;
        await context.sync();
      };
      const pending = queueSourceRead(context, req.source);
      await sync();
      const src = pending.read();
      const header = (src.values[0] ?? []).map((v) => String(v ?? "").trim());
      if (src.rowCount < 2 || header.every((h) => h === "")) {
        return {
          status: "failed",
          syncs,
          message: `${src.address} has no header row with partners under it. Select the partner table including its header row, or pick a table.`,
        } as const;
      }
      if (src.sheetProtected) {
        return {
          status: "failed",
          syncs,
          message: `Sheet '${src.sheet}' is protected, so the results cannot be written. Unprotect it (Review > Unprotect Sheet) and screen again.`,
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
        screenColumns,
      );
      if (plan.conflicts.length > 0 && !req.afterUsedRange) return { status: "conflict", conflicts: plan.conflicts, syncs } as const;
      const inputIndexes = header.map((_, i) => i).filter((i) => plan.inputColumns[i]);
      const inputRows = src.values.map((r) => inputIndexes.map((i) => r[i]));
      // The names column must be headed in the range's first row; a header further down is not this table's.
      const found = findNameColumn(inputRows);
      if (!found || found.headerRow !== 0) {
        return {
          status: "failed",
          syncs,
          message: `${src.address}: no column of names in the header row - head the names column Name, Partner, Reseller, Company or Entity, and include the header row.`,
        } as const;
      }
      const screened = screenTable(inputRows, req.screener);
      if (!screened.ok) return { status: "failed", syncs, message: `${src.address}: ${screened.message}.` } as const;
      const nameIndex = found.name;

      if (plan.mustBeEmpty) {
        const { firstColumn, columnCount } = plan.mustBeEmpty;
        const block = context.workbook.worksheets
          .getItem(src.sheet)
          .getRangeByIndexes(src.rowIndex, firstColumn, src.rowCount, columnCount);
        block.load("values");
        await sync();
        const taken = new Set<number>();
        (block.values as unknown[][]).forEach((row) =>
          row.forEach((v, i) => v !== "" && v !== null && v !== undefined && taken.add(firstColumn + i)),
        );
        if (taken.size > 0 && !req.afterUsedRange) {
          return {
            status: "conflict",
            syncs,
            conflicts: [...taken]
              .sort((a, b) => a - b)
              .map((column) => ({
                column,
                header: String((block.values as unknown[][])[0][column - firstColumn] ?? ""),
                address: `${src.sheet}!${columnLetters(column)}${src.rowIndex + 1}:${columnLetters(column)}${src.rowIndex + src.rowCount}`,
                message: `Column ${columnLetters(column)} beside the table already holds data that this tool did not write, so it is left as it is.`,
              })),
          } as const;
        }
      }

      const values = screenValues(screened.screening, src.rowCount - 1, req.screenedAt);
      const ws = context.workbook.worksheets.getItem(src.sheet);
      for (const stale of plan.staleNames) ws.names.getItem(stale).delete();
      const dataRows = src.rowCount - 1;
      for (const c of plan.columns) {
        const head = ws.getRangeByIndexes(src.rowIndex, c.column, 1, 1);
        head.values = [[c.header]];
        head.format.font.bold = true;
        if (!c.existing) {
          ws.names.add(c.name, head, `Cyber Export Risk owns this column (${c.header}); delete this name to release it.`);
          head.format.columnWidth = c.key === "ScreenEntry" || c.key === "ScreenReview" || c.key === "ScreenMatch" ? 200 : 96;
        }
        if (c.key === "ScreenStatus" && dataRows > 0) {
          const data = ws.getRangeByIndexes(src.rowIndex + 1, c.column, dataRows, 1);
          data.conditionalFormats.clearAll();
          for (const [status, colours] of Object.entries(statusFill)) {
            const cf = data.conditionalFormats.add("CellValue");
            cf.cellValue.format.fill.color = colours.fill;
            cf.cellValue.format.font.color = colours.font;
            cf.cellValue.rule = { formula1: `="${status}"`, operator: "EqualTo" };
          }
        }
      }
      const order = plan.columns.map((c, i) => ({ column: c.column, i })).sort((a, b) => a.column - b.column);
      const runs: { firstColumn: number; indexes: number[] }[] = [];
      for (const o of order) {
        const last = runs[runs.length - 1];
        if (last && last.firstColumn + last.indexes.length === o.column) last.indexes.push(o.i);
        else runs.push({ firstColumn: o.column, indexes: [o.i] });
      }
      for (const { start, end } of blocksUnderBudget(values, req.budgetChars ?? requestBudgetChars)) {
        for (const run of runs) {
          ws.getRangeByIndexes(src.rowIndex + 1 + start, run.firstColumn, end - start, run.indexes.length).values = values
            .slice(start, end)
            .map((row) => run.indexes.map((i) => row[i])) as CellValue[][];
        }
        await sync();
      }
      return {
        status: "done",
        sheet: src.sheet,
        screening: screened.screening,
        sheetRows: screened.screening.results.map((r) => src.rowIndex + r.row),
        source: req.source.kind === "table" ? req.source : { kind: "range", sheet: src.sheet, address: src.address.split("!").pop()! },
        nameColumn: src.columnIndex + inputIndexes[nameIndex],
        columns: plan.columns.map((c) => ({ header: c.header, address: cellAddress(src.rowIndex, c.column), created: !c.existing })),
        syncs,
      } as const;
    });
  } catch (err) {
    return { status: "failed", syncs, message: describeOfficeError(err, `screen ${describeSource(req.source)}`).message };
  }
}
