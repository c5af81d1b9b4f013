import type { ScreeningHit } from "../scoring/context";
import { queryVariants, type NameVariant } from "./nameVariants";
import { findCandidates } from "./findCandidates";
import { prepareInput, type ScreeningIndex } from "./screeningIndex";
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
  if (scored.size === 0) return [];
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
        // Every spelling of the input, as comparing every pair would: the search may have skipped some as below the floor.
        for (const v of variants) support = Math.max(support, scorePrepared(v.prepared, n.prepared));
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
      a.hit.entryId.localeCompare(b.hit.entryId) ||
      // Two lists of one source (two OFAC SDN files) can hold the same entry id: list order, as loaded.
      index.names[a.nameId].entry - index.names[b.nameId].entry,
  );
  const max = options.maxHits ?? DEFAULT_MAX_HITS;
  const matches = out.filter((h) => !h.nearMiss).slice(0, max);
  return [...matches, ...out.filter((h) => h.nearMiss).slice(0, max)];
}

/** Each distinct spelling once: "S.A." joined or split gives the same words and is not screened twice. */
function prepareVariants(index: ScreeningIndex, name: string): PreparedVariant[] {
  const seen = new Set<string>();
  const out: PreparedVariant[] = [];
  const { variants } = queryVariants(name);
  for (const v of variants) {
    const prepared = prepareInput(index, v.text);
    if (prepared.tokens.length === 0) continue;
    // Most names have one spelling: nothing to compare it with.
    if (variants.length > 1) {
      const key = prepared.tokens.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push({ text: v.text, part: v.part, prepared });
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
    // The bound is exact arithmetic; scores are rounded to 0.001, so keep names within half a step.
    for (const id of findCandidates(index, v.prepared, floor - 0.0005)) {
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

/**
 * The same search without the index: every listed name is scored for every spelling, hits and near misses.
 * The reference the index is checked against (tests, benchmarks); far too slow for real use.
 */
export function screenNameScoredAllPairs(index: ScreeningIndex, name: string, options: ScreenOptions): ScoredHit[] {
  const variants = prepareVariants(index, name);
  const scored = new Map<number, Best>();
  variants.forEach((v, vi) => {
    for (let id = 0; id < index.names.length; id++) keepBest(scored, id, scorePrepared(v.prepared, index.names[id].prepared), vi);
  });
  return hitsFromScores(index, variants, scored, options);
}

/** The hits of one name at or above the threshold without the index: every listed name is scored. */
export function screenNameAllPairs(index: ScreeningIndex, name: string, options: ScreenOptions): ScreeningHit[] {
  return screenNameScoredAllPairs(index, name, { ...options, floor: undefined })
    .filter((h) => !h.nearMiss)
    .map((h) => h.hit);
}
