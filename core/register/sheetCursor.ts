import type { CellValue, Style } from "exceljs";
import type { RegisterSheet } from "./registerBook";
import { headerStyle, sectionStyle } from "./registerStyle";

const TOP: Partial<Style> = { alignment: { vertical: "top" } };

export type Cell = CellValue | { value: CellValue; style: Partial<Style> };

/**
 * Writes a small sheet top to bottom (read-me, dashboard, methodology). Rows stay open until
 * the sheet is finished, so side-by-side blocks may go back up a few rows.
 */
export class SheetCursor {
  row = 1;
  constructor(readonly sheet: RegisterSheet) {}

  put(row: number, col: number, cell: Cell, style?: Partial<Style>): void {
    const target = this.sheet.getCell(row, col);
    if (cell === "") cell = null;
    if (cell !== null && typeof cell === "object" && "style" in cell && "value" in cell && !(cell instanceof Date)) {
      target.value = cell.value === "" ? null : cell.value;
      target.style = { ...(style ?? {}), ...cell.style };
    } else {
      target.value = cell as CellValue;
      // Plain values sit at the top of their row, level with wrapped text beside them.
      target.style = style ?? TOP;
    }
  }

  /** Writes cells from column `col` on the current row and moves to the next row. */
  line(cells: Cell[], style?: Partial<Style>, col = 1): number {
    cells.forEach((c, i) => this.put(this.row, col + i, c, style));
    return this.row++;
  }

  section(title: string, col = 1): number {
    this.put(this.row, col, title, sectionStyle);
    return this.row++;
  }

  header(titles: string[], col = 1): number {
    return this.line(titles, headerStyle, col);
  }

  skip(n = 1): void {
    this.row += n;
  }
}
