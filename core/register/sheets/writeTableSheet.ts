import type { CellValue } from "exceljs";
import { openSheet, type SheetLayout } from "../openSheet";
import { finishSheet, type RegisterBook, type RegisterSheet } from "../registerBook";
import { formatCount } from "../cellText";
import { headerStyle, top, warningStyle, wrapTop } from "../registerStyle";
import { rowHeightFor } from "../rowHeight";
import { excelJsRows, type SheetRowsFor } from "../sheetRows";
import { SHEET_ROW_LIMIT } from "./writeRegisterSheet";
import type { RegisterOptions } from "../registerInput";

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
  /**
   * Adds the filter (or the `empty` line) and commits the sheet. `names` are the sheets written: more
   * than one when the rows ran past Excel's rows per sheet.
   */
  finish(): { sheet: RegisterSheet; written: number; names: string[] };
}

/** One sheet of a list: its rows so far and where they go. */
interface TablePage {
  sheet: RegisterSheet;
  out: ReturnType<SheetRowsFor>;
  headerRow: number;
  rows: number;
}

/**
 * Opens a plain list sheet: a header row (frozen, filtered, repeated when printed), then one row
 * per `add`, committed as it goes. `notices` are rows above the header; they count as header rows.
 *
 * Past `rowLimit` rows (Excel's 1,048,576 unless a test gives fewer) the list continues on
 * "Name (2)", "Name (3)"... with the same columns and notices, and says so at the foot of the full
 * sheet and at the top of the next: Excel reports a sheet with more rows as damaged and drops them.
 */
export function openTableSheet(
  book: RegisterBook,
  layout: Omit<SheetLayout, "widths" | "headerRows">,
  columns: readonly TableColumn[],
  empty: string,
  notices: readonly { text: string; style: object }[] = [],
  rowsFor: SheetRowsFor = excelJsRows,
  rowLimit = SHEET_ROW_LIMIT,
): TableSheetWriter {
  // Shared per-column style objects: exceljs caches style ids by object identity.
  const styles = columns.map((c) => ({ ...(c.numFmt ? { numFmt: c.numFmt } : {}), alignment: c.wrap ? wrapTop : top }));
  const widths = columns.map((c) => c.width);
  const wraps = columns.map((c) => c.wrap === true);
  const names = [layout.name];
  let written = 0;
  const openPage = (name: string, pageNotices: readonly { text: string; style: object }[]): TablePage => {
    const headerRow = pageNotices.length + 1;
    const sheet = openSheet(book, { ...layout, name, widths, headerRows: headerRow });
    styles.forEach((style, i) => {
      sheet.getColumn(i + 1).style = style;
    });
    for (const n of pageNotices) {
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
    return { sheet, out: rowsFor(sheet), headerRow, rows: 0 };
  };
  const closePage = (page: TablePage, next?: string) => {
    page.out.flush();
    const { sheet, headerRow, rows } = page;
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(rows, 1), column: columns.length } };
    if (next) {
      const foot = sheet.addRow([`Continued on sheet '${next}': more rows than one sheet holds (Excel's limit is 1,048,576 rows).`]);
      foot.getCell(1).style = warningStyle;
      foot.commit();
    } else if (!written) sheet.addRow([empty]).commit();
    finishSheet(sheet);
  };
  let page = openPage(layout.name, notices);
  return {
    add(values) {
      // The full sheet keeps its last row for the line that says where the list goes on.
      if (page.headerRow + page.rows + 1 >= rowLimit) {
        const previous = names[names.length - 1];
        const next = `${layout.name} (${names.length + 1})`;
        closePage(page, next);
        names.push(next);
        page = openPage(next, [
          ...notices,
          {
            text: `Continued from sheet '${previous}', in the same order (${formatCount(written)} rows listed before this sheet).`,
            style: warningStyle,
          },
        ]);
      }
      const cells = values.map((v) => (v === "" || v === null ? undefined : v));
      page.out.add(cells, styles, rowHeightFor(values, widths, wraps));
      page.rows++;
      written++;
    },
    finish() {
      closePage(page);
      return { sheet: page.sheet, written, names };
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
  rowLimit = SHEET_ROW_LIMIT,
): { sheet: RegisterSheet; written: number; names: string[] } {
  const table = openTableSheet(book, layout, columns, empty, notices, excelJsRows, rowLimit);
  for (const values of rows) table.add(values);
  return table.finish();
}

/**
 * A plain list sheet written at a streaming writer's pace: with `pacing.pause` it waits every
 * `pauseEvery` rows, so the writer hands the rows to the file as it goes instead of queueing the
 * whole sheet in memory. Returns the sheets written (more than one past `pacing.rowLimit` rows).
 */
export async function writeTableSheetPaced(
  book: RegisterBook,
  layout: Omit<SheetLayout, "widths" | "headerRows">,
  columns: readonly TableColumn[],
  rows: Iterable<CellValue[]>,
  empty: string,
  notices: readonly { text: string; style: object }[],
  pacing: RegisterOptions,
): Promise<string[]> {
  const table = openTableSheet(book, layout, columns, empty, notices, pacing.rows, pacing.rowLimit);
  const every = pacing.pauseEvery ?? 2000;
  let added = 0;
  for (const values of rows) {
    table.add(values);
    if (pacing.pause && ++added % every === 0) await pacing.pause();
  }
  return table.finish().names;
}
