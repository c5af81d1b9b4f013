import { withinOneEdit } from "./editDistanceOne";
import { jaroWinkler } from "./jaroWinkler";

/** How two words (or runs of words) were found to correspond, for the hit's explanation. */
export type WordMatchKind = "exact" | "phonetic" | "fuzzy" | "initial" | "joined";

/** Words of at most this many letters must agree exactly or phonetically: "IBM" is not "IBN". */
const SHORT_WORD = 3;
/** Below this similarity two words count as different. */
export const MIN_WORD_SIMILARITY = 0.8;
/** Words that sound alike (same phonetic key) score at least this. */
const PHONETIC_FLOOR = 0.9;
const PHONETIC_LENGTH_RATIO = 0.7;
/** An initial against a given name it could stand for ("L." for Leonid): likely, never certain. */
export const INITIAL_SIMILARITY = 0.95;
/**
 * Jaro-Winkler rewards a shared beginning so much that "ying"/"yingjie" or "intel"/"integral" look alike;
 * the share of letters that must be edited caps it: similarity <= 1 - edits/length + this slack.
 */
const EDIT_SLACK = 0.1;

/** Row buffers reused across calls: names are compared millions of times, words are short. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance (Damerau: a swap of neighbours is one edit). */
export function editDistance(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (lb + 1 > rows[0].length) rows = [new Int32Array(lb + 1), new Int32Array(lb + 1), new Int32Array(lb + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb];
}

function editSimilarity(a: string, b: string): number {
  if (withinOneEdit(a, b)) return 1 - 1 / Math.max(a.length, b.length) + EDIT_SLACK;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length) + EDIT_SLACK;
}

export interface WordMatch {
  s: number;
  how: WordMatchKind;
}

const NONE: WordMatch = { s: 0, how: "fuzzy" };

/**
 * Similarity of two words (0..1) and how it was reached. Words are compared only when they sound alike,
 * share their first or last three letters, or differ by one edit - the same keys the index retrieves by -
 * so the index never misses a pair that comparing every pair would score. A single letter is an initial:
 * it stands for any longer word with that first letter (only in people's names: "S. GROUP" is no initial).
 */
export function compareWords(a: string, keyA: string, b: string, keyB: string, initials = true): WordMatch {
  if (a === b) return { s: 1, how: "exact" };
  if (a.length === 1 || b.length === 1) {
    return initials && a.length !== b.length && a[0] === b[0] ? { s: INITIAL_SIMILARITY, how: "initial" } : NONE;
  }
  // Sound-alike keys drop vowels, so "ying" and "yonghao" share one: words of very different length are not lifted.
  const phonetic = keyA === keyB && keyA.length > 0 && Math.min(a.length, b.length) >= PHONETIC_LENGTH_RATIO * Math.max(a.length, b.length);
  if (a.length <= SHORT_WORD || b.length <= SHORT_WORD) return phonetic ? { s: PHONETIC_FLOOR, how: "phonetic" } : NONE;
  if (!phonetic && a.slice(0, 3) !== b.slice(0, 3) && a.slice(-3) !== b.slice(-3) && !withinOneEdit(a, b)) return NONE;
  const jw = jaroWinkler(a, b);
  if (phonetic) return { s: Math.max(Math.min(jw, editSimilarity(a, b)), PHONETIC_FLOOR), how: "phonetic" };
  if (jw < MIN_WORD_SIMILARITY) return NONE;
  const s = Math.min(jw, editSimilarity(a, b));
  return s >= MIN_WORD_SIMILARITY ? { s, how: "fuzzy" } : NONE;
}

/** Similarity of words joined against one word ("prom"+"ociones" / "promociones"): exact, or one edit in a long word. */
export function compareJoined(joined: string, word: string, allowEdit: boolean): number {
  if (joined === word) return JOINED_EXACT;
  if (!allowEdit || joined.length < 8 || !withinOneEdit(joined, word)) return 0;
  return JOINED_EXACT - 1 / joined.length;
}

/** Words that are one word split (or joined) are very likely the same; a touch below an exact word. */
export const JOINED_EXACT = 0.97;
