import { loadExcel } from "../loadExcel";
import { FileError } from "./fileError";
import { batchesAfter, headOf, rowsOf } from "./headOf";
import type { TableRow, TableSource } from "./tableRow";
import { MAX_COLUMNS, xlsxSheetRows, type BookParts } from "./xlsxSheetRows";
import { isZipFile } from "./isZipFile";

type WorksheetStream = { name: string; iterator: AsyncIterable<unknown> };
type Picked = { sheet: string; head: unknown[][]; next: TableRow[]; rest?: AsyncIterator<TableRow[]> };

const unreadable = (file: string, e: unknown) =>
  e instanceof FileError
    ? e
    : new FileError(`'${file}' is not a readable .xlsx workbook (${(e as Error).message}) - open and re-save it in Excel`);

const sameName = (a: string, b: string) => a === b || a.toLowerCase() === b.toLowerCase();

/**
 * Opens an .xlsx with exceljs's streaming WorkbookReader and reads the chosen sheet row by row.
 * With no sheet name, the first sheet whose top rows look right is read (or else the first sheet:
 * the workbook is then opened a second time, as a stream cannot go back).
 */
export async function openXlsxSource(
  file: string,
  sheetName: string | undefined,
  looksRight: (head: unknown[][]) => boolean,
): Promise<TableSource> {
  await checkZip(file);
  const limit = { width: MAX_COLUMNS };
  const picked = await pickSheet(file, sheetName, looksRight, limit);
  let closed = false;
  const batches = (afterIndex: number, width = MAX_COLUMNS) => {
    limit.width = width;
    const read = batchesAfter(picked.head, picked.next, picked.rest, afterIndex, width);
    return (async function* () {
      try {
        for await (const batch of read) {
          if (closed) return;
          yield batch;
        }
      } catch (e) {
        throw unreadable(file, e);
      }
    })();
  };
  return {
    file,
    sheet: picked.sheet,
    head: picked.head,
    batches,
    rows: (afterIndex, width) => rowsOf(batches(afterIndex, width)),
    // The zip is read ahead of the rows (exceljs parks sheets in temporary files), so bytes read tell nothing.
    readFraction: () => undefined,
    async close() {
      closed = true;
      await picked.rest?.return?.(undefined);
    },
  };
}

async function checkZip(file: string): Promise<void> {
  if (!(await isZipFile(file)))
    throw new FileError(`'${file}' is not an .xlsx workbook (it is not a zip file) - save it from Excel as .xlsx, or as .csv`);
}

async function pickSheet(
  file: string,
  sheetName: string | undefined,
  looksRight: (head: unknown[][]) => boolean,
  limit: { width: number },
): Promise<Picked> {
  // Loaded only for workbooks: exceljs takes a good part of a second to load.
  const { stream } = loadExcel();
  const reader = new stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const book = reader as unknown as BookParts & { model?: { sheets?: Array<{ name: string }> } };
  const sheets = (reader as unknown as AsyncIterable<WorksheetStream>)[Symbol.asyncIterator]();
  let first: string | undefined;
  try {
    for (;;) {
      const n = await sheets.next();
      if (n.done) break;
      const ws = n.value;
      first ??= ws.name;
      if (sheetName !== undefined && !sameName(ws.name, sheetName)) continue;
      const rows = xlsxSheetRows(ws.iterator, book, limit);
      const { head, next, done } = await headOf(rows);
      if (sheetName !== undefined || looksRight(head)) {
        // The sheet stays open: the caller reads the rest of it, then the workbook is left unread.
        const rest = (async function* () {
          yield* rows;
          await sheets.return?.(undefined);
        })();
        return { sheet: ws.name, head, next, rest: done ? undefined : rest };
      }
      if (!done) for await (const _ of rows); // a sheet that is not the table: read past it
    }
  } catch (e) {
    throw unreadable(file, e);
  }
  const names = (book.model?.sheets ?? []).map((s) => s.name);
  if (sheetName !== undefined)
    throw new FileError(`'${file}' has no sheet '${sheetName}' - its sheets are: ${names.map((x) => `'${x}'`).join(", ")}`);
  if (first === undefined) throw new FileError(`'${file}' has no worksheets`);
  return pickSheet(file, names[0] ?? first, () => true, limit);
}
