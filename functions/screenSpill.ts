import { cellText } from "../core";
import type { PartyScreener } from "../core";
import { findNameColumn } from "../core";
import { entryLabel, screeningOutcome } from "../core";
import { PAYLOAD_LIMIT_BYTES } from "./scoreTableSpill";

/** Said instead of a result when no list is loaded: an empty answer must never read as "clear". */
export const NO_LISTS_MESSAGE = "No restricted-party lists are loaded - open the Partners pane to load them";

/** The columns SCREEN and SCREENTABLE spill, in order. */
export const screenColumnTitles = ["Screening status", "Matched name", "List entry", "Programme", "List", "Score", "Review"] as const;

export type ScreenCells = (string | number)[];
export type ScreenSpill = { ok: true; rows: ScreenCells[] } | { ok: false; message: string };

/** One name's row: status, then the best hit's matched name, entry, programme, list and score, then the reviewer's decision. */
export function screenNameRow(screener: PartyScreener, name: string, country?: string): ScreenCells {
  const o = screeningOutcome(screener.screen(name, country || undefined));
  if (!o.best) return [o.status, "", "", "", "", "", ""];
  const h = o.best;
  return [o.status, h.matchedName, entryLabel(h), h.programme, h.source, Math.round(h.score * 1000) / 1000, o.review];
}

/**
 * Screens a range of names as Excel hands it over: one spill row per range row, so the formula sits
 * beside the names. A single column may have a header or not; a wider range needs a header naming the
 * column of names (Name, Partner, Company...), and a Country column beside it is passed on. The header
 * row gets the column titles; blank names and rows above the header stay blank.
 */
export function screenTableSpill(rows: unknown[][], screener: PartyScreener): ScreenSpill {
  if (!Array.isArray(rows) || rows.length === 0) return { ok: false, message: "The range is empty - select the column of names to screen" };
  const width = Math.max(...rows.map((r) => (r ?? []).length));
  const found = findNameColumn(rows);
  if (!found && width > 1) {
    return {
      ok: false,
      message:
        "No column of names found in the range - select a single column of names, or give the names column a header such as Name, Partner, Reseller, Company or Entity",
    };
  }
  const headerRow = found ? found.headerRow : -1;
  const nameCol = found ? found.name : 0;
  const countryCol = found ? found.country : -1;
  const blank = (): ScreenCells => screenColumnTitles.map(() => "");
  const out: ScreenCells[] = [];
  let bytes = 0;
  for (let r = 0; r < rows.length; r++) {
    if (r < headerRow) out.push(blank());
    else if (r === headerRow) out.push([...screenColumnTitles]);
    else {
      const row = rows[r] ?? [];
      const name = cellText(row[nameCol]);
      if (!name) {
        out.push(blank());
        continue;
      }
      const line = screenNameRow(screener, name, countryCol >= 0 ? cellText(row[countryCol]) : undefined);
      for (const v of line) bytes += typeof v === "string" ? v.length + 3 : 8;
      out.push(line);
    }
  }
  if (bytes > PAYLOAD_LIMIT_BYTES) {
    return {
      ok: false,
      message: `The result would be about ${(bytes / 1e6).toFixed(1)} MB, above what Excel accepts from one formula (5 MB) - screen the names in parts`,
    };
  }
  return { ok: true, rows: out };
}
