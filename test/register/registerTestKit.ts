import { execFileSync } from "child_process";
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { scoreTable } from "../../core/intake/scoreTable";
import { buildRegister } from "../../core/register/buildRegister";
import type { RegisterInput } from "../../core/register/registerInput";
import { registerInputFromScore } from "../../core/register/registerInputFromScore";
import { createContext } from "../../core/scoring/createContext";

export const ROOT = path.join(__dirname, "..", "..");
export const SAMPLE = path.join(ROOT, "examples", "sample-pipeline.csv");
export const AS_OF = "2026-03-31";

export function csvRows(file: string): string[][] {
  return Papa.parse<string[]>(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
}

/** The real scoring of a table, turned into register input exactly as the command does. */
export function registerInputFor(rows: unknown[][], title = "Test register", asOf = AS_OF): RegisterInput {
  // As the command does: the deals are assessed as at the register's date.
  const ctx = createContext({ asAt: asOf });
  const scored = scoreTable(rows, ctx);
  return registerInputFromScore(scored, ctx, { title, asOf, source: { file: "deals.csv" }, generator: "export-risk test" });
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "register-test-"));
}

/** The Node path: a streaming writer into a file. */
export async function writeStreaming(input: RegisterInput, file: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  await buildRegister(book, input, { pause: () => new Promise((r) => setImmediate(r)), pauseEvery: 10 });
  await book.commit();
}

/** The browser path: an in-memory workbook written to a buffer. */
export async function writeInMemory(input: RegisterInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await buildRegister(book, input);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function readBack(fileOrBuffer: string | Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  if (typeof fileOrBuffer === "string") await book.xlsx.readFile(fileOrBuffer);
  else await book.xlsx.load(fileOrBuffer as unknown as ArrayBuffer);
  return book;
}

/** Every sheet's cell values and number formats, for comparing two workbooks cell by cell. */
export function cellDump(book: ExcelJS.Workbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const ws of book.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
        cells.push([v, cell.numFmt ?? null, cell.fill ? JSON.stringify(cell.fill) : null]);
      });
      rows[n - 1] = cells;
    });
    out[ws.name] = rows;
  }
  return out;
}

export interface PySheet {
  name: string;
  maxRow: number;
  maxColumn: number;
  freeze: string | null;
  filter: string | null;
  printTitleRows: string | null;
  orientation: string;
  fitToPage: boolean;
  fitToWidth: number;
  header: string | null;
  footer: string | null;
  conditionalFormats: number;
  state: "visible" | "hidden" | "veryHidden";
  scale: number | null;
  /** Rows after which a manual page break is set. */
  rowBreaks: number[];
  validations: string[];
  rows: [unknown, string][][];
}

export interface PyBook {
  sheets: PySheet[];
  properties: { title: string; created: string; modified: string; creator: string };
}

/** Reads a workbook with openpyxl (Debian's python3-openpyxl), an independent implementation of the format. */
export function readWithOpenpyxl(file: string): PyBook {
  let text: string;
  try {
    text = execFileSync("/usr/bin/python3", [path.join(__dirname, "readWorkbook.py"), file], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    const stderr = String((e as { stderr?: unknown }).stderr ?? "");
    if (/No module named 'openpyxl'|ENOENT/.test(stderr + String(e))) {
      throw new Error(
        "The register tests read workbooks back with openpyxl: install it with 'apt-get install -y python3-openpyxl'. .ci/run installs it when missing.",
      );
    }
    throw e;
  }
  return JSON.parse(text) as PyBook;
}
