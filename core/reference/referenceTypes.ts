import type { DataProvenance } from "../model/types";

/** A country as the core knows it. */
export interface Country {
  alpha2: string;
  alpha3: string;
  numeric: string;
  name: string;
}

/** Governance figures for one destination, from the World Bank WGI (percentile ranks 0-100). */
export interface DestinationFigures {
  alpha3: string;
  year: number;
  /** Percentile ranks by indicator code (va, pv, ge, rq, rl, cc); missing when the source has none. */
  pct: Partial<Record<"va" | "pv" | "ge" | "rq" | "rl" | "cc", number>>;
}

export type RestrictionMeasure = "comprehensive-sanctions" | "interception-monitoring-restriction" | "arms-embargo" | "state-of-concern";

/** One row of the dated sanctions / embargo / states-of-concern table. */
export interface RestrictionRow {
  country: string; // ISO alpha-2
  measure: RestrictionMeasure;
  /** Who imposes it, e.g. "UK", "UK/EU/UN". */
  authority: string;
  source: string;
  asOf: string; // YYYY-MM-DD
  note?: string;
}

export interface RestrictionTable {
  id: string;
  title: string;
  asOf: string;
  source: string;
  caveat: string;
  rows: RestrictionRow[];
}

/** Everything the scoring needs besides the profile. Build it once, reuse it for every row. */
export interface ReferenceData {
  resolveCountry(text: string): Country | undefined;
  countryByAlpha2(alpha2: string): Country | undefined;
  /** Closest known country names for a suggestion in an error message. */
  suggestCountry(text: string): string | undefined;
  destination(alpha2: string): DestinationFigures | undefined;
  restrictions(alpha2: string): readonly RestrictionRow[];
  provenance: DataProvenance[];
}
