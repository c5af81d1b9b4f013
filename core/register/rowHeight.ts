import type { RegisterSheet } from "./registerBook";

/**
 * Row heights for wrapped text. Readers differ on sizing rows from their content (LibreOffice
 * keeps the default height), so the register states a height for every row whose text wraps.
 * An estimate: greedy word wrap at a character budget per line, per paragraph.
 */
export function wrappedLines(text: string, width: number, fontSize = 11): number {
  // Column width counts digits of the 11-point default font; running text is a little narrower.
  const perLine = Math.max(1, Math.floor((width * 1.15 * 11) / fontSize) - 1);
  let lines = 0;
  let start = 0;
  // Per paragraph; a paragraph that fits needs no word-by-word pass (most cells, and fast).
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines += end - start <= perLine ? 1 : paragraphLines(text, start, end, perLine);
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/** Greedy word wrap of text[start, end): the lines it takes at `perLine` characters a line. */
function paragraphLines(text: string, start: number, end: number, perLine: number): number {
  let lines = 1;
  let used = 0; // characters on the current line
  let i = start;
  while (i <= end) {
    // The next space (a native search: the drivers and paths of a large register are long text).
    let j = text.indexOf(" ", i);
    if (j < 0 || j > end) j = end;
    const word = j - i;
    if (word > 0) {
      const need = used === 0 ? word : used + 1 + word;
      if (need <= perLine) used = need;
      else {
        if (used > 0) lines++;
        // A word longer than a line is broken across lines.
        lines += Math.ceil(word / perLine) - 1;
        used = word % perLine || perLine;
      }
    }
    i = j + 1;
  }
  return lines;
}

/** Points for `lines` lines of text at `fontSize`; Excel allows at most 409. */
export function heightForLines(lines: number, fontSize = 11): number {
  return Math.min(409, Math.ceil(lines * fontSize * 1.28 + 2));
}

/** The height a row of values needs, given which columns wrap and their widths. Undefined = the default height. */
export function rowHeightFor(
  values: readonly unknown[],
  widths: readonly number[],
  wraps: readonly boolean[],
  fontSize = 11,
): number | undefined {
  let lines = 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (wraps[i] && typeof v === "string" && v.length > 0) lines = Math.max(lines, wrappedLines(v, widths[i], fontSize));
  }
  return lines > 1 ? heightForLines(lines, fontSize) : undefined;
}

/** Sizes the rows of a small sheet written cell by cell (read-me, dashboard, methodology); merged rows keep their own height. */
export function fitRowHeights(sheet: RegisterSheet, fromRow: number, toRow: number): void {
  for (let r = fromRow; r <= toRow; r++) {
    const row = sheet.getRow(r);
    if (row.height) continue;
    let lines = 1;
    let size = 11;
    row.eachCell((cell, c) => {
      if (cell.isMerged || !cell.alignment?.wrapText || typeof cell.value !== "string") return;
      size = Math.max(size, cell.font?.size ?? 11);
      lines = Math.max(lines, wrappedLines(cell.value, sheet.getColumn(c).width ?? 9, cell.font?.size ?? 11));
    });
    if (lines > 1) row.height = heightForLines(lines, size);
  }
}
