import type { Profile } from "../methodology/profileSchema";
import type { DataProvenance, ScoredRow } from "../model/types";
import type { RestrictionRow } from "../reference/referenceTypes";
import type { ReviewLookup } from "../reviews/reviewLookup";
import type { RegisterLifecycle } from "./lifecycle/registerLifecycle";
import type { ColumnReport } from "../intake/describeColumns";
import type { SheetRowsFor } from "./sheetRows";
import type { LineSpool } from "./lineSpool";

/** Everything a board risk register is built from: plain data, so the browser and Node build the same workbook. */
export interface RegisterInput {
  /** Shown on every sheet, in the print header and in the document properties. */
  title: string;
  /** YYYY-MM-DD. The register's date: used in cells, print headers and document properties (never the clock). */
  asOf: string;
  /** Where the deals came from, for the read-me (a file name, and the sheet when it was a workbook). */
  source?: { file: string; sheet?: string };
  /** One entry per input data row, scored or not, in input order (core/intake/scoreTable results). */
  results: readonly ScoredRow[];
  /** Reference data used by the scoring (WGI figures, restriction table, ...). */
  provenance: readonly DataProvenance[];
  profile: Profile;
  /** Where the methodology profile came from: a file name, or omitted for the shipped default. */
  methodologySource?: string;
  /**
   * Present only when restricted-party lists were loaded: the list files screened (source, date, hash).
   * The per-deal results are in each assessment's `screening`.
   */
  screening?: { lists: readonly DataProvenance[] };
  /** A country's name from its ISO alpha-2 code (partner countries are stored as codes). */
  countryName?: (alpha2: string) => string | undefined;
  /** Name and version of the program that made the file, e.g. "export-risk 0.1.0". */
  generator?: string;
  /** Every restrictions row recorded for a country, whatever its dates: part of each deal's fingerprint (core/reviews). */
  restrictionsFor?: (alpha2: string) => readonly RestrictionRow[];
  /** Each deal's sign-off, when decision records were given (core/reviews); its owner and review columns come from it. */
  reviews?: ReviewLookup;
  /** The register's extras from core/reviews and core/register/lifecycle: audit line, previous register, fx rates. */
  lifecycle?: RegisterLifecycle;
  /** The input's columns, recognised and not read, for the Read me. */
  columns?: ColumnReport;
}

/** Everything but the rows: what a register streamed row by row starts from. */
export type RegisterMeta = Omit<RegisterInput, "results">;

export interface RegisterOptions {
  /**
   * Called every `pauseEvery` register rows so a streaming writer can flush to disk
   * (Node passes a setImmediate promise). Omit for an in-memory workbook.
   */
  pause?: () => Promise<void>;
  pauseEvery?: number;
  /** How the big sheets (Register, Partners, Snapshot) write their rows: exceljs's own way unless given. */
  rows?: SheetRowsFor;
  /** Rows per sheet before a list continues on the next sheet: Excel's 1,048,576 unless given (tests give fewer). */
  rowLimit?: number;
  /**
   * Where lines gathered row by row wait until their sheet is written at the end (Snapshot, Input
   * errors, screened Partners): one spool per call, in memory unless given. The command line passes
   * temporary files, so a register holds nothing per deal however many rows it has.
   */
  spool?: () => LineSpool;
}

/** What was written, for the caller's message and for tests. */
export interface RegisterSummary {
  sheets: string[];
  deals: number;
  scored: number;
  errors: number;
  /** The Register sheets written: more than one when the deals run past Excel's rows per sheet. */
  registerSheets: string[];
  /** The other lists (Partners, Input errors, Changes) that ran past one sheet: the sheets each is written on. */
  continued: string[][];
}
