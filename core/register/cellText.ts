/** Excel refuses cells longer than this; longer input text is cut with a visible marker. */
export const MAX_CELL_TEXT = 32767;
const CUT_MARK = " [... cut: longer than an Excel cell allows]";

/**
 * Input text as a cell value that can only ever be text. exceljs writes a JS string as a
 * string cell (never a formula), so "=HYPERLINK(...)", "+cmd", "-1+2" and "@SUM(...)" stay
 * inert; the columns carrying input text also get the Text number format ("@") so a later
 * edit in Excel does not turn them into formulas either.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : String(value);
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT - CUT_MARK.length) + CUT_MARK : text;
}

/** Text that a spreadsheet program would read as a formula or a command if it were typed in. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** A YYYY-MM-DD string as a UTC date (what exceljs turns into an Excel serial), or undefined. */
export function isoDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : undefined;
}

/** 12345 -> "12,345", the same on every machine (no locale data involved). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
