/**
 * Excel holds at most 32,767 characters in a cell: a longer text makes it report the workbook as
 * damaged, and its repair cuts the text short. A snapshot row's JSON is written in pieces of at
 * most this many UTF-16 units across the row's cells from column B on, and read back by joining them.
 */
export const SNAPSHOT_CELL_CHARS = 32_000;

/** The JSON text in pieces of at most `size` units, never splitting a surrogate pair (half of one is not a character). */
export function splitCells(json: string, size = SNAPSHOT_CELL_CHARS): string[] {
  if (json.length <= size) return [json];
  const pieces: string[] = [];
  let at = 0;
  while (at < json.length) {
    let end = Math.min(at + size, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && end - at > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(json.slice(at, end));
    at = end;
  }
  return pieces;
}

/** One snapshot row: its kind in column A, its JSON from column B on. */
export function snapshotRow(kind: string, json: string): string[] {
  return json.length <= SNAPSHOT_CELL_CHARS ? [kind, json] : [kind, ...splitCells(json)];
}

/** The JSON text of a snapshot row (every cell from column B on, joined); undefined when a cell there is not text. */
export function rowJson(row: readonly unknown[]): string | undefined {
  if (row.length === 2) return typeof row[1] === "string" ? row[1] : undefined;
  let json = "";
  for (let i = 1; i < row.length; i++) {
    const cell = row[i];
    if (typeof cell !== "string") return undefined;
    json += cell;
  }
  return json;
}
