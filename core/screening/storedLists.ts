import { sha256Text } from "./sha256";
import type { ListedName, ListEntry, ListFormat, NameQuality, PartyType, ScreeningList } from "./types";

/**
 * Imported lists in a compact text form, for keeping them inside a workbook (the add-in) so they travel
 * with the file: the OFAC SDN list with aliases is ~4 MB as published and about half that here.
 * Everything the matcher and the decision keys read (names, qualities, kinds, programme, party type,
 * countries) is kept exactly, so a decision taken on the original list still applies to the stored one.
 */

/** The facts about a list that are shown and recorded, without its entries. */
export type ListFacts = Omit<ScreeningList, "entries">;

const QUALITY: Record<NameQuality, string> = { primary: "p", strong: "s", weak: "w" };
const QUALITY_BACK: Record<string, NameQuality> = { p: "primary", s: "strong", w: "weak" };
const PARTY: Record<PartyType, string> = { individual: "i", entity: "e", vessel: "v", aircraft: "a", unknown: "u" };
const PARTY_BACK: Record<string, PartyType> = { i: "individual", e: "entity", v: "vessel", a: "aircraft", u: "unknown" };
const FORMATS: ReadonlySet<ListFormat> = new Set(["ofac-sdn", "us-csl", "un-xml", "eu-xml", "uk-xml", "watch-list"]);

/** Entry as an array: id, programme, party type, countries, then per name: text, quality, kind ("" for none). */
type PackedEntry = [string, string, string, string[], ...string[]];

interface PackedList {
  v: 1;
  facts: ListFacts;
  /** Each entry's `source` is the list's, so it is not repeated. */
  entries: PackedEntry[];
}

export function listFacts(list: ScreeningList): ListFacts {
  const facts: Partial<ScreeningList> = { ...list };
  delete facts.entries;
  return facts as ListFacts;
}

function packEntry(e: ListEntry): PackedEntry {
  const out: PackedEntry = [e.entryId, e.programme, PARTY[e.partyType] ?? "u", e.countries];
  // listName is names[0] in every importer; it is stored apart only when it is not.
  if (e.names[0]?.name !== e.listName) out.push("\u0000" + e.listName, "", "");
  for (const n of e.names) out.push(n.name, QUALITY[n.quality], n.kind ?? "");
  return out;
}

/** One list as compact JSON text. */
export function packList(list: ScreeningList): string {
  const packed: PackedList = { v: 1, facts: listFacts(list), entries: list.entries.map(packEntry) };
  return JSON.stringify(packed);
}

export type UnpackResult = { ok: true; list: ScreeningList } | { ok: false; message: string };

/** Reads text written by packList; a damaged text names the entry that is wrong. */
export function unpackList(text: string): UnpackResult {
  let raw: PackedList;
  try {
    raw = JSON.parse(text) as PackedList;
  } catch (e) {
    return { ok: false, message: `the stored list is not valid JSON (${(e as Error).message})` };
  }
  if (raw?.v !== 1 || typeof raw.facts !== "object" || !Array.isArray(raw.entries))
    return { ok: false, message: "the stored list is not in a format this version reads" };
  const facts = raw.facts;
  if (typeof facts.source !== "string" || !FORMATS.has(facts.format) || typeof facts.contentHash !== "string") {
    return { ok: false, message: "the stored list has no source, format or content hash" };
  }
  const entries: ListEntry[] = [];
  for (let i = 0; i < raw.entries.length; i++) {
    const p = raw.entries[i];
    if (!Array.isArray(p) || p.length < 7 || (p.length - 4) % 3 !== 0 || !Array.isArray(p[3])) {
      return { ok: false, message: `stored entry ${i + 1} of ${facts.source} is damaged` };
    }
    const [entryId, programme, party, countries] = p;
    let listName: string | undefined;
    const names: ListedName[] = [];
    for (let k = 4; k < p.length; k += 3) {
      const name = String(p[k]);
      if (k === 4 && name.startsWith("\u0000")) {
        listName = name.slice(1);
        continue;
      }
      const quality = QUALITY_BACK[String(p[k + 1])];
      if (!quality) return { ok: false, message: `stored entry ${i + 1} (${entryId}) of ${facts.source} has a name of unknown quality` };
      names.push(p[k + 2] ? { name, quality, kind: String(p[k + 2]) } : { name, quality });
    }
    if (names.length === 0) return { ok: false, message: `stored entry ${i + 1} (${entryId}) of ${facts.source} has no name` };
    entries.push({
      source: facts.source,
      entryId: String(entryId),
      listName: listName ?? names[0].name,
      names,
      programme: String(programme),
      partyType: PARTY_BACK[party] ?? "unknown",
      countries: countries.map(String),
    });
  }
  if (entries.length !== facts.entryCount) {
    return { ok: false, message: `${facts.source} should hold ${facts.entryCount} entries but ${entries.length} were stored` };
  }
  return { ok: true, list: { ...facts, entries } };
}

/** Fingerprint of the stored text, to tell a stored list that was cut short or altered from a whole one. */
export function storedHash(packed: string): string {
  return sha256Text(packed);
}
