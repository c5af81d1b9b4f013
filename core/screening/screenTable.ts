import { cellText, isBlankRow } from "../intake/cellText";
import type { PartyScreener, ScreeningHit } from "../scoring/context";
import { screeningStatus } from "./decisions";
import type { PartyScreenerWithIndex } from "./createScreener";
import type { ExplainedHit } from "./explainHit";
import { findNameColumn, type PartyRole } from "./findNameColumn";

export { findNameColumn };

export interface ScreenedRow {
  /** 1-based row in the table (header = 1). */
  row: number;
  /** Header of the column the name came from ("" for a header-less list of names). */
  column: string;
  name: string;
  country?: string;
  status: "match" | "clear" | "error";
  hits: ScreeningHit[];
  /** Hits between the review floor and the threshold: shown for review, never a match (screeners with screenDetailed). */
  nearMisses?: ExplainedHit[];
  error?: string;
}

/** Hits (explained, when the screener can) and near misses of one name. */
function screenOne(screener: PartyScreener, name: string, country?: string): { hits: ScreeningHit[]; nearMisses?: ExplainedHit[] } {
  const detailed = (screener as Partial<PartyScreenerWithIndex>).screenDetailed;
  return detailed ? detailed.call(screener, name, country) : { hits: screener.screen(name, country) };
}

export interface ScreenedColumn {
  /** 0-based column index and its header. */
  index: number;
  header: string;
  role: PartyRole;
  countryColumn?: string;
}

export interface TableScreening {
  /** Header of the first name column, or "" when the table is a single column of names without a header. */
  nameColumn: string;
  countryColumn?: string;
  /** Every column screened, and why the header row was taken (for the user to check). */
  columns: ScreenedColumn[];
  /** 1-based header row, or 0 when the table has no header. */
  headerRow: number;
  reason: string;
  results: ScreenedRow[];
}

export type TableScreeningResult = { ok: true; screening: TableScreening } | { ok: false; message: string };

/** Screens the rows of one partner table or deal pipeline one at a time (a streaming reader or a whole table). */
export interface RowScreener {
  /** Header of the first name column, or "" when the table is a single column of names without a header. */
  nameColumn: string;
  countryColumn?: string;
  /** Every column screened (for the user to check). */
  columns: ScreenedColumn[];
  /** 0-based index of the header row; -1 for a plain list of names. */
  headerRow: number;
  /** Why the header row and the name columns were taken. */
  reason: string;
  /** One result per non-blank name cell of the row (an error when all are empty); [] for a blank row. `rowNumber` is 1-based. */
  screen(row: readonly unknown[], rowNumber: number): ScreenedRow[];
}

const problemText = (v: unknown) =>
  v !== null && typeof v === "object" && "message" in v && "shown" in v
    ? `${(v as { shown: string }).shown}: ${(v as { message: string }).message}`
    : undefined;

const error = (row: number, column: string, name: string, country: string | undefined, message: string): ScreenedRow => ({
  row,
  column,
  name,
  country,
  status: "error",
  hits: [],
  error: message,
});

function screened(screener: PartyScreener, row: number, column: string, name: string, country: string | undefined): ScreenedRow {
  const { hits, nearMisses } = screenOne(screener, name, country);
  return { row, column, name, country, status: hits.length ? screeningStatus(hits) : "clear", hits, ...(nearMisses ? { nearMisses } : {}) };
}

/**
 * Finds every column of party names in the top rows of a table (by its header: Name, Partner, Reseller,
 * Customer, End user, Company, Entity...; the header is the first non-blank row, so a data row never
 * becomes it) and returns a per-row screener. Top rows of one cell each without a recognised header are
 * taken as a plain list of names; a later row with several cells is then an error (its names would
 * otherwise go unscreened).
 */
export function createRowScreener(
  head: unknown[][],
  screener: PartyScreener,
): { ok: true; rows: RowScreener } | { ok: false; message: string } {
  const found = findNameColumn(head);
  const singleColumn = head.every((r) => (r ?? []).filter((c) => cellText(c).trim() !== "").length <= 1);
  if (!found && !singleColumn) {
    return {
      ok: false,
      message:
        "no column of names found in the first non-blank row - give the column a header such as Name, Partner, Reseller, Customer, End user, Company or Entity",
    };
  }
  const headerRow = found ? found.headerRow : -1;
  const header = (i: number) => cellText(head[headerRow]?.[i]).trim();
  const columns: ScreenedColumn[] = found
    ? found.names.map((n) => ({
        index: n.index,
        header: n.header,
        role: n.role,
        ...(n.country >= 0 ? { countryColumn: header(n.country) } : {}),
      }))
    : [];
  const screenListRow = (row: readonly unknown[], rowNumber: number): ScreenedRow[] => {
    const filled = row.filter((c) => cellText(c).trim() !== "");
    if (filled.length > 1)
      return [
        error(
          rowNumber,
          "",
          cellText(filled[0]),
          undefined,
          "this row has several cells, but the table was read as one column of names without a header - give the name column a header such as Name",
        ),
      ];
    const bad = problemText(filled[0]);
    if (bad) return [error(rowNumber, "", "", undefined, `the name cell cannot be read: ${bad}`)];
    return [screened(screener, rowNumber, "", cellText(filled[0]).trim(), undefined)];
  };
  const screenTableRow = (row: readonly unknown[], rowNumber: number): ScreenedRow[] => {
    const out: ScreenedRow[] = [];
    for (const n of found!.names) {
      const cell = row[n.index];
      const country = n.country >= 0 ? cellText(row[n.country]).trim() || undefined : undefined;
      const bad = problemText(cell);
      if (bad) {
        out.push(error(rowNumber, n.header, "", country, `the ${n.header || "name"} cell cannot be read: ${bad}`));
        continue;
      }
      const name = cellText(cell).trim();
      if (name) out.push(screened(screener, rowNumber, n.header, name, country));
    }
    if (out.length === 0) {
      const names = found!.names.map((n) => n.header || "name").join(", ");
      out.push(
        error(
          rowNumber,
          found!.names[0].header,
          "",
          undefined,
          found!.names.length === 1 ? `the ${names} cell is empty` : `the name cells (${names}) are all empty`,
        ),
      );
    }
    return out;
  };
  return {
    ok: true,
    rows: {
      nameColumn: found ? header(found.name) : "",
      countryColumn: found && found.country >= 0 ? header(found.country) : undefined,
      columns,
      headerRow,
      reason: found ? found.reason : "the table is a single column of names without a recognised header",
      screen: (row, rowNumber) => (isBlankRow(row) ? [] : found ? screenTableRow(row, rowNumber) : screenListRow(row, rowNumber)),
    },
  };
}

/**
 * Screens a table of partners or a deal pipeline (2-D cells, as Excel or a CSV gives them): every column
 * of party names, with the Country column read beside it; a table of one column without a recognised
 * header is taken as a plain list of names. One result per non-blank name cell.
 */
export function screenTable(rows: unknown[][], screener: PartyScreener): TableScreeningResult {
  const singleColumn = rows.every((r) => (r ?? []).filter((c) => cellText(c).trim() !== "").length <= 1);
  const created = createRowScreener(singleColumn ? rows : rows.slice(0, 20), screener);
  if (!created.ok) return created;
  const { rows: screen } = created;
  const results: ScreenedRow[] = [];
  for (let r = screen.headerRow + 1; r < rows.length; r++) results.push(...screen.screen(rows[r] ?? [], r + 1));
  return {
    ok: true,
    screening: {
      nameColumn: screen.nameColumn,
      countryColumn: screen.countryColumn,
      columns: screen.columns,
      headerRow: screen.headerRow + 1,
      reason: screen.reason,
      results,
    },
  };
}
