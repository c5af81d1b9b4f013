import { normalizeName } from "../normalizeName";
import type { ImportResult, ListEntry, ListFileInput, ListedName, PartyType } from "../types";
import { csvRecords, lineAt } from "./csvRecords";
import { asOfFields, listText } from "./listText";

/**
 * US Consolidated Screening List CSV (trade.gov): header row with source, entity_number, type, programs,
 * name, ..., alt_names (separated by ";"), nationalities, citizenships. The file carries no date, so the
 * as-of date comes from the caller. Entries without entity_number (BIS and State lists) get a stable id
 * from their list and normalised name, so a reviewer's decision survives a re-download.
 */
const REQUIRED = ["source", "name"];

function partyType(v: string): PartyType {
  const t = v.toLowerCase();
  if (t === "individual") return "individual";
  if (t === "entity") return "entity";
  if (t === "vessel") return "vessel";
  if (t === "aircraft") return "aircraft";
  return t ? "unknown" : "entity";
}

/** "Entity List (EL) - Bureau of Industry and Security" -> "EL". */
function listCode(source: string): string {
  const m = /\(([^)]+)\)/.exec(source);
  return m ? m[1] : source;
}

export function importUsCsl(file: ListFileInput, callerAsOf?: string): ImportResult {
  const { text, sha256 } = listText(file);
  const parsed = csvRecords(text);
  const where = (r: number) => `line ${parsed.starts[r] !== undefined ? lineAt(text, parsed.starts[r]) : r + 1}`;
  if (parsed.problem)
    return { ok: false, error: { file: file.name, location: where(parsed.problem.row), message: parsed.problem.message } };
  const header = (parsed.rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      error: {
        file: file.name,
        location: "line 1",
        message: `the header has no ${missing.join(", ")} column: this is not a Consolidated Screening List CSV`,
      },
    };
  }
  const col = (row: string[], name: string) => {
    const i = header.indexOf(name);
    return i >= 0 ? (row[i] ?? "").trim() : "";
  };
  const entries: ListEntry[] = [];
  for (let r = 1; r < parsed.rows.length; r++) {
    const row = parsed.rows[r];
    if (row.length !== header.length) {
      return {
        ok: false,
        error: { file: file.name, location: where(r), message: `expected ${header.length} columns as in the header, found ${row.length}` },
      };
    }
    const name = col(row, "name");
    if (!name) return { ok: false, error: { file: file.name, location: where(r), message: "the name column is empty" } };
    const source = col(row, "source");
    const code = listCode(source);
    const names: ListedName[] = [{ name, quality: "primary" }];
    for (const alt of col(row, "alt_names").split(";")) {
      const a = alt.trim();
      if (a) names.push({ name: a, quality: "strong", kind: "alt_names" });
    }
    const programs = col(row, "programs");
    const countries = [
      ...new Set(
        [...col(row, "nationalities").split(/[;,]/), ...col(row, "citizenships").split(/[;,]/)].map((c) => c.trim()).filter(Boolean),
      ),
    ];
    entries.push({
      source: "US CSL",
      entryId: col(row, "entity_number") ? `${code}:${col(row, "entity_number")}` : `${code}:${normalizeName(name)}`,
      listName: name,
      names,
      programme: programs ? `${code}: ${programs}` : code,
      partyType: partyType(col(row, "type")),
      countries,
    });
  }
  if (entries.length === 0) return { ok: false, error: { file: file.name, location: "", message: "the file has a header but no entries" } };
  return {
    ok: true,
    list: {
      source: "US CSL",
      title: "US Consolidated Screening List (trade.gov)",
      format: "us-csl",
      ...asOfFields("", callerAsOf),
      files: [{ name: file.name, sha256 }],
      contentHash: sha256,
      entryCount: entries.length,
      aliasCount: entries.reduce((n, e) => n + e.names.length - 1, 0),
      weakAliasCount: 0,
      licence: "US government work, public domain",
      entries,
    },
  };
}
