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

/**
 * Screens a table of partners (2-D cells, as Excel or a CSV gives them). The name column is found by its
 * header (Name, Partner, Reseller, Company, Entity...), a Country column is read when present; a table of
 * one column without a recognised header is taken as a plain list of names. One result per non-blank row.
 */
export function screenTable(rows: unknown[][], screener: PartyScreener): TableScreeningResult {
  const found = findNameColumn(rows);
  const singleColumn = rows.every((r) => (r ?? []).filter((c) => cellText(c).trim() !== "").length <= 1);
  if (!found && !singleColumn) {
    return { ok: false, message: "no column of names found - give the column a header such as Name, Partner, Reseller, Company or Entity" };
  }
  const headerRow = found ? found.headerRow : -1;
  const nameCol = found ? found.name : -1;
  const countryCol = found ? found.country : -1;
  const results: ScreenedRow[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (isBlankRow(row)) continue;
    const name = nameCol >= 0 ? cellText(row[nameCol]).trim() : (row.map((c) => cellText(c).trim()).find((c) => c !== "") ?? "");
    const country = countryCol >= 0 ? cellText(row[countryCol]).trim() || undefined : undefined;
    if (!name) {
      results.push({
        row: r + 1,
        name: "",
        country,
        status: "error",
        hits: [],
        error: `the ${cellText(rows[headerRow]?.[nameCol]) || "name"} cell is empty`,
      });
      continue;
    }
    const { hits, nearMisses } = screenOne(screener, name, country);
    results.push({
      row: r + 1,
      name,
      country,
      status: hits.length ? screeningStatus(hits) : "clear",
      hits,
      ...(nearMisses ? { nearMisses } : {}),
    });
  }
  return {
    ok: true,
    screening: {
      nameColumn: found ? cellText(rows[headerRow][nameCol]).trim() : "",
      countryColumn: found && countryCol >= 0 ? cellText(rows[headerRow][countryCol]).trim() : undefined,
      results,
    },
  };
}
