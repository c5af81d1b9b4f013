/** The text of a cell as Excel or a CSV reader hands it over (strings, numbers, booleans, blanks, dates). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    // exceljs rich text and hyperlink cells.
    const o = v as { text?: unknown; richText?: Array<{ text: string }>; result?: unknown };
    if (Array.isArray(o.richText))
      return o.richText
        .map((t) => t.text)
        .join("")
        .trim();
    if (typeof o.text === "string") return o.text.trim();
    if (o.result !== undefined) return cellText(o.result);
  }
  return String(v).trim();
}

export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v === "string" && v.trim() === "") continue;
    return false;
  }
  return true;
}
