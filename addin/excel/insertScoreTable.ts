import { cellAddress } from "./a1";
import { describeOfficeError } from "./officeErrors";
import { besideBlock, placeScoreTable } from "./placeScoreTable";
import { runExcel } from "./runExcel";
import { asTextRows } from "./textCells";

/** The default outputs' labels, written above the spill so a reader knows the columns. */
export const scoreTableHeaders = ["Risk: score", "Risk: band", "Risk: decision", "Risk: top driver"];
const resultsSheet = "Export risk scores";

export type InsertOutcome =
  | { status: "inserted"; address: string; formula: string; state: "spilled" | "calculating"; note?: string }
  | { status: "failed"; error: string };

/**
 * Writes =EXPORTRISK.SCORETABLE(Table[#All]) where it can spill (placeScoreTable.ts), labels the
 * columns, then reads the cell back: #SPILL! means something took the room after all, and is
 * reported with the cell to clear instead of a silent error cell.
 */
export async function insertScoreTable(table: string): Promise<InsertOutcome> {
  const formula = `=EXPORTRISK.SCORETABLE(${table}[#All])`;
  const width = scoreTableHeaders.length;
  try {
    return await runExcel(async (context) => {
      const range = context.workbook.tables.getItem(table).getRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      const ws = range.worksheet;
      ws.load("name");
      await context.sync();
      const box = {
        sheet: ws.name,
        rowIndex: range.rowIndex,
        columnIndex: range.columnIndex,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
      };
      const b = besideBlock(box, width);
      const beside = ws.getRangeByIndexes(b.row, b.column, b.rowCount, b.columnCount);
      beside.load("values");
      await context.sync();
      const place = placeScoreTable(box, width, beside.values as unknown[][]);
      let target: Excel.Worksheet = ws;
      let at = { row: 1, column: 0, headerRow: 0 };
      let sheetName = ws.name;
      let note: string | undefined;
      if (place.kind === "beside") at = place;
      else {
        sheetName = await freeSheetName(context);
        target = context.workbook.worksheets.add(sheetName);
        note = `${place.reason}, so the formula went on the new sheet '${sheetName}'.`;
      }
      target.getRangeByIndexes(at.headerRow, at.column, 1, width).values = asTextRows([scoreTableHeaders]);
      const cell = target.getRangeByIndexes(at.row, at.column, 1, 1);
      cell.formulas = [[formula]];
      await context.sync();
      const check = target.getRangeByIndexes(at.row, at.column, 1, 1);
      check.load("values");
      await context.sync();
      const address = `${sheetName}!${cellAddress(at.row, at.column)}`;
      const shown = String((check.values as unknown[][])[0]?.[0] ?? "");
      if (shown === "#SPILL!") {
        return {
          status: "failed",
          error: `${formula} in ${address} shows #SPILL!: a cell it needs is not empty or lies in a table. Clear the cells to its right and below, or delete it and insert it again.`,
        };
      }
      return { status: "inserted", address, formula, state: shown === "#BUSY!" || shown === "" ? "calculating" : "spilled", note };
    });
  } catch (err) {
    return { status: "failed", error: describeOfficeError(err, `insert SCORETABLE for table ${table}`).message };
  }
}

/** "Export risk scores", or "Export risk scores (2)"... when taken: one round trip for all the names. */
async function freeSheetName(context: Excel.RequestContext): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = new Set(sheets.items.map((w) => w.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? resultsSheet : `${resultsSheet} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
