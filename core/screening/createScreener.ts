import type { DataProvenance } from "../model/types";
import type { PartyScreener, ScreeningHit } from "../scoring/context";
import { findDecision, staleDecisions, withDecision, type ScreeningDecision } from "./decisions";
import { explainHit, type ExplainedHit } from "./explainHit";
import { queryVariants } from "./nameVariants";
import { screenName, screenNameScored } from "./screenName";
import { buildScreeningIndex, type ScreeningIndex } from "./screeningIndex";
import type { ListEntry, ScreeningList } from "./types";

/**
 * Default alerting threshold, chosen from bench/screening-accuracy.ts (see docs/screening.md); the
 * methodology profile's screening.threshold normally supplies it.
 */
export const DEFAULT_SCREENING_THRESHOLD = 0.88;
/**
 * Default review floor: hits from here up to the threshold are shown as near misses (never a match), so a
 * reviewer sees what almost matched. The methodology profile's screening.reviewFloor normally supplies it.
 */
export const DEFAULT_REVIEW_FLOOR = 0.8;

/** Hits that alert, and near misses below the threshold shown for review only; each explained token by token. */
export interface DetailedScreening {
  hits: ExplainedHit[];
  nearMisses: ExplainedHit[];
}

export interface ScreenerOptions {
  threshold?: number;
  /** Lowest score shown as a near miss; default DEFAULT_REVIEW_FLOOR (never above the threshold). */
  reviewFloor?: number;
  decisions?: ScreeningDecision[];
  maxHits?: number;
}

export interface PartyScreenerWithIndex extends PartyScreener {
  index: ScreeningIndex;
  threshold: number;
  reviewFloor: number;
  /** Hits with explanations, plus near misses (between the review floor and the threshold), the country noted. */
  screenDetailed(name: string, country?: string): DetailedScreening;
  /** The list entry behind a hit. */
  entryFor(hit: Pick<ScreeningHit, "source" | "entryId">): ListEntry | undefined;
  /** Decisions on a hit's entry and this input that lapsed because the entry changed since. */
  lapsedDecisions(name: string, hit: Pick<ScreeningHit, "source" | "entryId">): ScreeningDecision[];
}

export function listProvenance(list: ScreeningList): DataProvenance {
  return {
    id: `screening-list:${list.source}`,
    title: list.title,
    version: `sha256:${list.contentHash}`,
    asOf: list.asOf,
    source: list.files.map((f) => f.name).join(", "),
    licence: list.licence,
  };
}

/** A PartyScreener over the given lists: index built once, reviewer decisions attached to the hits they cover. */
export function createScreener(lists: ScreeningList[], options: ScreenerOptions = {}): PartyScreenerWithIndex {
  const index = buildScreeningIndex(lists);
  const threshold = options.threshold ?? DEFAULT_SCREENING_THRESHOLD;
  const reviewFloor = Math.min(options.reviewFloor ?? DEFAULT_REVIEW_FLOOR, threshold);
  const decisions = options.decisions ?? [];
  const decide = <H extends ScreeningHit>(name: string, h: H): H => {
    const entry = decisions.length ? entryFor(h) : undefined;
    return entry ? withDecision(h, findDecision(decisions, entry, name)) : h;
  };
  const byKey = new Map<string, ListEntry>();
  for (const e of index.entries) byKey.set(`${e.source}\u0000${e.entryId}`, e);
  const entryFor = (hit: Pick<ScreeningHit, "source" | "entryId">) => byKey.get(`${hit.source}\u0000${hit.entryId}`);
  return {
    index,
    threshold,
    reviewFloor,
    provenance: lists.map(listProvenance),
    entryFor,
    screen(name: string): ScreeningHit[] {
      const hits = screenName(index, name, { threshold, maxHits: options.maxHits });
      return decisions.length === 0 ? hits : hits.map((h) => decide(name, h));
    },
    screenDetailed(name: string, country?: string): DetailedScreening {
      const scored = screenNameScored(index, name, { threshold, floor: reviewFloor, maxHits: options.maxHits });
      if (scored.length === 0) return { hits: [], nearMisses: [] };
      const { extras } = queryVariants(name);
      const all = scored.map((s) => decide(name, explainHit(index, s, extras, country)));
      return { hits: all.filter((h) => !h.nearMiss), nearMisses: all.filter((h) => h.nearMiss) };
    },
    lapsedDecisions(name, hit) {
      const entry = entryFor(hit);
      return entry ? staleDecisions(decisions, entry, name) : [];
    },
  };
}
