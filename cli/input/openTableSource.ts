import { promises as fs } from "fs";
import * as path from "path";
import { detectHeader } from "../../core";
import { openCsvSource } from "./csvSource";
import { FileError } from "./fileError";
import type { TableSource } from "./tableRow";
import { openXlsxSource } from "./xlsxSource";

/** Refuses what is not a plain file before opening it: a pipe or a device (/dev/zero) would hang or never end. */
async function requireRegularFile(file: string): Promise<number> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(
      code === "ENOENT"
        ? `File '${file}' does not exist - check the path`
        : code === "EACCES" || code === "EPERM"
          ? `Cannot read '${file}': permission denied`
          : `Cannot read '${file}': ${(e as Error).message}`,
    );
  }
  if (stat.isDirectory()) throw new FileError(`'${file}' is a folder, not a file`);
  if (!stat.isFile())
    throw new FileError(`'${file}' is not a regular file (it is a pipe, socket or device) - save the table to a file and give its path`);
  return stat.size;
}

/**
 * Opens a deal or partner table (.csv/.tsv/.txt or .xlsx) for reading row by row: the top rows are
 * read at once (to find the header), the rest streams. With no sheet name, an .xlsx is read from
 * the first sheet whose top rows look like the table wanted (or the first sheet).
 */
export async function openTableSource(
  file: string,
  sheetName?: string,
  looksRight = (rows: unknown[][]) => detectHeader(rows) !== undefined,
): Promise<TableSource> {
  const size = await requireRegularFile(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return openXlsxSource(file, sheetName, looksRight);
  if (ext === ".xls") throw new FileError(`'${file}' is an old .xls workbook - save it as .xlsx (Excel Workbook) or .csv and try again`);
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") {
    if (sheetName) throw new FileError(`--sheet applies to .xlsx workbooks, and '${file}' is a ${ext} file`);
    try {
      return await openCsvSource(file, size);
    } catch (e) {
      if (e instanceof FileError) throw e;
      throw new FileError(`Cannot read '${file}': ${(e as Error).message}`);
    }
  }
  throw new FileError(`'${file}' is not a supported table file - use .csv or .xlsx`);
}
