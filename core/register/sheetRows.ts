import type { CellValue, Style } from "exceljs";
import type { RegisterSheet } from "./registerBook";

/**
 * Writes the many rows of a big sheet (Register, Partners, Snapshot), each cell with its
 * column's shared style object (undefined values make no cell). `flush` before the sheet is
 * finished or anything else is added to it.
 */
export interface SheetRows {
  add(values: readonly CellValue[], styles: readonly (Partial<Style> | undefined)[], height?: number): void;
  flush(): void;
}

/** Makes the row writer of a sheet: exceljs's own by default; the command line passes a faster one for its streaming writer. */
export type SheetRowsFor = (sheet: RegisterSheet) => SheetRows;

/** Rows carry no style of their own; one shared object lets exceljs reuse its style id. */
const ROW_STYLE: Partial<Style> = {};

/** A row through exceljs: a row object, a cell per value with its column's style, committed at once. */
export function addRowWithExcelJs(
  sheet: RegisterSheet,
  values: readonly CellValue[],
  styles: readonly (Partial<Style> | undefined)[],
  height?: number,
): void {
  const row = sheet.addRow(values as CellValue[]);
  (row as unknown as { style: object }).style = ROW_STYLE;
  for (let i = 0; i < values.length; i++) if (values[i] !== undefined) row.getCell(i + 1).style = styles[i] as Partial<Style>;
  if (height) row.height = height;
  row.commit();
}

/** exceljs's own rows: what the in-memory workbook (the add-in) and any streaming writer can take. */
export const excelJsRows: SheetRowsFor = (sheet) => ({
  add: (values, styles, height) => addRowWithExcelJs(sheet, values, styles, height),
  flush() {},
});
