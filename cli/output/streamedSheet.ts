import type { Style } from "exceljs";
import type { RegisterSheet } from "../../core";

/** The parts of exceljs 4's streaming WorksheetWriter that rows written as XML rely on. */
interface WorksheetWriterInternals {
  _rows: unknown[] | null;
  _rowZero: number;
  startedData: boolean;
  committed: boolean;
  lastRow?: { commit(): void };
  stream: { write(data: Buffer): unknown };
  workbook: { styles: { addStyleModel(style: Partial<Style>, cellType?: number): number; weakMap?: WeakMap<object, number> } };
}

/** What sheetRows needs of a streamed sheet to write rows as XML itself. */
export interface StreamedSheet {
  /**
   * Commits the rows exceljs still holds (the header, notices) and returns the number of the next
   * row; undefined when exceljs has not opened the sheet's data (no row written yet).
   */
  start(): number | undefined;
  /** Keeps exceljs's count of rows in step, so a row it adds later gets the right number. */
  setNextRow(n: number): void;
  /** Appends sheet-data XML (UTF-8) to the sheet's part of the file. */
  write(xml: Buffer): void;
  /** The workbook's style id for a style object, registered as exceljs does for a cell of that type. */
  styleId(style: Partial<Style>, cellType: number): number;
  /** True when exceljs gives a style object one id whatever cell it is on (its real style manager; not the mock). */
  cachesStyles: boolean;
}

function isWorksheetWriter(sheet: unknown): sheet is WorksheetWriterInternals {
  const w = sheet as Partial<WorksheetWriterInternals> | undefined;
  return (
    typeof w === "object" &&
    w !== null &&
    Array.isArray(w._rows) &&
    typeof w._rowZero === "number" &&
    typeof w.startedData === "boolean" &&
    w.committed === false &&
    typeof w.stream?.write === "function" &&
    typeof w.workbook?.styles?.addStyleModel === "function"
  );
}

/**
 * The streamed sheet behind `sheet` when it is exceljs's streaming WorksheetWriter (the command
 * line), else undefined (the in-memory Workbook of the add-in, or a writer of another shape).
 */
export function streamedSheet(sheet: RegisterSheet): StreamedSheet | undefined {
  if (!isWorksheetWriter(sheet)) return undefined;
  const w = sheet;
  const styles = w.workbook.styles;
  return {
    start() {
      // Rows exceljs still holds (the header, notices) go first; committing one opens <sheetData>.
      w.lastRow?.commit();
      return w.startedData && w._rows?.length === 0 ? w._rowZero : undefined;
    },
    setNextRow(n) {
      w._rowZero = n;
    },
    write(xml) {
      void w.stream.write(xml);
    },
    styleId: (style, cellType) => styles.addStyleModel(style, cellType),
    cachesStyles: styles.weakMap !== undefined,
  };
}
