import { cellText, isBlankRow } from "../intake/cellText";
import type { PartyScreener, ScreeningHit } from "../scoring/context";
import { screeningStatus } from "./decisions";
import type { PartyScreenerWithIndex } from "./createScreener";
import type { ExplainedHit } from "./explainHit";
import { findNameColumn } from "./findNameColumn";

export { findNameColumn };

export interface ScreenedRow {
  /** 1-based row in the table (header = 1). */
  row: number;
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

export interface TableScreening {
  /** Header of the name column, or "" when the table is a single column of names without a header. */
  nameColumn: string;
  countryColumn?: string;
  results: ScreenedRow[];
}

export type TableScreeningResult = { ok: true; screening: TableScreening } | { ok: false; message: string };

/** Screens the rows of one partner table one at a time (a streaming reader or a whole table). */
export interface RowScreener {
  /** Header of the name column, or "" when the table is a single column of names without a header. */
  nameColumn: string;
  countryColumn?: string;
  /** 0-based index of the header row; -1 for a plain list of names. */
  headerRow: number;
  /** The row's result, or null for a blank row; `rowNumber` is 1-based in the table. */
  screen(row: readonly unknown[], rowNumber: number): ScreenedRow | null;
}

const problemText = (v: unknown) =>
  v !== null && typeof v === "object" && "message" in v && "shown" in v ? `${(v as { shown: string }).shown}: ${(v as { message: string }).message}` : undefined;

/**
 * Finds the name column in the top rows of a table (by its header: Name, Partner, Reseller,
 * Company, Entity...) and returns a per-row screener. Top rows of one cell each without a
 * recognised header are taken as a plain list of names; a later row with several cells is then
 * an error (its names would otherwise go unscreened).
 */
export function createRowScreener(
  head: unknown[][],
  screener: PartyScreener,
): { ok: true; rows: RowScreener } | { ok: false; message: string } {
  const found = findNameColumn(head);
  const singleColumn = head.every((r) => (r ?? []).filter((c) => cellText(c).trim() !== "").length <= 1);
  if (!found && !singleColumn) {
    return { ok: false, message: "no column of names found - give the column a header such as Name, Partner, Reseller, Company or Entity" };
  }
  const headerRow = found ? found.headerRow : -1;
  const nameCol = found ? found.name : -1;
  const countryCol = found ? found.country : -1;
  const nameHeader = found ? cellText(head[headerRow][nameCol]).trim() : "";
  const error = (row: number, name: string, country: string | undefined, message: string): ScreenedRow => ({
    row,
    name,
    country,
    status: "error",
    hits: [],
    error: message,
  });
  return {
    ok: true,
    rows: {
      nameColumn: nameHeader,
      countryColumn: found && countryCol >= 0 ? cellText(head[headerRow][countryCol]).trim() : undefined,
      headerRow,
      screen(row, rowNumber) {
        if (isBlankRow(row)) return null;
        const filled = nameCol >= 0 ? [] : row.filter((c) => cellText(c).trim() !== "");
        if (nameCol < 0 && filled.length > 1)
          return error(rowNumber, cellText(filled[0]), undefined, "this row has several cells, but the table was read as one column of names without a header - give the name column a header such as Name");
        const cell = nameCol >= 0 ? row[nameCol] : filled[0];
        const bad = problemText(cell);
        const country = countryCol >= 0 ? cellText(row[countryCol]).trim() || undefined : undefined;
        if (bad) return error(rowNumber, "", country, `the ${nameHeader || "name"} cell cannot be read: ${bad}`);
        const name = cellText(cell).trim();
        if (!name) return error(rowNumber, "", country, `the ${nameHeader || "name"} cell is empty`);
        const { hits, nearMisses } = screenOne(screener, name, country);
        return {
          row: rowNumber,
          name,
          country,
          status: hits.length ? screeningStatus(hits) : "clear",
          hits,
          ...(nearMisses ? { nearMisses } : {}),
        };
      },
    },
  };
}

/**
 * Screens a table of partners (2-D cells, as Excel or a CSV gives them). The name column is found by its
 * header (Name, Partner, Reseller, Company, Entity...), a Country column is read when present; a table of
 * one column without a recognised header is taken as a plain list of names. One result per non-blank row.
 */
export function screenTable(rows: unknown[][], screener: PartyScreener): TableScreeningResult {
  const singleColumn = rows.every((r) => (r ?? []).filter((c) => cellText(c).trim() !== "").length <= 1);
  const created = createRowScreener(singleColumn ? rows : rows.slice(0, 20), screener);
  if (!created.ok) return created;
  const { rows: screen } = created;
  const results: ScreenedRow[] = [];
  for (let r = screen.headerRow + 1; r < rows.length; r++) {
    const out = screen.screen(rows[r] ?? [], r + 1);
    if (out) results.push(out);
  }
  return { ok: true, screening: { nameColumn: screen.nameColumn, countryColumn: screen.countryColumn, results } };
}
