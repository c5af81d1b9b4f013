/**
 * Where an =EXPORTRISK.SCORETABLE formula over a table can spill. Pure, so it is tested without Excel.
 * Two Excel behaviours decide it: a formula typed in the column right next to a table makes the table
 * grow over it (table auto-expansion), and a spilling formula inside a table is #SPILL!. So the
 * formula goes one empty column clear of the table, beside the first deal row, where every cell it
 * will spill into is empty; otherwise on a sheet of its own.
 */
export interface TableBox {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export type Placement =
  { kind: "beside"; sheet: string; row: number; column: number; headerRow: number } | { kind: "newSheet"; reason: string };

/** Spill cells (the header labels' row included) plus the gap column, as one block to check empty. */
export function besideBlock(table: TableBox, width: number): { row: number; column: number; rowCount: number; columnCount: number } {
  return { row: table.rowIndex, column: table.columnIndex + table.columnCount, rowCount: table.rowCount, columnCount: width + 1 };
}

/** Decides from the block's current values (besideBlock's cells, as Excel returns them). */
export function placeScoreTable(table: TableBox, width: number, block: unknown[][]): Placement {
  const taken = block.some((row) => row.some((v) => v !== "" && v !== null && v !== undefined));
  if (taken) {
    return {
      kind: "newSheet",
      reason: `The ${width + 1} columns beside the table (one left empty, ${width} for the results) are not empty`,
    };
  }
  const gap = table.columnIndex + table.columnCount;
  return { kind: "beside", sheet: table.sheet, row: table.rowIndex + 1, column: gap + 1, headerRow: table.rowIndex };
}
