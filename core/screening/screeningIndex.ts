import { deletionVariants } from "./editDistanceOne";
import { keyHash, KeyPairs, type KeyTable } from "./keyTable";
import { listedVariants } from "./nameVariants";
import { nameTokens } from "./normalizeName";
import { memoWord } from "./memoWord";
import { phoneticKey } from "./phoneticKey";
import type { PreparedName } from "./scoreTokens";
import type { ListEntry, NameQuality, ScreeningList } from "./types";

export interface IndexedName {
  /** Position of the entry in ScreeningIndex.entries. */
  entry: number;
  quality: NameQuality;
  text: string;
  prepared: PreparedName;
  /** The name has a one-letter word (an initial). */
  hasInitial: boolean;
}

/**
 * Every name of every loaded list, prepared once, with an inverted index from word keys to names so
 * a search looks only at names sharing a word, a phonetic key, or a word's first or last three letters.
 */
export interface ScreeningIndex {
  lists: ScreeningList[];
  entries: ListEntry[];
  names: IndexedName[];
  /** Names of each entry, by entry position. */
  entryNames: number[][];
  /** Retrieval keys (wordKeys, and two listed words joined) to the names that have them. */
  keys: KeyTable;
  /** Number of names each word occurs in. */
  documentFrequency: Map<string, number>;
}

/**
 * Retrieval keys of one word: the word, its phonetic key, and for words of four letters or more its first
 * and last three letters and its one-letter deletions (two words one edit apart share a deletion).
 * Words up to three letters only ever match exactly or phonetically.
 */
export function wordKeys(token: string, key: string): string[] {
  const keys = ["t" + token, "p" + key];
  if (token.length >= 4) {
    keys.push("b" + token.slice(0, 3), "e" + token.slice(-3));
    for (const d of deletionVariants(token)) keys.push("d" + d);
  }
  return keys;
}

/** Hashes of wordKeys(token, key) in the same order, computed without building the key strings. */
export function wordKeyHashes(token: string, key: string): number[] {
  const out = [keyHash("t", token), keyHash("p", key)];
  if (token.length >= 4) {
    out.push(keyHash("b", token, -1, 0, 3), keyHash("e", token, -1, token.length - 3));
    out.push(keyHash("d", token));
    for (let i = 0; i < token.length; i++) out.push(keyHash("d", token, i));
  }
  return out;
}

/**
 * Weight of a word from how many names use it: 1 for a word found in one name, down to 0.1 for the
 * commonest. A small list is weighed as if it had 1,000 names, so two names sharing "Holdings" in a
 * three-name watch list do not make "Holdings" worthless.
 */
export function wordWeight(documentFrequency: number, nameCount: number): number {
  if (documentFrequency <= 1) return 1;
  const w = 1 - Math.log(documentFrequency) / Math.log(Math.max(nameCount, 1000));
  return Math.min(1, Math.max(0.1, w));
}

const inputKey = memoWord(phoneticKey);

export function prepareInput(index: ScreeningIndex, name: string): PreparedName {
  const tokens = nameTokens(name);
  return {
    tokens,
    keys: tokens.map(inputKey),
    weights: tokens.map((t) => {
      const df = index.documentFrequency.get(t);
      return df === undefined ? 1 : wordWeight(df, index.names.length);
    }),
  };
}

export function buildScreeningIndex(lists: ScreeningList[]): ScreeningIndex {
  const entries: ListEntry[] = [];
  const names: IndexedName[] = [];
  const entryNames: number[][] = [];
  const documentFrequency = new Map<string, number>();
  const keyCache = new Map<string, string>();
  for (const list of lists) {
    for (const entry of list.entries) {
      const e = entries.length;
      entries.push(entry);
      const ids: number[] = [];
      const seen = new Set<string>();
      // A bracketed acronym or note ("BUTEMBO AIRLINES (BAL)") is indexed with and without it; punctuation
      // inside a word ("KE.DO") both as a break and joined.
      const variants = entry.names.flatMap((n) => listedVariants(n.name).map((text) => ({ n, text })));
      for (const { n, text } of variants) {
        const tokens = nameTokens(text);
        const norm = tokens.join(" ");
        // The same spelling twice in one entry (primary and an a.k.a. differing only in punctuation) adds nothing.
        if (tokens.length === 0 || seen.has(norm)) continue;
        seen.add(norm);
        const keys = tokens.map((t) => {
          let k = keyCache.get(t);
          if (k === undefined) {
            k = phoneticKey(t);
            keyCache.set(t, k);
          }
          return k;
        });
        for (const t of new Set(tokens)) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
        ids.push(names.length);
        names.push({
          entry: e,
          quality: n.quality,
          text: n.name,
          prepared: { tokens, keys, weights: [], person: entry.partyType === "individual" },
          hasInitial: entry.partyType === "individual" && tokens.some((t) => t.length === 1),
        });
      }
      entryNames.push(ids);
    }
  }
  const pairs = new KeyPairs();
  // Words recur from name to name: each word's key hashes are worked out once.
  const hashesOfWord = new Map<string, number[]>();
  for (let id = 0; id < names.length; id++) {
    const p = names[id].prepared;
    p.weights = p.tokens.map((t) => wordWeight(documentFrequency.get(t) ?? 1, names.length));
    for (let i = 0; i < p.tokens.length; i++) {
      let hashes = hashesOfWord.get(p.tokens[i]);
      if (hashes === undefined) {
        hashes = wordKeyHashes(p.tokens[i], p.keys[i]);
        hashesOfWord.set(p.tokens[i], hashes);
      }
      for (const h of hashes) pairs.add(h, id);
    }
    // Two listed words written as one in the input ("Zor Security" listed, "ZorSecurity" screened): exact only.
    for (let i = 0; i + 1 < p.tokens.length; i++) pairs.add(keyHash("t", p.tokens[i] + p.tokens[i + 1]), id);
  }
  return { lists, entries, names, entryNames, keys: pairs.table(), documentFrequency };
}
