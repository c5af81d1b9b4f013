import type { CellValue } from "exceljs";

/**
 * Where a streamed register keeps what a later sheet lists of each row (one JSON text a line: the
 * Snapshot's deals and rows in error, the Input errors lines, the screened Partners lines) until
 * the Register sheet is done and that sheet can be written. The default holds them in memory; the
 * command line passes one backed by a temporary file, so a million-row register does not hold a
 * million texts.
 */
export interface LineSpool {
  add(line: string): void;
  /** The lines in the order they were added; called once, after the last `add`. */
  lines(): Iterable<string>;
}

export function memoryLineSpool(): LineSpool {
  const held: string[] = [];
  return { add: (line) => void held.push(line), lines: () => held };
}

/** A sheet's rows spooled as JSON arrays of numbers and texts (`JSON.stringify(values)`), read back one at a time. */
export function* spooledRows(spool: LineSpool): Generator<CellValue[]> {
  for (const line of spool.lines()) yield JSON.parse(line) as CellValue[];
}
