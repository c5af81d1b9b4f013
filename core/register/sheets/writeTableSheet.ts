import type { CellValue } from "exceljs";
import { openSheet, type SheetLayout } from "../openSheet";
import { finishSheet, type RegisterBook, type RegisterSheet } from "../registerBook";
import { headerStyle, top, wrapTop } from "../registerStyle";
import { rowHeightFor } from "../rowHeight";
import { excelJsRows, type SheetRowsFor } from "../sheetRows";

export interface TableColumn {
  header: string;
  width: number;
  /** Excel number format; "@" for input text. */
  numFmt?: string;
  wrap?: boolean;
}

/** A list sheet being written row by row (see writeTableSheet). */
export interface TableSheetWriter {
  add(values: CellValue[]): void;
  /** Adds the filter (or the `empty` line) and commits the sheet. */
  finish(): { sheet: RegisterSheet; written: number };
}

/**
 * Opens a plain list sheet: a header row (frozen, filtered, repeated when printed), then one row
 * per `add`, committed as it goes. `notices` are rows above the header; they count as header rows.
 */
export function openTableSheet(
  book: RegisterBook,
  layout: Omit<SheetLayout, "widths" | "headerRows">,
  columns: readonly TableColumn[],
  empty: string,
  notices: readonly { text: string; style: object }[] = [],
  rowsFor: SheetRowsFor = excelJsRows,
): TableSheetWriter {
  const headerRow = notices.length + 1;
  const sheet = openSheet(book, { ...layout, widths: columns.map((c) => c.width), headerRows: headerRow });
  // Shared per-column style objects: exceljs caches style ids by object identity.
  const styles = columns.map((c) => ({ ...(c.numFmt ? { numFmt: c.numFmt } : {}), alignment: c.wrap ? wrapTop : top }));
  styles.forEach((style, i) => {
    sheet.getColumn(i + 1).style = style;
  });
  for (const n of notices) {
    const row = sheet.addRow([n.text]);
    row.getCell(1).style = n.style;
    sheet.mergeCells(row.number, 1, row.number, columns.length);
    row.height = Math.max(18, 15 * Math.ceil(n.text.length / 150));
  }
  const header = sheet.addRow(columns.map((c) => c.header));
  columns.forEach((_, i) => (header.getCell(i + 1).style = headerStyle));
  header.height = Math.max(
    30,
    rowHeightFor(
      columns.map((c) => c.header),
      columns.map((c) => c.width * 0.85),
      columns.map(() => true),
    ) ?? 0,
  );
  let written = 0;
  const widths = columns.map((c) => c.width);
  const wraps = columns.map((c) => c.wrap === true);
  const out = rowsFor(sheet);
  return {
    add(values) {
      const cells = values.map((v) => (v === "" || v === null ? undefined : v));
      out.add(cells, styles, rowHeightFor(values, widths, wraps));
      written++;
    },
    finish() {
      out.flush();
      sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(written, 1), column: columns.length } };
      if (!written) sheet.addRow([empty]).commit();
      finishSheet(sheet);
      return { sheet, written };
    },
  };
}

/** A plain list sheet with all its rows at once (see openTableSheet). */
export function writeTableSheet(
  book: RegisterBook,
  layout: Omit<SheetLayout, "widths" | "headerRows">,
  columns: readonly TableColumn[],
  rows: Iterable<CellValue[]>,
  empty: string,
  notices: readonly { text: string; style: object }[] = [],
): { sheet: RegisterSheet; written: number } {
  const table = openTableSheet(book, layout, columns, empty, notices);
  for (const values of rows) table.add(values);
  return table.finish();
}
