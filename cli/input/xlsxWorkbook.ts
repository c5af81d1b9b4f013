import { Transform } from "stream";
import { loadExcel } from "../loadExcel";
import type { BookParts } from "./xlsxSheetRows";

/** A part of the zip, found through its central directory. */
interface ZipEntry {
  path: string;
  type: "File" | "Directory";
  uncompressedSize: number;
  stream(): NodeJS.ReadableStream;
}

/** What exceljs's streaming WorkbookReader keeps of the workbook's parts, and the methods that read them. */
interface ReaderInternals extends BookParts {
  options: Record<string, unknown>;
  model?: { sheets?: Array<{ id: number; name: string; rId: string; state?: string }> };
  workbookRels?: Array<{ Id: string; Target: string; Type?: string }>;
  _parseRels(entry: AsyncIterable<unknown> | NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: AsyncIterable<unknown> | NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: AsyncIterable<unknown> | NodeJS.ReadableStream): AsyncIterable<unknown>;
  _parseStyles(entry: AsyncIterable<unknown> | NodeJS.ReadableStream): Promise<void>;
}

/** One worksheet as exceljs's WorksheetReader reads it: rows with `values`, and the raw XML as `iterator`. */
export interface XlsxWorksheet extends AsyncIterable<{ values: unknown }> {
  name: string;
  iterator: AsyncIterable<unknown>;
}

export interface XlsxSheet {
  name: string;
  /** "visible", "hidden" or "veryHidden" (absent means visible). */
  state?: string;
  /**
   * Starts reading the sheet: its XML is decompressed as it is read, and the rest is left alone
   * when the reader stops. `readFraction` says how much of the sheet's XML has been read (0..1).
   */
  open(): XlsxWorksheet & { readFraction(): number | undefined };
}

export interface XlsxWorkbook {
  /** The worksheets in the workbook's own order (the tabs Excel shows), chart sheets left out. */
  sheets: XlsxSheet[];
  /** Shared strings, styles and date system, as the sheet readers need them. */
  book: BookParts;
}

/**
 * A zip part's bytes as a Node stream that ends, errors or is destroyed as Node's own streams are;
 * `read.bytes` counts the bytes that have gone through.
 */
function partStream(entry: ZipEntry, read = { bytes: 0 }): Transform {
  const out = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read.bytes += chunk.length;
      done(null, chunk);
    },
  });
  const source = entry.stream();
  source.on("error", (e: Error) => out.destroy(zipProblem(e)));
  source.pipe(out);
  out.on("close", () => (source as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.());
  return out;
}

/** unzipper's terse errors in words a user can act on. */
function zipProblem(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  if (message === "FILE_ENDED") return new Error("the file ends before its zip directory: it is cut short or damaged");
  if (/invalid signature/i.test(message)) return new Error(`its zip structure is damaged (${message})`);
  return e instanceof Error ? e : new Error(message);
}

/** "worksheets/sheet1.xml" (relative to xl/) or "/xl/worksheets/sheet1.xml" (from the root) as a zip path. */
function partPath(target: string): string {
  const parts: string[] = [];
  for (const p of (target.startsWith("/") ? target.slice(1) : `xl/${target}`).split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/**
 * Opens an .xlsx through its zip's central directory: the workbook part, its relationships, the
 * shared strings and (when asked) the styles are read first, whatever order the zip stores them
 * in, then each sheet is read only when opened.
 *
 * exceljs's streaming reader reads the zip front to back in one pass, and on Node 18 and later that
 * pass can stop early at random (exceljs issue #3064): the parts after some point are never seen.
 * A workbook whose workbook part comes last, as exceljs writes it, then fails with "Cannot read
 * properties of undefined (reading 'sheets')", and a sheet after that point would be missing
 * without a word. Read through the central directory, every part is found or its absence named.
 * The parts are still parsed by exceljs's own readers.
 */
export async function openXlsxWorkbook(file: string, opts: { styles: boolean }): Promise<XlsxWorkbook> {
  const unzipper = require("unzipper") as { Open: { file(path: string): Promise<{ files: ZipEntry[] }> } };
  const exceljs = loadExcel();
  const WorksheetReader = require("exceljs/lib/stream/xlsx/worksheet-reader") as new (o: {
    workbook: unknown;
    id: number;
    iterator: AsyncIterable<unknown>;
    options: unknown;
  }) => XlsxWorksheet & { id: number; state?: string };
  const directory = await unzipper.Open.file(file).catch((e: unknown) => {
    throw zipProblem(e);
  });
  const entries = new Map<string, ZipEntry>();
  for (const e of directory.files) if (e.type === "File") entries.set(e.path.replace(/\\/g, "/").replace(/^\//, ""), e);
  const reader = new exceljs.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: opts.styles ? "cache" : "ignore",
    entries: "ignore",
  }) as unknown as ReaderInternals;

  const rels = entries.get("xl/_rels/workbook.xml.rels");
  const workbook = entries.get("xl/workbook.xml");
  if (!rels || !workbook) throw new Error(`it has no ${!workbook ? "workbook part (xl/workbook.xml)" : "workbook relationships part"}`);
  await reader._parseRels(partStream(rels));
  await reader._parseWorkbook(partStream(workbook));
  const relations = reader.workbookRels ?? [];
  const related = (kind: string) => relations.find((r) => r.Type?.endsWith(`/${kind}`));
  const sharedStrings = entries.get(partPath(related("sharedStrings")?.Target ?? "sharedStrings.xml"));
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(partStream(sharedStrings)));
  const styles = entries.get(partPath(related("styles")?.Target ?? "styles.xml"));
  if (opts.styles && styles) await reader._parseStyles(partStream(styles));

  const sheets: XlsxSheet[] = [];
  for (const s of reader.model?.sheets ?? []) {
    const rel = relations.find((r) => r.Id === s.rId);
    // Chart sheets and dialog sheets have no rows.
    if (!rel || (rel.Type !== undefined && !rel.Type.endsWith("/worksheet"))) continue;
    const path = partPath(rel.Target);
    const entry = entries.get(path);
    if (!entry) throw new Error(`its sheet '${s.name}' has no part ${path}`);
    sheets.push({
      name: s.name,
      state: s.state,
      open: () => {
        const read = { bytes: 0 };
        const ws = new WorksheetReader({ workbook: reader, id: s.id, iterator: partStream(entry, read), options: reader.options });
        ws.name = s.name;
        ws.state = s.state;
        const size = entry.uncompressedSize;
        return Object.assign(ws, { readFraction: () => (size > 0 ? Math.min(1, read.bytes / size) : undefined) });
      },
    });
  }
  return { sheets, book: reader };
}
