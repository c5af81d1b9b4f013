import type { ScreeningHit } from "../scoring/context";
import { queryVariants, type NameVariant } from "./nameVariants";
import { deletionVariants } from "./editDistanceOne";
import { prepareInput, wordKeys, type ScreeningIndex } from "./screeningIndex";
import { scorePrepared, type PreparedName } from "./scoreTokens";

export interface ScreenOptions {
  /** Lowest score that alerts (0..1). */
  threshold: number;
  /** Lowest score reported as a near miss (below the threshold, never a match); default: the threshold. */
  floor?: number;
  /** At most this many hits per name, best first. */
  maxHits?: number;
}

/**
 * A weak alias alone never alerts; it alerts when one of the entry's reliable names comes within this
 * margin of the threshold, i.e. the weak alias supports an almost-hit.
 */
export const WEAK_SUPPORT_MARGIN = 0.1;
const DEFAULT_MAX_HITS = 10;

/** An input spelling ready for scoring. */
export interface PreparedVariant extends NameVariant {
  prepared: PreparedName;
}

/** A hit with what produced it: the listed name, the input spelling, and whether it only almost matched. */
export interface ScoredHit {
  hit: ScreeningHit;
  nameId: number;
  variant: PreparedVariant;
  /** Below the threshold but at or above the floor: shown for review, never counted as a match. */
  nearMiss: boolean;
  /** A weak alias reached the threshold but no reliable name of the entry came close: shown, never alerting. */
  weakOnly: boolean;
}

interface Best {
  score: number;
  variant: number;
}

function hitFor(index: ScreeningIndex, e: number, nameId: number, score: number): ScreeningHit {
  const entry = index.entries[e];
  const n = index.names[nameId];
  return {
    source: entry.source,
    entryId: entry.entryId,
    listName: entry.listName,
    matchedName: n.text,
    aliasQuality: n.quality,
    programme: entry.programme,
    score,
  };
}

/** Best reliable and weak name of each entry at or above the floor; weak aliases alert only with support. */
function hitsFromScores(
  index: ScreeningIndex,
  variants: PreparedVariant[],
  scored: Map<number, Best>,
  options: ScreenOptions,
): ScoredHit[] {
  const t = options.threshold;
  const floor = Math.min(options.floor ?? t, t);
  const best = new Map<number, { strong: number; strongName: number; weak: number; weakName: number }>();
  for (const [id, { score: s }] of scored) {
    if (s < floor) continue;
    const n = index.names[id];
    let b = best.get(n.entry);
    if (!b) {
      b = { strong: -1, strongName: -1, weak: -1, weakName: -1 };
      best.set(n.entry, b);
    }
    // Equal scores: the earlier name (primary before aliases), whatever order the search met them in.
    if (n.quality === "weak") {
      if (s > b.weak || (s === b.weak && id < b.weakName)) [b.weak, b.weakName] = [s, id];
    } else if (s > b.strong || (s === b.strong && id < b.strongName)) [b.strong, b.strongName] = [s, id];
  }
  const out: ScoredHit[] = [];
  for (const [e, b] of best) {
    let nameId = b.strongName;
    let score = b.strong;
    let weakOnly = false;
    if (b.weak >= t && b.strong < t) {
      // A weak alias reached the threshold: it alerts only if a reliable name of the same entry is close.
      let support = 0;
      for (const id of index.entryNames[e]) {
        const n = index.names[id];
        if (n.quality === "weak") continue;
        support = Math.max(support, scored.get(id)?.score ?? Math.max(...variants.map((v) => scorePrepared(v.prepared, n.prepared))));
      }
      if (support >= t - WEAK_SUPPORT_MARGIN) [nameId, score] = [b.weakName, b.weak];
      else if (nameId < 0) [nameId, score, weakOnly] = [b.weakName, b.weak, true];
    } else if (nameId < 0) [nameId, score] = [b.weakName, b.weak];
    const nearMiss = weakOnly || score < t;
    if (nearMiss && floor >= t) continue;
    const variant = variants[scored.get(nameId)!.variant];
    out.push({ hit: hitFor(index, e, nameId, score), nameId, variant, nearMiss, weakOnly });
  }
  out.sort(
    (a, b) =>
      Number(a.nearMiss) - Number(b.nearMiss) ||
      b.hit.score - a.hit.score ||
      a.hit.source.localeCompare(b.hit.source) ||
      a.hit.entryId.localeCompare(b.hit.entryId),
  );
  const max = options.maxHits ?? DEFAULT_MAX_HITS;
  const matches = out.filter((h) => !h.nearMiss).slice(0, max);
  return [...matches, ...out.filter((h) => h.nearMiss).slice(0, max)];
}

/** Upper bound of a listed name's score when only the input words in `mask` can pair with its words. */
function scoreBound(input: PreparedName, mask: number): number {
  let matched = 0;
  let unmatched = 0;
  for (let i = 0; i < input.tokens.length; i++) {
    // An initial pairs with any word of its first letter, so it is never ruled out by the keys.
    if (i < 31 && (mask & (1 << i)) === 0 && input.tokens[i].length > 1) unmatched += input.weights[i];
    else matched += 1;
  }
  return matched / (matched + unmatched);
}

function addPostings(index: ScreeningIndex, keys: string[], bits: number, masks: Map<number, number>): void {
  for (const k of keys) {
    const posting = index.postings.get(k);
    if (!posting) continue;
    for (let p = 0; p < posting.length; p++) {
      const id = posting[p];
      masks.set(id, (masks.get(id) ?? 0) | bits);
    }
  }
}

function joinedKeys(joined: string): string[] {
  return deletionVariants(joined).map((d) => "d" + d);
}

/** Names sharing a word key with the input, with the input words (bits) that can pair with them. */
function candidateMasks(index: ScreeningIndex, input: PreparedName): Map<number, number> {
  const masks = new Map<number, number>();
  const n = Math.min(input.tokens.length, 31);
  for (let i = 0; i < n; i++) addPostings(index, wordKeys(input.tokens[i], input.keys[i]), 1 << i, masks);
  // Two input words that are one listed word ("Zor Security" / ZORSECURITY).
  for (let i = 0; i + 1 < n; i++) {
    const joined = input.tokens[i] + input.tokens[i + 1];
    // Only the joined word and its one-edit keys: its first or last letters are the single words' own keys.
    addPostings(index, joinedKeys(joined), (1 << i) | (1 << (i + 1)), masks);
  }
  return masks;
}

/** Each distinct spelling once: "S.A." joined or split gives the same words and is not screened twice. */
function prepareVariants(index: ScreeningIndex, name: string): PreparedVariant[] {
  const seen = new Set<string>();
  const out: PreparedVariant[] = [];
  for (const v of queryVariants(name).variants) {
    const prepared = prepareInput(index, v.text);
    const key = prepared.tokens.join(" ");
    if (prepared.tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...v, prepared });
  }
  return out;
}

function keepBest(scored: Map<number, Best>, id: number, score: number, variant: number): void {
  const b = scored.get(id);
  if (!b || score > b.score) scored.set(id, { score, variant });
}

/**
 * Screens one name through the index: for each spelling of the input (as written, without bracketed or
 * trailing extras, each extra as a name), gathers names sharing a word key, drops those that cannot reach
 * the floor even if every shared word matched perfectly, and scores the rest. The best spelling counts.
 */
export function screenNameScored(index: ScreeningIndex, name: string, options: ScreenOptions): ScoredHit[] {
  const variants = prepareVariants(index, name);
  const floor = Math.min(options.floor ?? options.threshold, options.threshold);
  const scored = new Map<number, Best>();
  variants.forEach((v, vi) => {
    for (const [id, mask] of candidateMasks(index, v.prepared)) {
      // The bound is exact arithmetic; scores are rounded to 0.001, so keep names within half a step.
      // A listed initial pairs with any input word of its letter, which the keys do not show: such names are scored.
      if (scoreBound(v.prepared, mask) < floor - 0.0005 && !index.names[id].hasInitial) continue;
      keepBest(scored, id, scorePrepared(v.prepared, index.names[id].prepared), vi);
    }
  });
  return hitsFromScores(index, variants, scored, options);
}

/** The hits of one name at or above the threshold (no near misses). */
export function screenName(index: ScreeningIndex, name: string, options: ScreenOptions): ScreeningHit[] {
  return screenNameScored(index, name, { ...options, floor: undefined })
    .filter((h) => !h.nearMiss)
    .map((h) => h.hit);
}

/** The same search without the index: every listed name is scored. For benchmarks and for checking the index. */
export function screenNameAllPairs(index: ScreeningIndex, name: string, options: ScreenOptions): ScreeningHit[] {
  const variants = prepareVariants(index, name);
  const scored = new Map<number, Best>();
  variants.forEach((v, vi) => {
    for (let id = 0; id < index.names.length; id++) keepBest(scored, id, scorePrepared(v.prepared, index.names[id].prepared), vi);
  });
  return hitsFromScores(index, variants, scored, { ...options, floor: undefined })
    .filter((h) => !h.nearMiss)
    .map((h) => h.hit);
}
