import type { RegisterBook } from "./registerBook";
import type { RegisterInput, RegisterOptions, RegisterSummary } from "./registerInput";
import { isoDate } from "./cellText";
import { summariseRegister } from "./summariseRegister";
import { writeDashboard, DASHBOARD_SHEET } from "./sheets/writeDashboard";
import { writeInputErrors, INPUT_ERRORS_SHEET } from "./sheets/writeInputErrors";
import { writeMethodology, METHODOLOGY_SHEET } from "./sheets/writeMethodology";
import { writePartners, PARTNERS_SHEET } from "./sheets/writePartners";
import { writeReadMe, READ_ME_SHEET } from "./sheets/writeReadMe";
import { writeReferenceData, REFERENCE_SHEET } from "./sheets/writeReferenceData";
import { writeRegisterSheet, REGISTER_SHEET } from "./sheets/writeRegisterSheet";
import { profileTag } from "../methodology/loadProfile";
import { writeLifecycleSheets } from "./lifecycle/writeLifecycleSheets";
import { SNAPSHOT_SHEET } from "./lifecycle/writeSnapshotSheet";

export const REGISTER_SHEETS = [
  READ_ME_SHEET,
  DASHBOARD_SHEET,
  REGISTER_SHEET,
  PARTNERS_SHEET,
  METHODOLOGY_SHEET,
  REFERENCE_SHEET,
  INPUT_ERRORS_SHEET,
  // Changes (only with a previous register) comes before it.
  SNAPSHOT_SHEET,
];

/**
 * Writes the board risk register into `book` (an exceljs Workbook or streaming WorkbookWriter)
 * and commits each sheet; the caller writes the workbook out. Sheets are written in order, each
 * finished before the next starts, so a streaming writer never holds more than one sheet's rows.
 * Nothing depends on the clock: the same input and as-of date give the same cells.
 */
export async function buildRegister(book: RegisterBook, input: RegisterInput, options: RegisterOptions = {}): Promise<RegisterSummary> {
  const asOf = isoDate(input.asOf);
  if (!asOf) throw new Error(`The as-of date '${input.asOf}' is not a date: use YYYY-MM-DD.`);
  book.creator = input.generator ?? "export-risk";
  book.lastModifiedBy = input.generator ?? "export-risk";
  book.created = asOf;
  book.modified = asOf;
  book.title = input.title;
  book.subject = `Board risk register of cyber security export deals, as of ${input.asOf}`;
  book.keywords = `export risk; human rights; cyber security; ${profileTag(input.profile)}`;
  book.category = "Risk register";
  book.description = `Scored with the methodology profile ${profileTag(input.profile)}.`;

  const figures = summariseRegister(input.results, input.countryName);
  writeReadMe(book, input, figures);
  writeDashboard(book, input, figures);
  await writeRegisterSheet(book, input, options);
  writePartners(book, input);
  writeMethodology(book, input);
  writeReferenceData(book, input, figures);
  writeInputErrors(book, input);
  const lifecycleSheets = writeLifecycleSheets(book, input);
  return {
    sheets: [...REGISTER_SHEETS.filter((s) => s !== SNAPSHOT_SHEET), ...lifecycleSheets],
    deals: figures.rows,
    scored: figures.scored,
    errors: figures.errors,
  };
}
