/** The same test as papaparse's `escapeFormulae: true`: text a spreadsheet would run as a formula. */
const FORMULA = /^[=+\-@\t\r].*$/;
const NEEDS_QUOTES = /[\r\n",\uFEFF]|^ | $/;
/** Anything that needs one of the two tests above: most fields need neither, and pass one test. */
const PLAIN = /^[=+\-@\t\r ]|[\r\n",\uFEFF]| $/;

/**
 * One CSV field, written as papaparse's unparse writes it with `escapeFormulae: true` (formula-like
 * text gets a leading apostrophe and quotes), without its per-call set-up: the writer of a
 * million-row file calls this for every cell.
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  let s = String(v);
  if (s === "" || !PLAIN.test(s)) return s;
  let quote = false;
  if (FORMULA.test(s)) {
    s = "'" + s;
    quote = true;
  }
  if (s.includes('"')) {
    s = s.replace(/"/g, '""');
    quote = true;
  }
  return quote || NEEDS_QUOTES.test(s) ? `"${s}"` : s;
}

/**
 * One CSV record with its newline, as one flat string: the fields are joined, not added one to
 * another (a string built by `+=` is a tree of pieces that has to be copied flat again before it
 * can be encoded).
 */
export function csvLine(values: readonly unknown[]): string {
  const n = values.length;
  if (n === 0) return "\n";
  const fields = new Array<string>(n);
  for (let i = 0; i < n - 1; i++) fields[i] = csvField(values[i]);
  fields[n - 1] = csvField(values[n - 1]) + "\n";
  return fields.join(",");
}
