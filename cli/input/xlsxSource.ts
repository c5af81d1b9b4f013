import { FileError } from "./fileError";
import { batchesAfter, headOf, rowsOf } from "./headOf";
import type { TableRow, TableSource } from "./tableRow";
import { MAX_COLUMNS, xlsxSheetRows } from "./xlsxSheetRows";
import { isZipFile } from "./isZipFile";
import { openXlsxWorkbook, type XlsxSheet } from "./xlsxWorkbook";

type Picked = {
  sheet: string;
  head: unknown[][];
  next: TableRow[];
  rest?: AsyncIterator<TableRow[]>;
  readFraction: () => number | undefined;
};

const unreadable = (file: string, e: unknown) =>
  e instanceof FileError
    ? e
    : new FileError(`'${file}' is not a readable .xlsx workbook (${(e as Error).message}) - open and re-save it in Excel`);

const sameName = (a: string, b: string) => a === b || a.toLowerCase() === b.toLowerCase();

/**
 * Opens an .xlsx through its zip's central directory (xlsxWorkbook.ts) and reads the chosen sheet
 * row by row. With no sheet name, the first sheet in the workbook's order whose top rows look right
 * is read, or else the first sheet.
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
    readFraction: picked.readFraction,
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
  try {
    const { sheets, book } = await openXlsxWorkbook(file, { styles: true });
    const open = async (sheet: XlsxSheet): Promise<Picked> => {
      const ws = sheet.open();
      const rows = xlsxSheetRows(ws.iterator, book, limit);
      const { head, next, done } = await headOf(rows);
      return { sheet: sheet.name, head, next, rest: done ? undefined : rows, readFraction: ws.readFraction };
    };
    if (sheetName !== undefined) {
      const sheet = sheets.find((x) => sameName(x.name, sheetName));
      if (!sheet)
        throw new FileError(`'${file}' has no sheet '${sheetName}' - its sheets are: ${sheets.map((x) => `'${x.name}'`).join(", ")}`);
      return await open(sheet);
    }
    if (sheets.length === 0) throw new FileError(`'${file}' has no worksheets`);
    for (const sheet of sheets) {
      const picked = await open(sheet);
      if (looksRight(picked.head)) return picked;
      // Not the table: the rest of the sheet is left unread.
      await picked.rest?.return?.(undefined);
    }
    // No sheet looks like a deal table: the first one is read, and its header reported.
    return await open(sheets[0]);
  } catch (e) {
    throw unreadable(file, e);
  }
}
