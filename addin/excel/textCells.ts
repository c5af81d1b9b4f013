/**
 * Text the pane writes must stay text. Range.values reads a string the way typing does: "=1+1" and
 * "@SUM(A1)" become formulas, "+44 20" a formula or a number, "-5" and "00123" numbers, "1-2" a date
 * (locale-dependent, so no pattern can tell in advance which strings are safe). A leading apostrophe
 * is Excel's own "this is text" prefix: it is not part of the value read back, it is not displayed,
 * and it works in every locale, on every platform and in cells of any number format.
 * Numbers stay numbers and "" stays an empty cell.
 */
export function asText<T>(value: T): T | string {
  return typeof value === "string" && value !== "" ? `'${value}` : value;
}

/** A whole block of cells, each string kept as text. */
export function asTextRows<T>(rows: readonly (readonly T[])[]): (T | string)[][] {
  return rows.map((row) => row.map(asText));
}
