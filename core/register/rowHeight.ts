import type { RegisterSheet } from "./registerBook";

/**
 * Row heights for wrapped text. Readers differ on sizing rows from their content (LibreOffice
 * keeps the default height), so the register states a height for every row whose text wraps.
 * An estimate: greedy word wrap at a character budget per line, per paragraph.
 */
export function wrappedLines(text: string, width: number, fontSize = 11): number {
  // Column width counts digits of the 11-point default font; running text is a little narrower.
  const perLine = Math.max(1, Math.floor((width * 1.15 * 11) / fontSize) - 1);
  let lines = 1;
  let used = 0; // characters on the current line
  let word = 0; // characters of the word being read
  const place = () => {
    if (word === 0) return;
    const need = used === 0 ? word : used + 1 + word;
    if (need <= perLine) used = need;
    else if (used === 0) {
      // A word longer than a line is broken across lines.
      lines += Math.ceil(word / perLine) - 1;
      used = word % perLine || perLine;
    } else {
      lines++;
      used = Math.min(word, perLine);
      if (word > perLine) lines += Math.ceil(word / perLine) - 1;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      place();
      lines++;
      used = 0;
    } else if (ch === 32) place();
    else word++;
  }
  place();
  return lines;
}

/** Points for `lines` lines of text at `fontSize`; Excel allows at most 409. */
export function heightForLines(lines: number, fontSize = 11): number {
  return Math.min(409, Math.ceil(lines * fontSize * 1.28 + 2));
}

/** The height a row of values needs, given which columns wrap and their widths. Undefined = the default height. */
export function rowHeightFor(values: readonly unknown[], widths: readonly number[], wraps: readonly boolean[], fontSize = 11): number | undefined {
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
