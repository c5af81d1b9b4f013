import type { CellValue, Style } from "exceljs";
import type { RegisterSheet } from "./registerBook";
import { streamedSheet } from "./streamedSheet";
import { xmlText } from "./xmlText";

/**
 * Writes the many rows of a big sheet (Register, Partners, Snapshot), each cell with its
 * column's shared style object. `flush` before the sheet is finished or anything else is added
 * to it, and at a pause so the rows reach the file.
 */
export interface SheetRows {
  add(values: readonly CellValue[], styles: readonly (Partial<Style> | undefined)[], height?: number): void;
  flush(): void;
}

/** Rows carry no style of their own; one shared object lets exceljs reuse its style id. */
const ROW_STYLE: Partial<Style> = {};

/** exceljs's cell types (ValueType), which decide a style id when a style has no number format. */
const NUMBER = 2;
const STRING = 3;
const DATE = 4;

/** Sheet XML gathered before it is handed to the sheet's stream in one write. */
const BATCH = 256 * 1024;

function cellTypeOf(v: unknown): number | undefined {
  if (typeof v === "string") return STRING;
  if (typeof v === "number") return NUMBER;
  if (v instanceof Date) return DATE;
  return undefined;
}

/** What exceljs does for every row, kept for the in-memory workbook and for values the direct path does not write. */
function addWithExcelJs(
  sheet: RegisterSheet,
  values: readonly CellValue[],
  styles: readonly (Partial<Style> | undefined)[],
  height?: number,
) {
  const row = sheet.addRow(values as CellValue[]);
  (row as unknown as { style: object }).style = ROW_STYLE;
  for (let i = 0; i < values.length; i++) if (values[i] !== undefined) row.getCell(i + 1).style = styles[i] as Partial<Style>;
  if (height) row.height = height;
  row.commit();
}

const columnLetters: string[] = [];
function columnLetter(n: number): string {
  let s = columnLetters[n];
  if (s === undefined) {
    s = "";
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    columnLetters[n] = s;
  }
  return s;
}

/** Excel's serial day number for a date, as exceljs computes it (1900 date system). */
const excelSerial = (d: Date) => 25569 + d.getTime() / (24 * 3600 * 1000);

/**
 * Rows for `sheet`. On exceljs's streaming writer the rows' XML is built here, as exceljs itself
 * would write it (the same markup and style ids, byte for byte: a test compares the two), and
 * handed to the sheet's stream in large pieces: exceljs's own path builds a row object, a cell
 * object per value and an XML node list per row, which is most of a large register's time. The
 * in-memory workbook (the add-in) and any value other than text, a number or a date go through
 * exceljs.
 */
export function sheetRows(sheet: RegisterSheet): SheetRows {
  const viaExcelJs: SheetRows = { add: (values, styles, height) => addWithExcelJs(sheet, values, styles, height), flush() {} };
  const direct = streamedSheet(sheet);
  if (!direct) return viaExcelJs;
  const styleIds = new Map<Partial<Style>, number>();
  // A cell without a style gets the id of an empty one, which depends on its type (a date's default format).
  const unstyled: number[] = [];
  const styleId = (style: Partial<Style> | undefined, type: number): number => {
    if (!style) return (unstyled[type] ??= direct.styleId({}, type));
    // exceljs keys a style's id by the style object (its first cell's type decides a missing number format).
    let id = direct.cachesStyles ? styleIds.get(style) : undefined;
    if (id === undefined) {
      id = direct.styleId(style, type);
      if (direct.cachesStyles) styleIds.set(style, id);
    }
    return id;
  };
  let rowStyle: number | undefined;
  let parts: string[] = [];
  let size = 0;
  let next: number | undefined;
  const flush = () => {
    if (size === 0) return;
    direct.write(parts.join(""));
    parts = [];
    size = 0;
  };
  return {
    add(values, styles, height) {
      if (next === undefined) {
        next = direct.start();
        // The first row of a sheet without a header goes through exceljs, which opens the sheet's data.
        if (next === undefined) return addWithExcelJs(sheet, values, styles, height);
      }
      // exceljs writes no row without a value or a height, and numbers styles in the order it meets them: the row's first.
      if (!height && !values.some((v) => v !== undefined)) {
        direct.setNextRow(++next);
        return;
      }
      rowStyle ??= direct.styleId(ROW_STYLE, NUMBER);
      let xml = "";
      let min = 0;
      let max = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v === undefined) continue;
        const type = cellTypeOf(v);
        if (type === undefined) {
          // Anything but text, a number or a date: the whole row through exceljs.
          flush();
          direct.setNextRow(next);
          addWithExcelJs(sheet, values, styles, height);
          direct.setNextRow(++next);
          return;
        }
        const s = styleId(styles[i], type);
        const col = i + 1;
        if (!min) min = col;
        max = col;
        const ref = `${columnLetter(col)}${next}`;
        const attrs = s ? ` r="${ref}" s="${s}"` : ` r="${ref}"`;
        if (type === STRING) xml += `<c${attrs} t="str"><v>${xmlText(v as string)}</v></c>`;
        else xml += `<c${attrs}><v>${type === DATE ? excelSerial(v as Date) : (v as number)}</v></c>`;
      }
      const row =
        `<row r="${next}"` +
        (height ? ` ht="${height}" customHeight="1"` : "") +
        (min ? ` spans="${min}:${max}"` : "") +
        (rowStyle ? ` s="${rowStyle}" customFormat="1"` : "") +
        ` x14ac:dyDescent="0.25"` +
        (xml ? `>${xml}</row>` : "/>");
      parts.push(row);
      size += row.length;
      if (size >= BATCH) flush();
      direct.setNextRow(++next);
    },
    flush,
  };
}
