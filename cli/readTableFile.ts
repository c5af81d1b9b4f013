import { promises as fs } from "fs";
import * as path from "path";
import Papa from "papaparse";
import type ExcelJS from "exceljs";
import { detectHeader } from "../core";

/** A usage or file problem: the command exits 2 with this message. */
export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileError";
  }
}

export interface TableFile {
  file: string;
  sheet?: string;
  rows: unknown[][];
}

/**
 * Reads a deal or partner table from .csv/.tsv/.txt or .xlsx as a 2-D array of cells (header first),
 * the same shape Excel hands to the custom functions. With no --sheet, an .xlsx is read from the
 * first sheet whose top rows look like a deal table (or the first sheet).
 */
export async function readTableFile(
  file: string,
  sheetName?: string,
  looksRight = (rows: unknown[][]) => detectHeader(rows) !== undefined,
): Promise<TableFile> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(
      code === "ENOENT"
        ? `File '${file}' does not exist - check the path`
        : code === "EISDIR"
          ? `'${file}' is a folder, not a file`
          : `Cannot read '${file}': ${(e as Error).message}`,
    );
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return readWorkbook(file, buf, sheetName, looksRight);
  if (ext === ".xls") throw new FileError(`'${file}' is an old .xls workbook - save it as .xlsx (Excel Workbook) or .csv and try again`);
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") {
    if (sheetName) throw new FileError(`--sheet applies to .xlsx workbooks, and '${file}' is a ${ext} file`);
    return { file, rows: parseDelimited(file, buf) };
  }
  throw new FileError(`'${file}' is not a supported table file - use .csv or .xlsx`);
}

function parseDelimited(file: string, buf: Buffer): unknown[][] {
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) {
    throw new FileError(`'${file}' is a zip/xlsx workbook with a text file extension - rename it to .xlsx`);
  }
  let text = buf.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\u0000")) throw new FileError(`'${file}' is not a text file (it contains binary data) - export it as CSV UTF-8`);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [",", ";", "\t", "|"] });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) {
    throw new FileError(`'${file}' row ${(fatal.row ?? 0) + 1}: ${fatal.message} - check the quotes around that row`);
  }
  const rows = parsed.data;
  // A final newline gives one empty trailing row; drop it.
  while (rows.length && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "") rows.pop();
  return rows;
}

async function readWorkbook(
  file: string,
  buf: Buffer,
  sheetName: string | undefined,
  looksRight: (rows: unknown[][]) => boolean,
): Promise<TableFile> {
  const { Workbook } = (await import("exceljs")).default as typeof ExcelJS;
  const wb = new Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new FileError(`'${file}' is not a readable .xlsx workbook (${(e as Error).message}) - open and re-save it in Excel`);
  }
  const names = wb.worksheets.map((w) => w.name);
  if (names.length === 0) throw new FileError(`'${file}' has no worksheets`);
  if (sheetName !== undefined) {
    const ws =
      wb.worksheets.find((w) => w.name === sheetName) ?? wb.worksheets.find((w) => w.name.toLowerCase() === sheetName.toLowerCase());
    if (!ws) throw new FileError(`'${file}' has no sheet '${sheetName}' - its sheets are: ${names.map((n) => `'${n}'`).join(", ")}`);
    return { file, sheet: ws.name, rows: sheetRows(ws) };
  }
  let first: TableFile | undefined;
  for (const ws of wb.worksheets) {
    const rows = sheetRows(ws);
    const t = { file, sheet: ws.name, rows };
    first ??= t;
    if (looksRight(rows)) return t;
  }
  return first!;
}

function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as unknown[];
    const out: unknown[] = [];
    for (let i = 1; i < values.length; i++) out.push(values[i] ?? null);
    rows[n - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}
