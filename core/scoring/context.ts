import type { Profile } from "../methodology/profileSchema";
import type { DataProvenance } from "../model/types";
import type { ReferenceData } from "../reference/referenceTypes";

/** One restricted-party hit, explained: which list entry, which of its names, the score, the programme. */
export interface ScreeningHit {
  source: string; // e.g. "OFAC SDN", "UN", "US CSL", "EU", "UK", "Internal"
  entryId: string;
  listName: string; // the entry's primary name
  matchedName: string; // the name or alias that matched
  aliasQuality?: "strong" | "weak" | "primary";
  programme: string;
  score: number; // 0..1
  decision?: { status: "cleared" | "confirmed"; by: string; at: string; reason: string };
}

export interface PartyScreening {
  role: "end user" | "partner";
  name: string;
  hits: ScreeningHit[];
}

/** Screens names against the loaded restricted-party lists (implemented in core/screening). */
export interface PartyScreener {
  screen(name: string, country?: string): ScreeningHit[];
  provenance: DataProvenance[];
}

/** Everything an assessment needs; build once per table or session, reuse for every row. */
export interface ScoringContext {
  profile: Profile;
  reference: ReferenceData;
  screener?: PartyScreener;
  /** Assess as at this date (YYYY-MM-DD) unless a deal gives its own; createContext defaults it to today. */
  asAt?: string;
}
