import { normalizeKey } from "./normalizeKey";

/**
 * Finds the longest known phrase inside a longer text, word-aligned: "State-owned telecom operator"
 * contains "state owned telecom" (3 words), which beats "telecom" (1 word). When the longest
 * phrases found point to different ids the text is ambiguous and nothing is returned, so a
 * "Firewall with DPI" is asked about rather than guessed.
 */
export interface PhraseIndex {
  find(text: string): string | undefined;
}

export function buildPhraseIndex(phrases: ReadonlyArray<readonly [phrase: string, id: string]>): PhraseIndex {
  // First word -> candidate phrases starting with it (as word arrays).
  const byFirst = new Map<string, Array<{ words: string[]; id: string }>>();
  for (const [phrase, id] of phrases) {
    const words = normalizeKey(phrase).split(" ").filter(Boolean);
    if (words.length === 0) continue;
    // One- and two-letter words alone ("li", "av", "si") are too easy to find by accident.
    if (words.length === 1 && words[0].length < 3) continue;
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, id });
    byFirst.set(words[0], list);
  }
  return {
    find(text: string) {
      const words = normalizeKey(text).split(" ").filter(Boolean);
      let bestLen = 0;
      const ids = new Set<string>();
      for (let i = 0; i < words.length; i++) {
        for (const cand of byFirst.get(words[i]) ?? []) {
          const n = cand.words.length;
          if (n < bestLen || i + n > words.length) continue;
          let ok = true;
          for (let k = 1; k < n; k++)
            if (words[i + k] !== cand.words[k]) {
              ok = false;
              break;
            }
          if (!ok) continue;
          if (n > bestLen) {
            bestLen = n;
            ids.clear();
          }
          ids.add(cand.id);
        }
      }
      return ids.size === 1 ? ids.values().next().value : undefined;
    },
  };
}
