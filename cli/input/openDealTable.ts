import { competingMessage, requireHeader, TableError, type ColumnMapping, type IntakeMapping } from "../../core";
import { FileError } from "./fileError";
import { openTableSource } from "./openTableSource";
import type { TableSource } from "./tableRow";
import { reportColumns } from "../reportColumns";

/**
 * A deal table opened for scoring (score, register, review): its source, where it is for messages
 * ("file" or "file (sheet 'S')"), and its columns. A header that cannot be read, or columns that
 * compete for one field, stop the run with a message naming the file; the columns read are reported
 * on standard error (with `unreadOnly`, only the columns not read).
 */
export async function openDealTable(
  file: string,
  sheet: string | undefined,
  intake: IntakeMapping | undefined,
  unreadOnly = false,
): Promise<{ source: TableSource; where: string; mapping: ColumnMapping }> {
  const source = await openTableSource(file, sheet);
  const where = `${file}${source.sheet ? ` (sheet '${source.sheet}')` : ""}`;
  let mapping: ColumnMapping;
  try {
    mapping = requireHeader(source.head, intake);
    if (mapping.competing?.length) throw new TableError(competingMessage(mapping.competing));
  } catch (e) {
    if (e instanceof TableError) throw new FileError(`${where}: ${e.message}`);
    throw e;
  }
  reportColumns(mapping, intake, unreadOnly);
  return { source, where, mapping };
}
