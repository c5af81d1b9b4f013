import type { DataValidation, Workbook, Worksheet } from "exceljs";

/**
 * The part of an exceljs workbook the register builder uses. Both the in-memory `Workbook`
 * (browser) and the streaming `stream.xlsx.WorkbookWriter` (Node) fit; the caller creates it
 * and writes it out (`writeBuffer()` or `commit()`), so core never touches files.
 * Type-only import: core does not load exceljs at run time.
 */
export type RegisterBook = Pick<
  Workbook,
  | "addWorksheet"
  | "creator"
  | "lastModifiedBy"
  | "created"
  | "modified"
  | "title"
  | "subject"
  | "keywords"
  | "category"
  | "description"
  | "company"
>;

/** exceljs keeps range validations (one rule for "AB2:AB10001") in `dataValidations`; its typings omit it. */
export type RegisterSheet = Worksheet & { dataValidations: { add(address: string, validation: DataValidation): void } };

/**
 * Finishes a sheet. A streaming worksheet must be committed to be written (and to free its rows);
 * an in-memory worksheet has no commit at run time, although the typings declare one.
 */
export function finishSheet(sheet: RegisterSheet): void {
  const commit = (sheet as { commit?: () => void }).commit;
  if (typeof commit === "function") commit.call(sheet);
}
