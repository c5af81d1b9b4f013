/** A1 addresses: the small amount of address arithmetic the adapters need, kept pure so it is tested in node. */

import { columnLetter } from "../../core";

/** 0-based column index -> letters (0 -> A, 26 -> AA): core's, as the intake's messages name columns. */
export const columnLetters = columnLetter;

/** Letters -> 0-based column index (A -> 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row/column -> "H12". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

/** Sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits and _. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Reads the single cell a named item refers to, from its formula ("=Deals!$H$1", "='My deals'!$H$1").
 * Returns undefined for anything else (a range of several cells, #REF! after the column was deleted).
 */
export function parseCellReference(formula: string): CellRef | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/i.exec(formula.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, row: Number(m[4]) - 1, column: columnIndex(m[3]) };
}
