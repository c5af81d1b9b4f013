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

/** Who imposes a measure; "company-policy" is the methodology's (or the company's) own policy, not law. */
export type RestrictionAuthority = "UK" | "EU" | "UN" | "US" | "company-policy";

/** One row of the dated sanctions / embargo / states-of-concern table. */
export interface RestrictionRow {
  country: string; // ISO alpha-2
  measure: RestrictionMeasure;
  authority: RestrictionAuthority;
  /** The legal instrument or policy by name. */
  instrument: string;
  /** Where to read it: an official address (https://...), or the policy document for company policy. */
  source: string;
  /** In force since (YYYY-MM-DD); null when not known. */
  from: string | null;
  /** Lifted on (YYYY-MM-DD, no longer in force that day); null while in force. */
  to: string | null;
  /** Checked against the named source on the table's as-of date (the note says what was checked). */
  verified: boolean;
  /** The table's as-of date, recorded on every row. */
  asOf: string;
  note?: string;
}

export interface RestrictionTable {
  id: string;
  title: string;
  asOf: string;
  source: string;
  caveat: string;
  /** Must be true for a table with no comprehensive-sanctions, interception or arms-embargo row. */
  noCountryHardStops?: boolean;
  rows: RestrictionRow[];
}

/** Everything the scoring needs besides the profile. Build it once, reuse it for every row. */
export interface ReferenceData {
  resolveCountry(text: string): Country | undefined;
  countryByAlpha2(alpha2: string): Country | undefined;
  /** Closest known country names for a suggestion in an error message. */
  suggestCountry(text: string): string | undefined;
  destination(alpha2: string): DestinationFigures | undefined;
  /** Every row of the restrictions table for a destination, whatever its dates (see restrictionsInForce). */
  restrictions(alpha2: string): readonly RestrictionRow[];
  /** The WGI indicators the governance data holds (the shipped history: va and rl). */
  wgiIndicators: readonly string[];
  /** The restrictions table's own as-of date. */
  restrictionsAsOf: string;
  /** Figures of the latest WGI year <= maxYear with any figure for the destination (see wgiForYear). */
  destinationAt(alpha2: string, maxYear: number): DestinationFigures | undefined;
  /** Problems the user must see on every run (e.g. a table that switches off country hard stops). */
  warnings: string[];
  provenance: DataProvenance[];
}
