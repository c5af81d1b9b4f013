import type { ScreeningHit } from "../scoring/context";
import { prepareInput, wordKeys, type ScreeningIndex } from "./screeningIndex";
import { scorePrepared, type PreparedName } from "./scoreTokens";

export interface ScreenOptions {
  /** Lowest score that alerts (0..1). */
  threshold: number;
  /** At most this many hits per name, best first. */
  maxHits?: number;
}

/**
 * A weak alias alone never alerts; it alerts when one of the entry's reliable names comes within this
 * margin of the threshold, i.e. the weak alias supports an almost-hit.
 */
export const WEAK_SUPPORT_MARGIN = 0.1;
const DEFAULT_MAX_HITS = 10;

/** Best score of each entry's reliable and weak names, from (name id, score) results. */
function hitsFromScores(index: ScreeningIndex, input: PreparedName, scored: Map<number, number>, options: ScreenOptions): ScreeningHit[] {
  const t = options.threshold;
  const best = new Map<number, { strong: number; strongName: number; weak: number; weakName: number }>();
  for (const [id, s] of scored) {
    if (s < t) continue;
    const n = index.names[id];
    let b = best.get(n.entry);
    if (!b) {
      b = { strong: -1, strongName: -1, weak: -1, weakName: -1 };
      best.set(n.entry, b);
    }
    if (n.quality === "weak") {
      if (s > b.weak) [b.weak, b.weakName] = [s, id];
    } else if (s > b.strong) [b.strong, b.strongName] = [s, id];
  }
  const hits: ScreeningHit[] = [];
  for (const [e, b] of best) {
    let nameId = b.strongName;
    let score = b.strong;
    if (nameId < 0) {
      // Only weak aliases reached the threshold: alert only if a reliable name of the same entry is close.
      let support = 0;
      for (const id of index.entryNames[e]) {
        const n = index.names[id];
        if (n.quality !== "weak") support = Math.max(support, scored.get(id) ?? scorePrepared(input, n.prepared));
      }
      if (support < t - WEAK_SUPPORT_MARGIN) continue;
      nameId = b.weakName;
      score = b.weak;
    }
    const entry = index.entries[e];
    const n = index.names[nameId];
    hits.push({
      source: entry.source,
      entryId: entry.entryId,
      listName: entry.listName,
      matchedName: n.text,
      aliasQuality: n.quality,
      programme: entry.programme,
      score,
    });
  }
  hits.sort((a, b) => b.score - a.score || a.source.localeCompare(b.source) || a.entryId.localeCompare(b.entryId));
  return hits.slice(0, options.maxHits ?? DEFAULT_MAX_HITS);
}

/** Upper bound of a listed name's score when only the input words in `mask` can pair with its words. */
function scoreBound(input: PreparedName, mask: number): number {
  let matched = 0;
  let unmatched = 0;
  for (let i = 0; i < input.tokens.length; i++) {
    if (i < 31 && (mask & (1 << i)) === 0) unmatched += input.weights[i];
    else matched += 1;
  }
  return matched / (matched + unmatched);
}

/**
 * Screens one name through the index: gathers names sharing a word key with the input, drops those that
 * cannot reach the threshold even if every shared word matched perfectly, and scores the rest.
 */
export function screenName(index: ScreeningIndex, name: string, options: ScreenOptions): ScreeningHit[] {
  const input = prepareInput(index, name);
  if (input.tokens.length === 0) return [];
  const masks = new Map<number, number>();
  for (let i = 0; i < input.tokens.length && i < 31; i++) {
    const bit = 1 << i;
    for (const k of wordKeys(input.tokens[i], input.keys[i])) {
      const posting = index.postings.get(k);
      if (!posting) continue;
      for (let p = 0; p < posting.length; p++) {
        const id = posting[p];
        masks.set(id, (masks.get(id) ?? 0) | bit);
      }
    }
  }
  const scored = new Map<number, number>();
  for (const [id, mask] of masks) {
    // The bound is exact arithmetic; scores are rounded to 0.001, so keep names within half a step.
    if (scoreBound(input, mask) < options.threshold - 0.0005) continue;
    scored.set(id, scorePrepared(input, index.names[id].prepared));
  }
  return hitsFromScores(index, input, scored, options);
}

/** The same search without the index: every listed name is scored. For benchmarks and for checking the index. */
export function screenNameAllPairs(index: ScreeningIndex, name: string, options: ScreenOptions): ScreeningHit[] {
  const input = prepareInput(index, name);
  if (input.tokens.length === 0) return [];
  const scored = new Map<number, number>();
  for (let id = 0; id < index.names.length; id++) scored.set(id, scorePrepared(input, index.names[id].prepared));
  return hitsFromScores(index, input, scored, options);
}
