import { createHash } from "crypto";
import { createReadStream, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { parseFxRates } from "../core";
import { isZipFile } from "./input/isZipFile";
import { openXlsxWorkbook } from "./input/xlsxWorkbook";
import type { FxRates, InputFileRecord } from "../core";
import { parseSnapshot, SNAPSHOT_CONTINUED, SNAPSHOT_MARK, type RegisterSnapshot } from "../core";
import { dealOfJson, PreviousDeals, snapshotReader, type PreviousSnapshot, type SharedBasis } from "../core";
import { CHANGES_SHEET, REGISTER_SHEETS, SNAPSHOT_SHEET } from "../core";
import { FileError } from "./readTableFile";
import { fileRecords } from "./output/fileRecords";

/** SHA-256 of a file, read as a stream (a pipeline or list file can be large). */
export function fileSha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", (e) => reject(new FileError(`Cannot read '${file}' to fingerprint it: ${e.message}`)))
      .on("end", () => resolve(hash.digest("hex")));
  });
}

export async function inputRecords(files: { role: string; file: string | undefined }[]): Promise<InputFileRecord[]> {
  const out: InputFileRecord[] = [];
  for (const f of files) if (f.file) out.push({ role: f.role, name: path.basename(f.file), sha256: await fileSha256(f.file) });
  return out;
}

/** --prepared-by, else the operating-system account running the command. */
export function preparedBy(given: string | undefined): string {
  if (given?.trim()) return given.trim();
  try {
    return os.userInfo().username || "unknown user";
  } catch {
    return process.env.USER || process.env.USERNAME || "unknown user";
  }
}

/** The register's sheets that are never its snapshot (continuations are named "Register (2)" and so on). */
const LIST_SHEETS = new Set([...REGISTER_SHEETS, CHANGES_SHEET].filter((s) => s !== SNAPSHOT_SHEET));

/**
 * Hands each row of the snapshot embedded in a previous register to `visit`, read sheet by sheet
 * without holding the workbook; `visit` returns a message at the first damage. Every problem is a
 * FileError naming the file.
 */
async function readSnapshotRows(file: string, visit: (values: unknown[]) => string | undefined): Promise<void> {
  await fs.stat(file).catch(() => {
    throw new FileError(`previous register '${file}' does not exist - check the path`);
  });
  if (!(await isZipFile(file)))
    throw new FileError(
      `previous register '${file}' is not an .xlsx workbook (it is not a zip file) - give the .xlsx written by an earlier 'export-risk register' run`,
    );
  let found = false;
  let damage: string | undefined;
  try {
    const { sheets } = await openXlsxWorkbook(file, { styles: false });
    // The snapshot sheet is recognised by its first cell. A snapshot longer than one sheet carries
    // on in the sheets right after it, each opening with the continuation mark (not kept: the rows
    // read on as one list).
    sheets: for (const sheet of sheets) {
      // The register's own lists are passed over unread: reading the Register sheet of a million
      // deals cell by cell was most of the time.
      if (LIST_SHEETS.has(sheet.name.replace(/ \(\d+\)$/, ""))) {
        if (found) break;
        continue;
      }
      let kind: "snapshot" | "continued" | "other" | undefined;
      for await (const row of sheet.open()) {
        const values = (row.values as unknown[]).slice(1);
        if (kind === undefined) {
          kind = values[0] === SNAPSHOT_MARK ? "snapshot" : found && values[0] === SNAPSHOT_CONTINUED ? "continued" : "other";
          if (kind === "snapshot") found = true;
          if (kind === "continued") continue;
        }
        // Not the snapshot: the rest of the sheet is left unread.
        if (kind === "other") break;
        damage = visit(values);
        if (damage) break sheets;
      }
      if (found && kind !== "snapshot" && kind !== "continued") break;
    }
  } catch (e) {
    throw new FileError(`previous register '${file}' cannot be read as an .xlsx workbook (${(e as Error).message})`);
  }
  if (!found)
    throw new FileError(
      `'${file}' has no '${SNAPSHOT_SHEET}' sheet: only a register made by this version of export-risk or later can be compared with`,
    );
  if (damage) throw new FileError(`previous register '${file}': ${damage}`);
}

/** The snapshot embedded in a previous register, whole: for inspection (`register --previous` reads it compactly, see readPreviousRegister). */
export async function readPreviousSnapshot(file: string): Promise<RegisterSnapshot> {
  const rows: unknown[][] = [];
  await readSnapshotRows(file, (values) => void rows.push(values));
  const parsed = parseSnapshot(rows);
  if (!parsed.ok) throw new FileError(`previous register '${file}': ${parsed.message}`);
  return parsed.snapshot;
}

/**
 * The snapshot embedded in a previous register, as `register --previous` compares with it: each
 * deal's JSON text is kept in a temporary file (a number each in memory) and read and parsed again
 * when compared; rows in error are not kept (a diff does not use the previous register's). Call
 * `dispose` when the register is written, whatever happens.
 */
export async function readPreviousRegister(file: string): Promise<{ snapshot: PreviousSnapshot; dispose: () => void }> {
  let shared: SharedBasis | undefined;
  const texts = fileRecords();
  try {
    const deals = new PreviousDeals<number>((n) => dealOfJson(texts.get(n), shared));
    const reader = snapshotReader({
      deal: (d, json, s) => {
        shared = s;
        deals.add(d.id, d.row, texts.add(json));
      },
      error: () => undefined,
    });
    await readSnapshotRows(file, (values) => reader.row(values));
    const head = reader.head();
    if (!head.ok) throw new FileError(`previous register '${file}': ${head.message}`);
    return { snapshot: { ...head.head, deals }, dispose: () => texts.dispose() };
  } catch (e) {
    texts.dispose();
    throw e;
  }
}

export async function readFxRates(file: string): Promise<FxRates> {
  let text: string;
  try {
    text = (await fs.readFile(file, "utf8")).replace(/^\uFEFF/, "");
  } catch (e) {
    throw new FileError(
      `Cannot read the exchange rates '${file}': ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "it does not exist" : (e as Error).message}`,
    );
  }
  const parsed = parseFxRates(Papa.parse<string[]>(text, { skipEmptyLines: true }).data, path.basename(file));
  if (!parsed.ok) throw new FileError(parsed.message);
  return parsed.fx;
}
