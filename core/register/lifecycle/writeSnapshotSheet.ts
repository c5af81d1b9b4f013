import { finishSheet, type RegisterBook, type RegisterSheet } from "../registerBook";
import type { RegisterOptions } from "../registerInput";
import { SHEET_ROW_LIMIT } from "../sheets/writeRegisterSheet";
import { excelJsRows } from "../sheetRows";
import { SNAPSHOT_CONTINUED, SNAPSHOT_VERSION } from "./registerSnapshot";

export const SNAPSHOT_SHEET = "Snapshot";
/** One style object for every cell: exceljs caches a style's id by object identity. */
const TEXT = { numFmt: "@" };

function openSnapshotSheet(book: RegisterBook, name: string): RegisterSheet {
  const sheet = book.addWorksheet(name, { state: "hidden" }) as RegisterSheet;
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 120;
  return sheet;
}

/** Text format for every cell of a row: the JSON (or a piece of it) must never be read as a number or a formula. */
function textColumns() {
  const styles = [TEXT, TEXT];
  return (width: number) => {
    while (styles.length < width) styles.push(TEXT);
    return styles;
  };
}

/**
 * The register's results as machine-readable rows on a hidden sheet (JSON text cells), so the next
 * register can say what changed. A hidden sheet, not a custom XML part: exceljs's streaming writer
 * writes sheets but no custom parts, and a hidden sheet survives a save in Excel. Past Excel's rows
 * per sheet the rows continue on hidden "Snapshot (2)" and so on, each opening with a continuation
 * mark. A JSON text longer than a cell holds comes in pieces, one a cell (snapshotCells). Returns
 * the sheet names in order.
 */
export async function writeSnapshotSheet(
  book: RegisterBook,
  rows: Iterable<string[]>,
  pacing: RegisterOptions & { rowLimit?: number } = {},
): Promise<string[]> {
  const limit = pacing.rowLimit ?? SHEET_ROW_LIMIT;
  const names = [SNAPSHOT_SHEET];
  let sheet = openSnapshotSheet(book, SNAPSHOT_SHEET);
  const rowsFor = pacing.rows ?? excelJsRows;
  let out = rowsFor(sheet);
  let inSheet = 0;
  const every = pacing.pauseEvery ?? 2000;
  let written = 0;
  const styles = textColumns();
  for (const values of rows) {
    if (inSheet >= limit) {
      out.flush();
      finishSheet(sheet);
      names.push(`${SNAPSHOT_SHEET} (${names.length + 1})`);
      sheet = openSnapshotSheet(book, names[names.length - 1]);
      out = rowsFor(sheet);
      out.add([SNAPSHOT_CONTINUED, String(SNAPSHOT_VERSION)], styles(2));
      inSheet = 1;
    }
    out.add(values, styles(values.length));
    inSheet++;
    // A streaming writer flushes the committed rows to the file while it waits.
    if (pacing.pause && ++written % every === 0) await pacing.pause();
  }
  out.flush();
  finishSheet(sheet);
  return names;
}
