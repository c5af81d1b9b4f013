import Papa from "papaparse";

export interface CsvRecords {
  rows: string[][];
  /** Character offset where each row starts, to name its line in an error. */
  starts: number[];
  /** First structural problem (an unclosed quote), if any. */
  problem?: { row: number; message: string };
}

/**
 * Splits CSV text into rows, remembering where each row starts. Trailing end-of-file markers (OFAC files
 * end with Ctrl-Z) and a byte-order mark are ignored; blank lines are skipped.
 */
export function csvRecords(text: string): CsvRecords {
  // OFAC's legacy files end with a DOS end-of-file byte (0x1A); it is not part of the data.
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/^\uFEFF/, "").replace(/[\x1a\s]+$/, "");
  const rows: string[][] = [];
  const starts: number[] = [];
  let problem: CsvRecords["problem"];
  let previousEnd = 0;
  Papa.parse<string[]>(clean, {
    delimiter: ",",
    skipEmptyLines: false,
    step: (result) => {
      const start = previousEnd;
      previousEnd = result.meta.cursor;
      const row = result.data;
      if (result.errors.length > 0 && !problem) {
        problem = { row: rows.length, message: result.errors[0].message };
      }
      if (row.length === 1 && row[0].trim() === "") return;
      rows.push(row);
      starts.push(start);
    },
  });
  return { rows, starts, problem };
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const clean = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < offset && i < clean.length; i++) if (clean.charCodeAt(i) === 10) line++;
  // The row starts after the previous row's line break.
  return clean.charCodeAt(offset) === 10 || clean.charCodeAt(offset) === 13 ? line + 1 : line;
}
