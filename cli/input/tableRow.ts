/** One row of an input table as a reader hands it over: its 1-based row number in the file or sheet, and its cells. */
export interface TableRow {
  number: number;
  cells: unknown[];
}

/** A table read row by row: the first rows (for finding the header) are held, the rest streams. */
export interface TableSource {
  file: string;
  /** The worksheet read, for an .xlsx. */
  sheet?: string;
  /** The first rows, index = row number - 1 (gaps are empty rows). */
  head: unknown[][];
  /**
   * Rows after `afterIndex` (an index into head), in order: the rest of the head, then the stream.
   * `width` (when given) drops cells to the right of the table: a stray value far out (column XFD)
   * must not make every row sixteen thousand cells wide.
   */
  rows(afterIndex: number, width?: number): AsyncIterable<TableRow>;
  /** The same rows in batches (one per read of the file), for readers that want no promise per row. */
  batches(afterIndex: number, width?: number): AsyncIterable<TableRow[]>;
  /** How much of the file has been read, 0..1 (for the time left), or undefined when it cannot be told. */
  readFraction(): number | undefined;
  /** Stops reading early (an error, an interrupted run): closes the file. */
  close(): Promise<void>;
}

/** How many rows are searched for the header row (core/intake/detectHeader scans 20). */
export const HEAD_ROWS = 20;
