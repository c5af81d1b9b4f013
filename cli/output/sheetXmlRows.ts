import type { CellValue, Style } from "exceljs";
import { addRowWithExcelJs, columnLetter, excelJsRows, type RegisterSheet, type SheetRows, type SheetRowsFor } from "../../core";
import { streamedSheet, type StreamedSheet } from "./streamedSheet";
import { xmlText } from "./xmlText";

/** exceljs's cell types (its ValueType), which decide a style id when a style has no number format. */
const NUMBER = 2;
const STRING = 3;
const DATE = 4;

/** Rows carry no style of their own: the id exceljs gives an empty row style. */
const ROW_STYLE: Partial<Style> = {};

/** Sheet XML is encoded into blocks of this size and handed to the sheet's stream a block at a time. */
const BLOCK = 1 << 20;

function cellTypeOf(v: unknown): number | undefined {
  if (typeof v === "string") return STRING;
  if (typeof v === "number") return NUMBER;
  if (v instanceof Date) return DATE;
  return undefined;
}

/** Column letters by 1-based column number, kept: every cell of every row names its column. */
const letters: string[] = [];
const letterOf = (col: number): string => (letters[col] ??= columnLetter(col - 1));

/** Excel's serial day number for a date, as exceljs computes it (1900 date system). */
const excelSerial = (d: Date) => 25569 + d.getTime() / (24 * 3600 * 1000);

/** Style ids as exceljs gives them: by style object (its first cell's type decides a missing number format). */
function styleIds(direct: StreamedSheet) {
  const ids = new Map<Partial<Style>, number>();
  // A cell without a style gets the id of an empty one, which depends on its type (a date's default format).
  const unstyled: number[] = [];
  return (style: Partial<Style> | undefined, type: number): number => {
    if (!style) return (unstyled[type] ??= direct.styleId({}, type));
    let id = direct.cachesStyles ? ids.get(style) : undefined;
    if (id === undefined) {
      id = direct.styleId(style, type);
      if (direct.cachesStyles) ids.set(style, id);
    }
    return id;
  };
}

/** Sheet XML encoded as UTF-8 into large blocks, each written to the sheet's stream when full. */
function xmlBlocks(direct: StreamedSheet) {
  let block = Buffer.allocUnsafe(BLOCK);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    direct.write(block.subarray(0, used));
    // The stream copies what it is given, so a block could be reused; a new one keeps that an assumption no one relies on.
    block = Buffer.allocUnsafe(BLOCK);
    used = 0;
  };
  return {
    add(xml: string) {
      // Three bytes a UTF-16 unit at most.
      if (used + xml.length * 3 > BLOCK) {
        flush();
        if (xml.length * 3 > BLOCK) return direct.write(Buffer.from(xml, "utf8"));
      }
      used += block.write(xml, used, "utf8");
    },
    flush,
  };
}

/** One row's XML exactly as exceljs 4.4 renders it: `<row r ht customHeight spans s customFormat x14ac:dyDescent>` then its cells. */
function rowXml(
  n: number,
  values: readonly CellValue[],
  styles: readonly (Partial<Style> | undefined)[],
  height: number | undefined,
  rowStyle: number,
  styleId: (style: Partial<Style> | undefined, type: number) => number,
): string | undefined {
  let cells = "";
  let min = 0;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    const type = cellTypeOf(v);
    if (type === undefined) return undefined;
    const s = styleId(styles[i], type);
    const col = i + 1;
    if (!min) min = col;
    max = col;
    const attrs = s ? ` r="${letterOf(col)}${n}" s="${s}"` : ` r="${letterOf(col)}${n}"`;
    if (type === STRING) cells += `<c${attrs} t="str"><v>${xmlText(v as string)}</v></c>`;
    else cells += `<c${attrs}><v>${type === DATE ? excelSerial(v as Date) : (v as number)}</v></c>`;
  }
  return (
    `<row r="${n}"` +
    (height ? ` ht="${height}" customHeight="1"` : "") +
    (min ? ` spans="${min}:${max}"` : "") +
    (rowStyle ? ` s="${rowStyle}" customFormat="1"` : "") +
    ` x14ac:dyDescent="0.25"` +
    (cells ? `>${cells}</row>` : "/>")
  );
}

/**
 * Rows for a sheet of exceljs's streaming writer, written as sheet XML here: the same markup and
 * style ids exceljs writes (byte for byte: test/register/sheetRows.test.ts compares the two),
 * encoded straight into large blocks. exceljs's own path builds a row object, a cell object and
 * an XML node list per value, which was most of a large register's time. Any other sheet, and a
 * row with a value other than text, a number or a date, goes through exceljs.
 */
export const sheetXmlRows: SheetRowsFor = (sheet: RegisterSheet): SheetRows => {
  const direct = streamedSheet(sheet);
  if (!direct) return excelJsRows(sheet);
  const styleId = styleIds(direct);
  const out = xmlBlocks(direct);
  let rowStyle: number | undefined;
  let next: number | undefined;
  const viaExcelJs = (n: number, values: readonly CellValue[], styles: readonly (Partial<Style> | undefined)[], height?: number) => {
    out.flush();
    direct.setNextRow(n);
    addRowWithExcelJs(sheet, values, styles, height);
  };
  return {
    add(values, styles, height) {
      // The first row of a sheet without a header goes through exceljs, which opens the sheet's data.
      next ??= direct.start();
      if (next === undefined) return addRowWithExcelJs(sheet, values, styles, height);
      const n = next++;
      direct.setNextRow(next);
      // exceljs writes no row without a value or a height, and numbers styles in the order it meets them: the row's first.
      if (!height && !values.some((v) => v !== undefined)) return;
      rowStyle ??= direct.styleId(ROW_STYLE, NUMBER);
      const xml = rowXml(n, values, styles, height, rowStyle, styleId);
      if (xml === undefined) viaExcelJs(n, values, styles, height);
      else out.add(xml);
    },
    flush: out.flush,
  };
};
