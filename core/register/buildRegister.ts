import type { RegisterBook } from "./registerBook";
import type { ScoredRow } from "../model/types";
import type { RegisterInput, RegisterMeta, RegisterOptions, RegisterSummary } from "./registerInput";
import { isoDate } from "./cellText";
import { createRegisterTally } from "./summariseRegister";
import { writeDashboard, DASHBOARD_SHEET } from "./sheets/writeDashboard";
import { inputErrorLines, writeInputErrors, INPUT_ERRORS_SHEET } from "./sheets/writeInputErrors";
import { writeMethodology, METHODOLOGY_SHEET } from "./sheets/writeMethodology";
import { createPartnerTally, writePartners, PARTNERS_SHEET } from "./sheets/writePartners";
import { writeReadMe, READ_ME_SHEET } from "./sheets/writeReadMe";
import { writeReferenceData, REFERENCE_SHEET } from "./sheets/writeReferenceData";
import { openRegisterSheet, REGISTER_SHEET } from "./sheets/writeRegisterSheet";
import { profileTag } from "../methodology/loadProfile";
import { writeLifecycleSheets } from "./lifecycle/writeLifecycleSheets";
import { SNAPSHOT_SHEET } from "./lifecycle/writeSnapshotSheet";
import { CHANGES_SHEET } from "./lifecycle/writeChangesSheet";
import { memoryLineSpool, spooledRows } from "./lineSpool";
import { registerLabels } from "./registerLabels";
import { createLifecycleTally, keepLifecycleFigures } from "./lifecycle/lifecycleFigures";

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
 * Puts the sheets in the register's tab order. The Register is written first (so its rows stream
 * straight to the file: exceljs's streaming writer starts a sheet's part in the zip when the sheet
 * is added, and a part added earlier but written later would hold every Register row in memory
 * behind it); the Read me and Dashboard, written last, are then moved in front. exceljs keeps tab
 * order in `orderNo` (in-memory Workbook) or in its `_worksheets` array (streaming writer).
 */
function orderSheets(book: RegisterBook, order: string[]): void {
  const internal = book as unknown as { _worksheets?: Array<{ name: string; orderNo?: number } | undefined> };
  const sheets = (internal._worksheets ?? []).filter((w): w is { name: string; orderNo?: number } => w !== undefined);
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  const sorted = sheets.slice().sort((a, b) => rank(a.name) - rank(b.name));
  if (sorted.some((w) => w.orderNo !== undefined)) sorted.forEach((w, i) => (w.orderNo = i + 1));
  else if (internal._worksheets) {
    // Index = position from 1, index 0 left a hole, as exceljs lays the array out.
    const placed: typeof sorted = [];
    sorted.forEach((w, i) => (placed[i + 1] = w));
    internal._worksheets = placed;
  }
}

function describeBook(book: RegisterBook, input: RegisterMeta): void {
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
}

/** A register being built row by row: `add` each scored row in input order, then `finish`. */
export interface RegisterStream {
  /** Returns a promise (to await) every `pauseEvery` rows, so a streaming writer can flush. */
  add(r: ScoredRow): Promise<void> | undefined;
  finish(): Promise<RegisterSummary>;
}

/**
 * Starts a board risk register in `book` (an exceljs Workbook or streaming WorkbookWriter). The
 * Register sheet is written as rows arrive, and continues on "Register (2)"... past Excel's rows
 * per sheet; the dashboard figures and the partner list are gathered on the way (RegisterTally,
 * PartnerTally), and the other sheets are written by `finish`. Nothing depends on the clock.
 */
export function startRegister(book: RegisterBook, input: RegisterMeta, options: RegisterOptions = {}): RegisterStream {
  describeBook(book, input);
  const spool = options.spool ?? memoryLineSpool;
  const tally = createRegisterTally(input.countryName);
  const partners = createPartnerTally(input, spool());
  // The decision-lifecycle figures (snapshot, sign-off, value at stake) are gathered as rows go by
  // too. No row is held: what the Snapshot, Input errors and screened Partners sheets list of each
  // row waits in a spool until its sheet is written.
  const lifecycle = createLifecycleTally(input, spool(), input.lifecycle?.previous ? spool() : undefined);
  const errorLines = spool();
  const decisionLabel = registerLabels(input.profile).decision;
  const registerSheets: string[] = [];
  const open = () => {
    const name = registerSheets.length ? `${REGISTER_SHEET} (${registerSheets.length + 1})` : REGISTER_SHEET;
    registerSheets.push(name);
    return openRegisterSheet(book, input, name, options.rowLimit, options.rows);
  };
  let sheet = open();
  const pauseEvery = options.pauseEvery ?? 2000;
  let added = 0;
  return {
    add(r) {
      tally.add(r);
      partners.add(r);
      lifecycle.add(r);
      if (r.status === "error") for (const line of inputErrorLines(r, decisionLabel)) errorLines.add(JSON.stringify(line));
      if (r.status === "ok" && !sheet.add(r)) {
        sheet.finish();
        sheet = open();
        sheet.add(r);
      }
      return options.pause && ++added % pauseEvery === 0 ? options.pause() : undefined;
    },
    async finish() {
      sheet.finish();
      // The sheets' order in the workbook is set at the end: the lists are written first, so the
      // Read me can name every sheet a list continues on.
      const rest = { ...input, results: [] };
      keepLifecycleFigures(rest, lifecycle.figures());
      const partnerSheets = await writePartners(book, rest, partners, options);
      const errorSheets = await writeInputErrors(book, rest, spooledRows(errorLines), options);
      const continued = [partnerSheets, errorSheets].filter((names) => names.length > 1);
      const figures = { ...tally.figures(), registerSheets, continued };
      writeReadMe(book, rest, figures);
      writeDashboard(book, rest, figures);
      writeMethodology(book, rest);
      writeReferenceData(book, rest, figures);
      const lifecycleSheets = await writeLifecycleSheets(book, rest, options);
      const changes = lifecycleSheets.filter((n) => n === CHANGES_SHEET || n.startsWith(`${CHANGES_SHEET} (`));
      if (changes.length > 1) continued.push(changes);
      const named: Record<string, string[]> = {
        [REGISTER_SHEET]: registerSheets,
        [PARTNERS_SHEET]: partnerSheets,
        [INPUT_ERRORS_SHEET]: errorSheets,
      };
      const sheets = [...REGISTER_SHEETS.filter((s) => s !== SNAPSHOT_SHEET).flatMap((s) => named[s] ?? [s]), ...lifecycleSheets];
      orderSheets(book, sheets);
      return { sheets, deals: figures.rows, scored: figures.scored, errors: figures.errors, registerSheets, continued };
    },
  };
}

/**
 * Writes the board risk register for a whole table into `book` and commits each sheet; the
 * caller writes the workbook out. The same path as the streaming command line (startRegister).
 */
export async function buildRegister(book: RegisterBook, input: RegisterInput, options: RegisterOptions = {}): Promise<RegisterSummary> {
  const { results, ...meta } = input;
  const register = startRegister(book, meta, options);
  for (const r of results) await register.add(r);
  return register.finish();
}
