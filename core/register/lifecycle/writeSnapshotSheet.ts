import { finishSheet, type RegisterBook, type RegisterSheet } from "../registerBook";
import type { RegisterOptions } from "../registerInput";

export const SNAPSHOT_SHEET = "Snapshot";
/** One style object for every cell: exceljs caches a style's id by object identity. */
const TEXT = { numFmt: "@" };

/**
 * The register's results as machine-readable rows on a hidden sheet (JSON text cells), so the next
 * register can say what changed. A hidden sheet, not a custom XML part: exceljs's streaming writer
 * writes sheets but no custom parts, and a hidden sheet survives a save in Excel.
 */
export async function writeSnapshotSheet(book: RegisterBook, rows: Iterable<string[]>, pacing: RegisterOptions = {}): Promise<void> {
  const sheet = book.addWorksheet(SNAPSHOT_SHEET, { state: "hidden" }) as RegisterSheet;
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 120;
  const every = pacing.pauseEvery ?? 2000;
  let written = 0;
  for (const values of rows) {
    const row = sheet.addRow(values);
    // Text format: the JSON must never be read as a number or a formula.
    row.getCell(1).style = TEXT;
    row.getCell(2).style = TEXT;
    row.commit();
    // A streaming writer flushes the committed rows to the file while it waits.
    if (pacing.pause && ++written % every === 0) await pacing.pause();
  }
  finishSheet(sheet);
}
