import { cellText } from "../core";
import type { PartyScreener } from "../core";
import type { PartyScreenerWithIndex } from "../core";
import { findNameColumn } from "../core";
import { entryLabel, screeningOutcome } from "../core";
import { excelErrorCode } from "./errorCells";
import { PAYLOAD_LIMIT_BYTES } from "./scoreTableSpill";

/** Said instead of a result when no list is loaded: an empty answer must never read as "clear". */
export const NO_LISTS_MESSAGE = "No restricted-party lists are loaded - open the Partners pane to load them";

/** The columns SCREEN and SCREENTABLE spill, in order. */
export const screenColumnTitles = ["Screening status", "Matched name", "List entry", "Programme", "List", "Score", "Review"] as const;

export type ScreenCells = (string | number)[];
export type ScreenSpill = { ok: true; rows: ScreenCells[] } | { ok: false; message: string };

/**
 * One name's row: status, then the best hit's matched name, entry, programme, list and score, then the
 * reviewer's decision. A name with no match but a near miss reads "near miss" with what almost matched:
 * shown for review, never counted as a match.
 */
export function screenNameRow(screener: PartyScreener, name: string, country?: string): ScreenCells {
  const detailed = (screener as Partial<PartyScreenerWithIndex>).screenDetailed?.call(screener, name, country || undefined);
  const o = screeningOutcome(detailed ? detailed.hits : screener.screen(name, country || undefined));
  const near = detailed?.nearMisses[0];
  if (!o.best && near) return ["near miss", near.matchedName, entryLabel(near), near.programme, near.source, near.score, ""];
  if (!o.best) return [o.status, "", "", "", "", "", ""];
  const h = o.best;
  return [o.status, h.matchedName, entryLabel(h), h.programme, h.source, Math.round(h.score * 1000) / 1000, o.review];
}

const STATUS_RISK: Record<string, number> = { clear: 0, cleared: 1, match: 2 };
function riskier(a: ScreenCells, b: ScreenCells): boolean {
  const d = (STATUS_RISK[String(a[0])] ?? 3) - (STATUS_RISK[String(b[0])] ?? 3);
  return d !== 0 ? d > 0 : Number(a[5] || 0) > Number(b[5] || 0);
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
  // A pipeline has several name columns (customer, end user, partner): each row shows the riskiest.
  const nameCols = found ? found.names : [{ index: 0, country: -1 }];
  const blank = (): ScreenCells => screenColumnTitles.map(() => "");
  const out: ScreenCells[] = [];
  let bytes = 0;
  for (let r = 0; r < rows.length; r++) {
    if (r < headerRow) out.push(blank());
    else if (r === headerRow) out.push([...screenColumnTitles]);
    else {
      const row = rows[r] ?? [];
      // An error cell where a name should be is not screened, and says so: it must never read as clear.
      // A country never clears a hit, so an error in the country cell is simply not passed on.
      const lines: ScreenCells[] = nameCols
        .filter((c) => excelErrorCode(row[c.index]) || cellText(row[c.index]) !== "")
        .map((c) => {
          const code = excelErrorCode(row[c.index]);
          if (code) return ["not screened", `The name cell holds ${code} - correct it and the name is screened`, "", "", "", "", ""];
          const country = c.country >= 0 && !excelErrorCode(row[c.country]) ? cellText(row[c.country]) : undefined;
          return screenNameRow(screener, cellText(row[c.index]), country);
        });
      if (lines.length === 0) {
        out.push(blank());
        continue;
      }
      const line = lines.reduce((a, b) => (riskier(b, a) ? b : a));
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
