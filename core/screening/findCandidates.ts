import { findKey, groupIds, keyHash, type KeyTable } from "./keyTable";
import { wordKeyHashes, type ScreeningIndex } from "./screeningIndex";
import type { PreparedName } from "./scoreTokens";

/**
 * Candidate retrieval for one input spelling: the listed names that could score at or above a cut-off.
 *
 * compareWords pairs two words only when they share a retrieval key (the word, its phonetic key, first or
 * last three letters, a one-letter deletion) or when one is an initial of the other; two input words joined
 * pair with a listed word through the joined word's keys. So an input word that neither shares a key with
 * a listed name nor is the letter of one of its initials stays unpaired, and the name's score is at most
 * `scoreBound` of the words that can pair. Names whose bound is below the cut-off are never scored.
 *
 * Input words are weighed: when the bound without the heaviest words is below the cut-off whatever the
 * rest pairs with, every name worth scoring pairs with one of those "required" words. Only their names are
 * gathered; the other words' names are looked up for those candidates alone. That is exact, and it spares
 * walking the thousands of names of a common word ("Global", "Trading") for every input.
 */

/** Per index: the scratch space of a search, and what is kept from search to search. */
interface SearchState {
  /** Input words (bits) each name can pair with; bit 31 marks a gathered candidate. */
  masks: Int32Array;
  found: Int32Array;
  count: number;
  /** 1 for a person's name with a one-letter word (an initial). */
  hasInitial: Uint8Array;
  /** The one-letter words (initials) of each person's name that has any ("mk"), by name position. */
  initialsOf: string[];
  /** Names with an initial, by its letter: they pair with input words of that letter beyond their keys. */
  initialNames: Map<string, Int32Array>;
  /** Names of each input word, and of two input words joined, kept from input to input. */
  byWord: Map<string, Int32Array>;
  byJoined: Map<string, Int32Array>;
  /** Bound test of each mask in the current search: 0 not yet known, 1 reaches the cut-off, 2 does not. */
  known: Uint8Array;
  cachedIds: number;
}

const CANDIDATE = 1 << 31;
/** The word cache is dropped when it holds this many name positions (4 bytes each): bounded memory. */
const MAX_CACHED_IDS = 4_000_000;
/** ... and at most this many words (a rare word's names, even none, cost as many key lookups as a common one's). */
const MAX_CACHED_WORDS = 200_000;
/** Masks of up to this many words have their bound test remembered (2^12 bytes of scratch space). */
const REMEMBERED_WORDS = 12;

const states = new WeakMap<ScreeningIndex, SearchState>();

function stateFor(index: ScreeningIndex): SearchState {
  let s = states.get(index);
  if (s === undefined) {
    const n = index.names.length;
    const hasInitial = new Uint8Array(n);
    const initialsOf: string[] = new Array<string>(n).fill("");
    const byLetter = new Map<string, number[]>();
    for (let id = 0; id < n; id++) {
      if (!index.names[id].hasInitial) continue;
      const letters = [...new Set(index.names[id].prepared.tokens.filter((t) => t.length === 1))];
      hasInitial[id] = 1;
      initialsOf[id] = letters.join("");
      for (const t of letters) {
        const ids = byLetter.get(t) ?? [];
        ids.push(id);
        byLetter.set(t, ids);
      }
    }
    const initialNames = new Map([...byLetter].map(([k, v]) => [k, Int32Array.from(v)]));
    s = {
      masks: new Int32Array(n),
      found: new Int32Array(n),
      count: 0,
      hasInitial,
      initialsOf,
      initialNames,
      byWord: new Map(),
      byJoined: new Map(),
      known: new Uint8Array(1 << REMEMBERED_WORDS),
      cachedIds: 0,
    };
    states.set(index, s);
  }
  return s;
}

const NONE = new Int32Array(0);

/** Every name under any of the key hashes, once each, in ascending order. */
function unionOfKeys(table: KeyTable, hashes: number[]): Int32Array {
  const lists: Int32Array[] = [];
  let total = 0;
  for (const h of hashes) {
    const g = findKey(table, h);
    if (g < 0) continue;
    const ids = groupIds(table, g);
    lists.push(ids);
    total += ids.length;
  }
  if (lists.length === 0) return NONE;
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

/** The names a word (or two input words joined) retrieves, ascending; common words are kept from input to input. */
function namesFor(index: ScreeningIndex, s: SearchState, cache: Map<string, Int32Array>, word: string, keys: () => number[]): Int32Array {
  let ids = cache.get(word);
  if (ids === undefined) {
    ids = unionOfKeys(index.keys, keys());
    if (s.cachedIds + ids.length > MAX_CACHED_IDS || s.byWord.size + s.byJoined.size >= MAX_CACHED_WORDS) {
      s.byWord.clear();
      s.byJoined.clear();
      s.cachedIds = 0;
    }
    cache.set(word, ids);
    s.cachedIds += ids.length;
  }
  return ids;
}

/**
 * Upper bound of a listed name's score when only the input words in `mask` can pair with its words: each
 * pairable word at most 1, each other word its full weight unpaired. `unpaired` holds 0 for words that always
 * count as pairable (input initials pair with any word of their letter; words past the 31st).
 */
export function scoreBound(unpaired: readonly number[], mask: number): number {
  let matched = 0;
  let unmatched = 0;
  for (let i = 0; i < unpaired.length; i++) {
    if (unpaired[i] > 0 && (mask & (1 << i)) === 0) unmatched += unpaired[i];
    else matched += 1;
  }
  return matched / (matched + unmatched);
}

function unpairedWeights(input: PreparedName): number[] {
  const out = new Array<number>(input.tokens.length).fill(0);
  for (let i = 0; i < out.length && i < 31; i++) out[i] = input.tokens[i].length > 1 ? input.weights[i] : 0;
  return out;
}

/** Whether a mask's bound reaches the cut-off; candidates share few masks, so each is worked out once. */
function reaches(s: SearchState, unpaired: readonly number[], cutoff: number, mask: number): boolean {
  if (unpaired.length > REMEMBERED_WORDS) return scoreBound(unpaired, mask) >= cutoff;
  let k = s.known[mask];
  if (k === 0) s.known[mask] = k = scoreBound(unpaired, mask) >= cutoff ? 1 : 2;
  return k === 1;
}

/** One source of pairable words: a list of names (ascending) and the input words (bits) they can pair with. */
interface Source {
  ids: Int32Array;
  bits: number;
}

/**
 * Keys of two input words joined: the joined word pairs with a listed word when they are equal or, from
 * eight letters, one edit apart (compareJoined), so a shorter joined word needs only its own key.
 */
function joinedKeys(joined: string): number[] {
  const out = [keyHash("d", joined)];
  if (joined.length >= 8) for (let i = 0; i < joined.length; i++) out.push(keyHash("d", joined, i));
  return out;
}

function sourcesOf(index: ScreeningIndex, s: SearchState, input: PreparedName, words: number): Source[] {
  const out: Source[] = [];
  for (let i = 0; i < words; i++) {
    const t = input.tokens[i];
    out.push({ ids: namesFor(index, s, s.byWord, t, () => wordKeyHashes(t, input.keys[i])), bits: 1 << i });
  }
  // Two input words that are one listed word ("Zor Security" / ZORSECURITY): the joined word and its
  // one-edit keys only, since its first or last letters are the single words' own keys.
  for (let i = 0; i + 1 < words; i++) {
    const joined = input.tokens[i] + input.tokens[i + 1];
    out.push({
      ids: namesFor(index, s, s.byJoined, joined, () => joinedKeys(joined)),
      bits: (1 << i) | (1 << (i + 1)),
    });
  }
  return out;
}

/**
 * The heaviest input words without which no name reaches the cut-off (bits), or 0 when every name sharing
 * any key must be looked at (the bound without all pairable words still reaches the cut-off).
 */
function requiredWords(unpaired: readonly number[], cutoff: number): number {
  let all = 0;
  for (let i = 0; i < unpaired.length; i++) if (unpaired[i] > 0) all |= 1 << i;
  let required = 0;
  while (scoreBound(unpaired, all & ~required) >= cutoff) {
    // The heaviest word not yet required (the first of equals).
    let heaviest = -1;
    for (let i = 0; i < unpaired.length; i++) {
      if (unpaired[i] > 0 && (required & (1 << i)) === 0 && (heaviest < 0 || unpaired[i] > unpaired[heaviest])) heaviest = i;
    }
    if (heaviest < 0) return 0;
    required |= 1 << heaviest;
  }
  return required;
}

function gather(s: SearchState, ids: Int32Array, bits: number): void {
  const { masks, found } = s;
  for (let p = 0; p < ids.length; p++) {
    const id = ids[p];
    const m = masks[id];
    if (m === 0) found[s.count++] = id;
    masks[id] = m | bits;
  }
}

function contains(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Adds a source's bits to the candidates already gathered, walking the shorter of the two. */
function markGathered(s: SearchState, src: Source): void {
  const { masks, found } = s;
  if (src.ids.length <= 8 * s.count) {
    for (let p = 0; p < src.ids.length; p++) {
      const id = src.ids[p];
      if (masks[id] !== 0) masks[id] |= src.bits;
    }
  } else {
    for (let c = 0; c < s.count; c++) if (contains(src.ids, found[c])) masks[found[c]] |= src.bits;
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

function initialBits(initials: string, byFirst: Map<string, number>): number {
  let bits = 0;
  for (let k = 0; k < initials.length; k++) bits |= byFirst.get(initials[k]) ?? 0;
  return bits;
}

/**
 * Positions in ScreeningIndex.names of the names sharing a word key with the input whose bound reaches
 * `cutoff`, in no particular order.
 */
export function findCandidates(index: ScreeningIndex, input: PreparedName, cutoff: number): number[] {
  const s = stateFor(index);
  const words = Math.min(input.tokens.length, 31);
  const unpaired = unpairedWeights(input);
  const sources = sourcesOf(index, s, input, words);
  const required = requiredWords(unpaired, cutoff);
  s.count = 0;
  if (required === 0) for (const src of sources) gather(s, src.ids, src.bits | CANDIDATE);
  else {
    for (const src of sources) if (src.bits & required) gather(s, src.ids, src.bits | CANDIDATE);
    // A name whose initial stands for a required word, if it shares a key with any word (as below).
    for (let i = 0; i < words; i++) {
      if ((required & (1 << i)) === 0) continue;
      const behind = s.initialNames.get(input.tokens[i][0]);
      if (behind) gather(s, behind, CANDIDATE);
    }
    for (const src of sources) if ((src.bits & required) === 0) markGathered(s, src);
  }
  s.known.fill(0, 0, 1 << Math.min(unpaired.length, REMEMBERED_WORDS));
  const out: number[] = [];
  let byFirst: Map<string, number> | undefined;
  for (let c = 0; c < s.count; c++) {
    const id = s.found[c];
    let mask = s.masks[id] & ~CANDIDATE;
    s.masks[id] = 0;
    // Only names sharing a key with some input word are looked at.
    if (mask === 0) continue;
    if (s.hasInitial[id] === 1) mask |= initialBits(s.initialsOf[id], (byFirst ??= wordsByFirstLetter(input, words)));
    if (reaches(s, unpaired, cutoff, mask)) out.push(id);
  }
  s.count = 0;
  return out;
}
