/**
 * Where a streamed register keeps a later sheet's rows (one JSON text each: the Snapshot's deals and
 * rows in error, Input errors, screened Partners) until the Register sheet is done and that sheet
 * can be written. The default holds them in memory; the
 * command line passes one backed by a temporary file, so a million-row register does not hold a
 * million JSON texts.
 */
export interface SnapshotSpool {
  add(line: string): void;
  /** The lines in the order they were added; called once, after the last `add`. */
  lines(): Iterable<string>;
}

export function memorySpool(): SnapshotSpool {
  const held: string[] = [];
  return { add: (line) => void held.push(line), lines: () => held };
}
