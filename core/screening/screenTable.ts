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

/**
 * Screens a table of partners or a deal pipeline (2-D cells, as Excel or a CSV gives them). Every column
 * of party names is found by its header (Name, Partner, Reseller, Customer, End user...) and screened, with
 * the Country column read beside it; a table of one column without a recognised header is taken as a plain
 * list of names. One result per non-blank name cell; a row whose name cells are all empty is an error.
 */
export function screenTable(rows: unknown[][], screener: PartyScreener): TableScreeningResult {
  const found = findNameColumn(rows);
  const singleColumn = rows.every((r) => (r ?? []).filter((c) => cellText(c).trim() !== "").length <= 1);
  if (!found && !singleColumn) {
    return {
      ok: false,
      message:
        "no column of names found in the first non-blank row - give the column a header such as Name, Partner, Reseller, Customer, End user, Company or Entity",
    };
  }
  const headerRow = found ? found.headerRow : -1;
  const header = (i: number) => cellText(rows[headerRow]?.[i]).trim();
  const columns: ScreenedColumn[] = found
    ? found.names.map((n) => ({
        index: n.index,
        header: n.header,
        role: n.role,
        ...(n.country >= 0 ? { countryColumn: header(n.country) } : {}),
      }))
    : [];
  const results: ScreenedRow[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (isBlankRow(row)) continue;
    if (!found) {
      const name = row.map((c) => cellText(c).trim()).find((c) => c !== "") ?? "";
      results.push({ row: r + 1, column: "", name, status: "clear", hits: [] });
      continue;
    }
    let screened = 0;
    for (const n of found.names) {
      const name = cellText(row[n.index]).trim();
      if (!name) continue;
      screened++;
      const country = n.country >= 0 ? cellText(row[n.country]).trim() || undefined : undefined;
      results.push({ row: r + 1, column: n.header, name, country, status: "clear", hits: [] });
    }
    if (screened === 0) {
      const names = found.names.map((n) => n.header || "name").join(", ");
      results.push({
        row: r + 1,
        column: found.names[0].header,
        name: "",
        status: "error",
        hits: [],
        error: found.names.length === 1 ? `the ${names} cell is empty` : `the name cells (${names}) are all empty`,
      });
    }
  }
  for (const res of results) {
    if (res.status === "error") continue;
    const { hits, nearMisses } = screenOne(screener, res.name, res.country);
    res.hits = hits;
    if (nearMisses) res.nearMisses = nearMisses;
    res.status = hits.length ? screeningStatus(hits) : "clear";
  }
  return {
    ok: true,
    screening: {
      nameColumn: found ? header(found.name) : "",
      countryColumn: found && found.country >= 0 ? header(found.country) : undefined,
      columns,
      headerRow: headerRow + 1,
      reason: found ? found.reason : "the table is a single column of names without a recognised header",
      results,
    },
  };
}
