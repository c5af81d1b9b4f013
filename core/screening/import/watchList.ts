import { normalizeName } from "../normalizeName";
import type { ImportResult, ListEntry, ListFileInput, ListedName } from "../types";
import { csvRecords, lineAt } from "./csvRecords";
import { asOfFields, listText } from "./listText";

/**
 * An internal watch list: CSV with columns name[, aliases, programme, id]. A header row is recognised when
 * its first cell reads "name" (or Name, Entity, Party, Company); aliases are separated by ";". Without a
 * header the columns are taken in that order. Entries without an id are keyed by their normalised name.
 * Files given to importLists must have the header: it is how a watch list is told from any other file.
 */
export const WATCH_LIST_NAME_HEADERS = /^(name|names|entity|party|company|organisation|organization)$/i;
const NAME_HEADERS = WATCH_LIST_NAME_HEADERS;

function headerIndex(header: string[], patterns: RegExp): number {
  return header.findIndex((h) => patterns.test(h.trim()));
}

export function importWatchList(file: ListFileInput, options: { asOf?: string; source?: string } = {}): ImportResult {
  const { text, sha256 } = listText(file);
  const parsed = csvRecords(text);
  const where = (r: number) => `line ${parsed.starts[r] !== undefined ? lineAt(text, parsed.starts[r]) : r + 1}`;
  if (parsed.problem)
    return { ok: false, error: { file: file.name, location: where(parsed.problem.row), message: parsed.problem.message } };
  if (parsed.rows.length === 0) return { ok: false, error: { file: file.name, location: "", message: "the file is empty" } };
  const first = parsed.rows[0];
  const hasHeader = NAME_HEADERS.test((first[0] ?? "").trim());
  let cName = 0,
    cAliases = 1,
    cProgramme = 2,
    cId = 3;
  if (hasHeader) {
    cName = 0;
    cAliases = headerIndex(first, /^(aliases?|aka|also known as|other names?)$/i);
    cProgramme = headerIndex(first, /^(programme|program|list|reason|category)$/i);
    cId = headerIndex(first, /^(id|ref|reference|entry id)$/i);
  }
  const source = options.source ?? "Internal";
  const cell = (row: string[], i: number) => (i >= 0 ? (row[i] ?? "").trim() : "");
  const entries: ListEntry[] = [];
  for (let r = hasHeader ? 1 : 0; r < parsed.rows.length; r++) {
    const row = parsed.rows[r];
    if (row.every((c) => c.trim() === "")) continue;
    const name = cell(row, cName);
    if (!name) return { ok: false, error: { file: file.name, location: where(r), message: "the name (first column) is empty" } };
    const names: ListedName[] = [{ name, quality: "primary" }];
    for (const a of cell(row, cAliases).split(";")) if (a.trim()) names.push({ name: a.trim(), quality: "strong", kind: "alias" });
    entries.push({
      source,
      entryId: cell(row, cId) || normalizeName(name),
      listName: name,
      names,
      programme: cell(row, cProgramme) || "internal watch list",
      partyType: "unknown",
      countries: [],
    });
  }
  if (entries.length === 0) return { ok: false, error: { file: file.name, location: "", message: "the file has no names" } };
  return {
    ok: true,
    list: {
      source,
      title: `Watch list ${file.name}`,
      format: "watch-list",
      ...asOfFields("", options.asOf),
      files: [{ name: file.name, sha256 }],
      contentHash: sha256,
      entryCount: entries.length,
      aliasCount: entries.reduce((n, e) => n + e.names.length - 1, 0),
      weakAliasCount: 0,
      licence: "internal",
      entries,
    },
  };
}
