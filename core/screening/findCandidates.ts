import { deletionVariants } from "./editDistanceOne";
import { wordKeys, type ScreeningIndex } from "./screeningIndex";
import type { PreparedName } from "./scoreTokens";

/**
 * Candidate retrieval for one input spelling: the listed names sharing a word key with it, each with the
 * input words (a bit mask) that can pair with its words. A name none of whose words shares a key with an
 * input word cannot pair with that word (compareWords compares only words sharing a key), so the mask
 * bounds the name's score from above; the caller drops names whose bound is below the review floor.
 */
export interface Candidates {
  /** Positions in ScreeningIndex.names of the names found, `count` of them. */
  ids: Int32Array;
  count: number;
  /** Input words (bits) that can pair with each found name, by name position. */
  masks: Int32Array;
}

/** Per index: the scratch arrays of a search and each word's names, read from the postings once. */
interface SearchState extends Candidates {
  /** 1 for a person's name with a one-letter word (an initial), which pairs beyond its keys. */
  hasInitial: Uint8Array;
  byWord: Map<string, Int32Array>;
  cachedIds: number;
}

/** The word cache is dropped when it holds this many name positions (4 bytes each): bounded memory. */
const MAX_CACHED_IDS = 4_000_000;

const states = new WeakMap<ScreeningIndex, SearchState>();

function stateFor(index: ScreeningIndex): SearchState {
  let s = states.get(index);
  if (s === undefined) {
    const n = index.names.length;
    const hasInitial = new Uint8Array(n);
    for (let id = 0; id < n; id++) hasInitial[id] = index.names[id].hasInitial ? 1 : 0;
    s = { ids: new Int32Array(n), count: 0, masks: new Int32Array(n), hasInitial, byWord: new Map(), cachedIds: 0 };
    states.set(index, s);
  }
  return s;
}

/** Every name in any of the keys' postings, once each, in ascending order. */
function unionOfPostings(index: ScreeningIndex, keys: string[]): Int32Array {
  const lists: Int32Array[] = [];
  let total = 0;
  for (const k of keys) {
    const p = index.postings.get(k);
    if (p === undefined) continue;
    lists.push(p);
    total += p.length;
  }
  if (lists.length === 0) return new Int32Array(0);
  if (lists.length === 1) return lists[0];
  const all = new Int32Array(total);
  let o = 0;
  for (const p of lists) {
    all.set(p, o);
    o += p.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < total; i++) if (n === 0 || all[i] !== all[n - 1]) all[n++] = all[i];
  return all.slice(0, n);
}

/** The names a word (or two input words joined) retrieves; names repeat from word to word, so they are kept. */
function namesFor(index: ScreeningIndex, s: SearchState, cacheKey: string, keys: () => string[]): Int32Array {
  let ids = s.byWord.get(cacheKey);
  if (ids === undefined) {
    ids = unionOfPostings(index, keys());
    if (s.cachedIds + ids.length > MAX_CACHED_IDS) {
      s.byWord.clear();
      s.cachedIds = 0;
    }
    s.byWord.set(cacheKey, ids);
    s.cachedIds += ids.length;
  }
  return ids;
}

function addNames(s: SearchState, ids: Int32Array, bits: number): void {
  const { masks, ids: found } = s;
  for (let p = 0; p < ids.length; p++) {
    const id = ids[p];
    const m = masks[id];
    if (m === 0) found[s.count++] = id;
    masks[id] = m | bits;
  }
}

/** Input words (bits) by first letter: the words a listed initial of that letter can stand for ("L." for Leonid). */
function wordsByFirstLetter(input: PreparedName, words: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < words; i++) {
    const t = input.tokens[i];
    if (t.length > 1) out.set(t[0], (out.get(t[0]) ?? 0) | (1 << i));
  }
  return out;
}

/**
 * The names sharing a word key with the input and their masks. The result is scratch space of the index,
 * valid until the next call: read it, then call `clearCandidates`.
 */
export function findCandidates(index: ScreeningIndex, input: PreparedName): Candidates {
  const s = stateFor(index);
  s.count = 0;
  const n = Math.min(input.tokens.length, 31);
  for (let i = 0; i < n; i++) {
    const t = input.tokens[i];
    addNames(
      s,
      namesFor(index, s, "w" + t, () => wordKeys(t, input.keys[i])),
      1 << i,
    );
  }
  // Two input words that are one listed word ("Zor Security" / ZORSECURITY): the joined word and its
  // one-edit keys only, since its first or last letters are the single words' own keys.
  for (let i = 0; i + 1 < n; i++) {
    const joined = input.tokens[i] + input.tokens[i + 1];
    addNames(
      s,
      namesFor(index, s, "j" + joined, () => deletionVariants(joined).map((d) => "d" + d)),
      (1 << i) | (1 << (i + 1)),
    );
  }
  // A listed initial pairs with any input word of its letter, which the keys do not show: those words count too.
  let byFirst: Map<string, number> | undefined;
  for (let c = 0; c < s.count; c++) {
    const id = s.ids[c];
    if (s.hasInitial[id] === 0) continue;
    byFirst ??= wordsByFirstLetter(input, n);
    for (const t of index.names[id].prepared.tokens) if (t.length === 1) s.masks[id] |= byFirst.get(t) ?? 0;
  }
  return s;
}

/** Resets the masks of the names found, ready for the next search. */
export function clearCandidates(c: Candidates): void {
  for (let i = 0; i < c.count; i++) c.masks[c.ids[i]] = 0;
  c.count = 0;
}
