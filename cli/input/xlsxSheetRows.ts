import parseSax from "exceljs/lib/utils/parse-sax";
import { excelToDate, isDateFmt } from "exceljs/lib/utils/utils";
import { excelErrorCell, missingTextCell, unsavedFormulaCell } from "../../core";
import type { TableRow } from "./tableRow";

/** What the sheet parser needs from exceljs's streaming WorkbookReader (shared strings, styles, date system). */
export interface BookParts {
  sharedStrings?: unknown[];
  styles?: { getStyleModel(id: number): { numFmt?: string } | null };
  properties?: { model?: { date1904?: boolean } };
}

/** The widest row a sheet may have (Excel's XFD); `limit.width` narrows it once the header is known. */
export const MAX_COLUMNS = 16384;

interface CellState {
  col: number;
  type: string | undefined;
  style: number;
  formula?: string;
  value?: string;
  inline?: string;
}

/**
 * The sheet's XML as text, decoded as a stream: exceljs's sax helper decodes each chunk on its
 * own, which turns a character split across two chunks ("ü" in "Türkiye") into two U+FFFD.
 */
async function* decoded(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) yield typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** "XFD12" -> 16384; 0 when the reference is missing. */
function columnOf(ref: string | undefined): number {
  if (!ref) return 0;
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

function richText(v: unknown): unknown {
  const o = v as { richText?: Array<{ text: string }> } | undefined;
  return o && Array.isArray(o.richText) ? o.richText.map((t) => t.text).join("") : v;
}

/**
 * Reads one worksheet's XML in batches of rows (as the parser hands them over), keeping only the cells that hold something (exceljs's own
 * row objects walk every column up to the last one used, which makes a stray cell in column XFD
 * cost sixteen thousand steps per row). Formula cells give their saved result; Excel errors and
 * formulas saved without a result become CellProblems, so the row is reported, not read as blank.
 */
export async function* xlsxSheetRows(
  iterator: AsyncIterable<unknown>,
  book: BookParts,
  limit: { width: number },
): AsyncGenerator<TableRow[]> {
  const shared = book.sharedStrings;
  const date1904 = book.properties?.model?.date1904 === true;
  const dateStyles = new Map<number, boolean>();
  const isDate = (s: number) => {
    let d = dateStyles.get(s);
    if (d === undefined) {
      d = isDateFmt(book.styles?.getStyleModel(s)?.numFmt);
      dateStyles.set(s, d);
    }
    return d;
  };
  const valueOf = (c: CellState): unknown => {
    if (c.type === "e") return excelErrorCell(c.value ?? c.inline ?? "#VALUE!");
    if (c.formula !== undefined && c.value === undefined) return unsavedFormulaCell(c.formula);
    if (c.value === undefined) return c.inline ?? null;
    switch (c.type) {
      case "s": {
        // A text the workbook does not hold is a problem on the row, never a blank (which can read as "none").
        const i = Number(c.value);
        if (!shared || !(i >= 0 && i < shared.length)) return missingTextCell(c.value);
        return richText(shared[i]) ?? null;
      }
      case "str":
      case "inlineStr":
        return c.value;
      case "b":
        return c.value === "1" || c.value === "true";
      case "d":
        return new Date(c.value);
      default: {
        if (c.value.trim() === "") return null;
        const n = Number(c.value);
        return isDate(c.style) && Number.isFinite(n) ? excelToDate(n, date1904) : n;
      }
    }
  };

  let inData = false;
  let rowNumber = 0;
  let cells: unknown[] | null = null;
  let cell: CellState | null = null;
  let text: "formula" | "value" | "inline" | null = null;
  let inInline = false;
  for await (const events of parseSax(decoded(iterator))) {
    const ready: TableRow[] = [];
    for (const ev of events) {
      if (ev.eventType === "text") {
        if (cell && text) {
          if (text === "formula") cell.formula = (cell.formula ?? "") + ev.value;
          else if (text === "value") cell.value = (cell.value ?? "") + ev.value;
          else cell.inline = (cell.inline ?? "") + ev.value;
        }
      } else if (ev.eventType === "opentag") {
        const { name, attributes } = ev.value;
        if (name === "sheetData") inData = true;
        else if (!inData) continue;
        else if (name === "row") {
          rowNumber = attributes.r ? parseInt(attributes.r, 10) : rowNumber + 1;
          cells = [];
        } else if (name === "c" && cells) {
          cell = { col: columnOf(attributes.r) || cells.length + 1, type: attributes.t, style: parseInt(attributes.s ?? "0", 10) };
        } else if (cell) {
          if (name === "f") {
            cell.formula ??= "";
            text = "formula";
          } else if (name === "v") {
            cell.value ??= "";
            text = "value";
          } else if (name === "is") inInline = true;
          else if (name === "t" && inInline) {
            cell.inline ??= "";
            text = "inline";
          }
        }
      } else {
        const name = ev.value.name;
        if (name === "sheetData") inData = false;
        else if (name === "f" || name === "v" || name === "t") text = null;
        else if (name === "is") inInline = false;
        else if (name === "c" && cell && cells) {
          if (cell.col <= limit.width && cell.col <= MAX_COLUMNS) {
            const v = valueOf(cell);
            if (v !== null && v !== "") cells[cell.col - 1] = v;
          }
          cell = null;
        } else if (name === "row" && cells) {
          ready.push({ number: rowNumber, cells });
          cells = null;
        }
      }
    }
    if (ready.length) yield ready;
  }
}
