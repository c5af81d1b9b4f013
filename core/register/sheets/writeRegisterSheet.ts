import type { Style } from "exceljs";
import type { Profile } from "../../methodology/profileSchema";
import type { BandId, DecisionId, ScoredRow } from "../../model/types";
import { openSheet } from "../openSheet";
import type { RegisterBook } from "../registerBook";
import { finishSheet } from "../registerBook";
import { columnIndex, numFmtFor, registerColumns, registerRowValues, wrapsText } from "../registerColumns";
import { rowHeightFor } from "../rowHeight";
import { excelJsRows, type SheetRowsFor } from "../sheetRows";
import type { RegisterInput, RegisterMeta, RegisterOptions } from "../registerInput";
import { registerLabels } from "../registerLabels";
import { bandColours, decisionColours, dxfFill, fontColour, headerStyle, ownerHeaderStyle, top, wrapTop } from "../registerStyle";

export const REGISTER_SHEET = "Register";
const BODY_FONT = 10;

const columnLetter = (n: number): string => {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const formulaText = (label: string) => `"${label.replace(/"/g, '""')}"`;

function columnStyle(kind: (typeof registerColumns)[number]["kind"]): Partial<Style> {
  const numFmt = numFmtFor[kind];
  const alignment = wrapsText(kind) ? wrapTop : kind === "integer" || kind === "band" ? { ...top, horizontal: "center" as const } : top;
  const font = { size: BODY_FONT };
  return numFmt ? { numFmt, alignment, font } : { alignment, font };
}

/** Band and decision colours as conditional formats: they follow a value when a user re-sorts or edits. */
function addColours(sheet: ReturnType<typeof openSheet>, last: number, profile: Profile) {
  const labels = registerLabels(profile);
  let priority = 1;
  const range = (header: string) => {
    const c = columnLetter(columnIndex(header));
    return `${c}2:${c}${last}`;
  };
  const rule = (text: string, colours: { fill: string; font: string }) => ({
    type: "cellIs" as const,
    operator: "equal" as const,
    formulae: [formulaText(text)],
    priority: priority++,
    style: { fill: dxfFill(colours.fill), font: fontColour(colours.font, true) },
  });
  for (const header of ["Inherent band", "Residual band"]) {
    sheet.addConditionalFormatting({
      ref: range(header),
      rules: (Object.keys(bandColours) as BandId[]).map((b) => rule(labels.band(b), bandColours[b])),
    });
  }
  for (const header of ["Inherent score", "Residual score"]) {
    sheet.addConditionalFormatting({
      ref: range(header),
      rules: profile.bands.map((b) => ({
        type: "cellIs" as const,
        operator: "between" as const,
        formulae: [b.min, b.max],
        priority: priority++,
        style: { fill: dxfFill(bandColours[b.id].fill), font: fontColour(bandColours[b.id].font) },
      })),
    });
  }
  sheet.addConditionalFormatting({
    ref: range("Decision"),
    rules: (Object.keys(decisionColours) as DecisionId[]).map((d) => rule(labels.decision(d), decisionColours[d])),
  });
}

/** Drop-down lists and date checks on the owner's columns, over the data rows only. */
function addValidations(sheet: ReturnType<typeof openSheet>, last: number) {
  registerColumns.forEach((col, i) => {
    if (!col.owner) return;
    const c = columnLetter(i + 1);
    const ref = `${c}2:${c}${last}`;
    if (col.choices) {
      sheet.dataValidations.add(ref, {
        type: "list",
        allowBlank: true,
        formulae: [`"${col.choices.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: col.header,
        error: `Choose one of: ${col.choices.join(", ")}.`,
      });
    } else if (col.kind === "date") {
      sheet.dataValidations.add(ref, {
        type: "date",
        operator: "greaterThan",
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: col.header,
        error: "Enter a date (YYYY-MM-DD) after 2000-01-01.",
      });
    }
  });
}

/** Rows a worksheet holds (Excel's limit), header included. */
export const SHEET_ROW_LIMIT = 1_048_576;

/** A Register sheet being written row by row. */
export interface RegisterSheetWriter {
  readonly name: string;
  /** Writes one scored deal; false when the sheet is full (the caller opens the next one). */
  add(r: ScoredRow & { status: "ok" }): boolean;
  /** Adds the filter, colours and drop-downs over the rows written, and commits the sheet. */
  finish(): number;
}

/**
 * Opens a Register sheet: one row per scored deal, committed as it goes (streaming). `name` is
 * "Register", or "Register (2)" and so on when the deals run past one sheet's rows.
 */
export function openRegisterSheet(
  book: RegisterBook,
  input: RegisterMeta,
  name = REGISTER_SHEET,
  rowLimit = SHEET_ROW_LIMIT,
  rowsFor: SheetRowsFor = excelJsRows,
): RegisterSheetWriter {
  const sheet = openSheet(book, {
    name,
    title: input.title,
    asOf: input.asOf,
    widths: registerColumns.map((c) => c.width),
    headerRows: 1,
    frozenColumns: 2,
    tabColour: "1F3864",
    paper: "A3",
  });
  // One style object per column, given to every cell: exceljs caches a style's id by object
  // identity, so shared objects skip its per-cell style serialisation (the bulk of the styling cost).
  const styles = registerColumns.map((c) => columnStyle(c.kind));
  styles.forEach((style, i) => {
    sheet.getColumn(i + 1).style = style;
  });
  const header = sheet.addRow(registerColumns.map((c) => c.header));
  header.height = 40;
  registerColumns.forEach((c, i) => {
    const style = c.owner ? ownerHeaderStyle : headerStyle;
    header.getCell(i + 1).style = { ...style, font: { ...style.font, size: BODY_FONT } };
  });
  header.commit();

  const labels = registerLabels(input.profile);
  const screened = input.screening !== undefined;
  const widths = registerColumns.map((c) => c.width);
  const wraps = registerColumns.map((c) => wrapsText(c.kind));
  const rows = rowsFor(sheet);
  let written = 0;
  return {
    name,
    add(r) {
      if (written + 1 >= rowLimit) return false;
      const values = registerRowValues(r.row, r.deal, r.assessment, labels, input.profile, screened, input.reviews?.(r));
      rows.add(values, styles, rowHeightFor(values, widths, wraps, BODY_FONT));
      written++;
      return true;
    },
    finish() {
      rows.flush();
      const last = written + 1;
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(last, 1), column: registerColumns.length } };
      if (written > 0) {
        addColours(sheet, last, input.profile);
        addValidations(sheet, last);
      } else {
        sheet.addRow(["No deal could be scored: see the Input errors sheet."]).commit();
      }
      finishSheet(sheet);
      return written;
    },
  };
}

/** The register itself: one row per scored deal, in input order (whole-table callers; see openRegisterSheet). */
export async function writeRegisterSheet(book: RegisterBook, input: RegisterInput, options: RegisterOptions): Promise<number> {
  const sheet = openRegisterSheet(book, input, REGISTER_SHEET, SHEET_ROW_LIMIT, options.rows);
  const pauseEvery = options.pauseEvery ?? 2000;
  let written = 0;
  for (const r of input.results as ScoredRow[]) {
    if (r.status !== "ok") continue;
    sheet.add(r);
    written++;
    if (options.pause && written % pauseEvery === 0) await options.pause();
  }
  return sheet.finish();
}

export { columnLetter };
