import type { RegisterSheet } from "../registerBook";

/** Printable height of A4 landscape with the register's margins (0.75 in top, 0.6 in bottom), in points. */
const A4_LANDSCAPE_PRINTABLE_PT = (8.27 - 0.75 - 0.6) * 72;
/** Printable width of A4 landscape with 0.4 in side margins, in points; a character of width is about 7 px (5.25 pt). */
const A4_LANDSCAPE_WIDTH_PT = (11.69 - 0.8) * 72;
const DEFAULT_ROW_PT = 15;
/** A table header is kept on the same page as its title and this many data rows. */
const KEEP_ROWS = 2;

/** The print scale (percent) that fits these column widths across A4 landscape. */
export function scaleToFitWidth(widths: readonly number[]): number {
  const points = widths.reduce((n, w) => n + w * 5.25 + 3.75, 0);
  return Math.max(10, Math.min(100, Math.floor((A4_LANDSCAPE_WIDTH_PT / points) * 100)));
}

function isTableHeader(sheet: RegisterSheet, r: number, headerFill: string): boolean {
  const row = sheet.getRow(r);
  for (let c = 1; c <= 3; c++) {
    const fill = row.getCell(c).fill as { fgColor?: { argb?: string } } | undefined;
    if (fill?.fgColor?.argb === headerFill) return true;
  }
  return false;
}

/**
 * Manual page breaks so that no table header (nor the title above it) is left alone at the foot
 * of a printed page: when a header and its first rows would cross the page end, the page breaks
 * before the title. Rows are measured at the sheet's print scale.
 */
export function keepTablesTogether(sheet: RegisterSheet, lastRow: number, scale: number, headerFill = "FFD9E1F2"): number[] {
  const page = A4_LANDSCAPE_PRINTABLE_PT / (scale / 100);
  const height = (r: number) => sheet.getRow(r).height || DEFAULT_ROW_PT;
  const breaks: number[] = [];
  let used = 0;
  for (let r = 1; r <= lastRow; r++) {
    if (isTableHeader(sheet, r, headerFill) && !isTableHeader(sheet, r - 1, headerFill)) {
      const start = r > 1 && sheet.getRow(r - 1).getCell(1).value ? r - 1 : r;
      let block = 0;
      for (let k = start; k <= Math.min(lastRow, r + KEEP_ROWS); k++) block += height(k);
      const before = start < r ? height(start) : 0;
      if (used - before + block > page && used - before > 0) {
        sheet.getRow(start - 1).addPageBreak();
        breaks.push(start - 1);
        used = 0;
        for (let k = start; k < r; k++) used += height(k);
      }
    }
    used += height(r);
    if (used > page) used = height(r);
  }
  return breaks;
}
