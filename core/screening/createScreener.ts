import type { DataProvenance } from "../model/types";
import type { PartyScreener, ScreeningHit } from "../scoring/context";
import { findDecision, staleDecisions, withDecision, type ScreeningDecision } from "./decisions";
import { screenName } from "./screenName";
import { buildScreeningIndex, type ScreeningIndex } from "./screeningIndex";
import type { ListEntry, ScreeningList } from "./types";

/**
 * Default alerting threshold, chosen from bench/screening-accuracy.ts (see docs/screening.md); the
 * methodology profile's screening.threshold normally supplies it.
 */
export const DEFAULT_SCREENING_THRESHOLD = 0.88;

export interface ScreenerOptions {
  threshold?: number;
  decisions?: ScreeningDecision[];
  maxHits?: number;
}

export interface PartyScreenerWithIndex extends PartyScreener {
  index: ScreeningIndex;
  threshold: number;
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
  const decisions = options.decisions ?? [];
  const byKey = new Map<string, ListEntry>();
  for (const e of index.entries) byKey.set(`${e.source}\u0000${e.entryId}`, e);
  const entryFor = (hit: Pick<ScreeningHit, "source" | "entryId">) => byKey.get(`${hit.source}\u0000${hit.entryId}`);
  return {
    index,
    threshold,
    provenance: lists.map(listProvenance),
    entryFor,
    screen(name: string): ScreeningHit[] {
      const hits = screenName(index, name, { threshold, maxHits: options.maxHits });
      if (decisions.length === 0) return hits;
      return hits.map((h) => {
        const entry = entryFor(h);
        return entry ? withDecision(h, findDecision(decisions, entry, name)) : h;
      });
    },
    lapsedDecisions(name, hit) {
      const entry = entryFor(hit);
      return entry ? staleDecisions(decisions, entry, name) : [];
    },
  };
}
