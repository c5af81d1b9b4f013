import { compactKey, normalizeKey } from "../text/normalizeKey";
import { ownText } from "../text/ownText";

/** One catalogue entry as intake sees it: its names, and how risky it is (higher = riskier). */
export interface MatchEntry {
  id: string;
  label: string;
  synonyms?: readonly string[];
  risk: number;
}

/**
 * A value read against a catalogue: `exact` (an id, label or synonym), `contained` (one known name
 * inside longer text), `ambiguous` (names of two or more entries: the riskiest is taken, the others
 * listed), or `none`.
 */
export type CatalogueMatch =
  { kind: "exact" | "contained"; id: string } | { kind: "ambiguous"; id: string; others: string[] } | { kind: "none" };

/** A qualifier that turns one reading into a riskier one: "Telco - State owned" is a state telecom. */
export interface Qualifier {
  words: readonly string[];
  from: string;
  to: string;
}

export interface CatalogueMatcher {
  match(text: string): CatalogueMatch;
  labelOf(id: string): string;
  ids: readonly string[];
}

const none: CatalogueMatch = { kind: "none" };

/**
 * Builds the matcher for one catalogue. Unlike a plain lookup, a text naming two entries is never
 * read as the first or the longest name found: ambiguity resolves to the riskier reading.
 * @example buildCatalogueMatcher(endUserTypes).match("Ministry of Interior - State Security") // ambiguous: intelligence (others: law-enforcement)
 */
export function buildCatalogueMatcher(entries: readonly MatchEntry[], qualifiers: readonly Qualifier[] = []): CatalogueMatcher {
  const byKey = new Map<string, string>();
  const risk = new Map(entries.map((e) => [e.id, e.risk] as const));
  const labels = new Map(entries.map((e) => [e.id, e.label] as const));
  const add = (name: string, id: string) => {
    for (const k of [normalizeKey(name), compactKey(name)]) if (k && !byKey.has(k)) byKey.set(k, id);
  };
  for (const e of entries) {
    add(e.id, e.id);
    add(e.label, e.id);
  }
  for (const e of entries) for (const s of e.synonyms ?? []) add(s, e.id);
  const phrases: Array<{ words: string[]; id: string }> = [];
  for (const e of entries) {
    for (const name of [e.id, e.label, ...(e.synonyms ?? [])]) {
      const words = normalizeKey(name).split(" ").filter(Boolean);
      // One- and two-letter words alone ("li", "si") are too easy to find by accident.
      if (words.length === 0 || (words.length === 1 && words[0].length < 3)) continue;
      phrases.push({ words, id: e.id });
    }
  }
  const quals = qualifiers.map((q) => ({ ...q, keys: q.words.map((w) => normalizeKey(w).split(" ")) }));
  const memo = new Map<string, CatalogueMatch>();

  const contained = (words: string[]): Set<string> => {
    // Every known name found word-aligned in the text; a name inside a longer name found at the same place does not count.
    const spans: Array<{ start: number; end: number; id: string }> = [];
    for (let i = 0; i < words.length; i++) {
      for (const p of phrases) {
        const n = p.words.length;
        if (i + n > words.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) ok = words[i + k] === p.words[k];
        if (ok) spans.push({ start: i, end: i + n, id: p.id });
      }
    }
    const ids = new Set<string>();
    for (const s of spans) {
      const inside = spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start);
      if (!inside) ids.add(s.id);
    }
    for (const q of quals) {
      if (!ids.has(q.from)) continue;
      if (q.keys.some((k) => hasRun(words, k))) ids.add(q.to);
    }
    return ids;
  };

  const compute = (text: string): CatalogueMatch => {
    const exact = byKey.get(normalizeKey(text)) ?? byKey.get(compactKey(text));
    if (exact) return { kind: "exact", id: exact };
    const ids = [...contained(normalizeKey(text).split(" ").filter(Boolean))];
    if (ids.length === 0) return none;
    if (ids.length === 1) return { kind: "contained", id: ids[0] };
    ids.sort((a, b) => (risk.get(b) ?? 0) - (risk.get(a) ?? 0));
    return { kind: "ambiguous", id: ids[0], others: ids.slice(1) };
  };

  return {
    match(text) {
      let m = memo.get(text);
      if (!m) {
        m = compute(text);
        if (memo.size > 50_000) memo.clear();
        memo.set(ownText(text), m);
      }
      return m;
    },
    labelOf: (id) => labels.get(id) ?? id,
    ids: entries.map((e) => e.id),
  };
}

function hasRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < run.length && ok; k++) ok = words[i + k] === run[k];
    if (ok) return true;
  }
  return false;
}
