import { detectHeader } from "../core";
import { FileError } from "./input/fileError";
import { openTableSource } from "./input/openTableSource";

export { FileError };

export interface TableFile {
  file: string;
  sheet?: string;
  rows: unknown[][];
}

/**
 * Reads a whole table into memory as a 2-D array of cells (header first), the shape Excel hands to
 * the custom functions. For small tables only (a mapping preview, a list of names): the score,
 * screen and register commands read row by row through openTableSource.
 */
export async function readTableFile(
  file: string,
  sheetName?: string,
  looksRight = (rows: unknown[][]) => detectHeader(rows) !== undefined,
): Promise<TableFile> {
  const source = await openTableSource(file, sheetName, looksRight);
  const rows = source.head.slice();
  for await (const r of source.rows(source.head.length - 1)) {
    while (rows.length < r.number - 1) rows.push([]);
    rows[r.number - 1] = r.cells;
  }
  return { file, ...(source.sheet ? { sheet: source.sheet } : {}), rows };
}
