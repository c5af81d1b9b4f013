import type { PartyScreening } from "../scoring/context";

/** Core data types shared by the scoring core, the table intake, the register and every front end. */

export type StageScore = 1 | 2 | 3 | 4 | 5;
export type BandId = "low" | "medium" | "high" | "critical";
/** Mildest first. `decline` (methodology version 2) follows from a red line; `stop` from a hard stop. */
export type DecisionId = "proceed" | "proceed-with-conditions" | "escalate" | "decline" | "stop";
export type ScaleId = "limited" | "regional" | "national" | "mass";
export type PartnerDueDiligence = "done" | "not-done" | "unknown";

/** One export deal after intake: every coded field is already resolved to a catalogue id. */
export interface Deal {
  /** 1-based row in the source table (header = 1); 0 when the deal did not come from a table. */
  row: number;
  id: string;
  customer: string;
  /** End-user organisation name (screened when screening lists are loaded). */
  endUserName: string;
  /** ISO 3166-1 alpha-2 code of the destination. */
  country: string;
  endUserType: string;
  capability: string;
  product: string;
  /** Partner type id from the profile, or null for a direct sale. */
  partnerType: string | null;
  partnerName: string;
  /** ISO alpha-2 of the partner's country, or null when not given (taken as the destination). */
  partnerCountry: string | null;
  partnerDueDiligence: PartnerDueDiligence;
  scale: ScaleId | null;
  redFlags: string[];
  mitigations: string[];
  value: number | null;
  currency: string;
  owner: string;
  /** Free columns the register carries through (treatment, due date, status, ...). */
  extra: Record<string, string>;
  /** Assess as at this date (YYYY-MM-DD, the deal's "As at" column); the run's date when absent. */
  asAt?: string;
}

export interface RiskFigures {
  severity: number;
  likelihood: number;
  score: number;
  band: BandId;
}

export interface HardStop {
  code: "comprehensive-sanctions" | "interception-monitoring-restriction" | "arms-embargo" | "restricted-party-match";
  message: string;
}

export type FlagCode = "licence-check" | "national-security-review" | "residual-floor" | "no-destination-data" | "misuse-cap";

/** A red line of the profile that holds for the deal (methodology version 2): the deal is declined. */
export interface RedLineHit {
  id: string;
  label: string;
  /** False when the red line depends on the residual score, so mitigations can leave it. */
  fixed: boolean;
}

/** One better decision that further mitigations alone reach: the fewest clauses, strong ones first. */
export interface PathStep {
  decision: DecisionId;
  /** Mitigation ids to add, in catalogue order. */
  add: string[];
  residual: { likelihood: number; score: number; band: BandId };
}

/** An action on the evidence that would honestly change an input (never a clause). */
export interface EvidenceAction {
  code: "complete-partner-due-diligence" | "identify-end-user";
  text: string;
  /** The decision if the evidence turns out as hoped (with today's mitigations); null when it cannot be told in advance. */
  decision: DecisionId | null;
}

/** Why mitigations cannot take the deal (any further) towards proceed. */
export interface PathBlocker {
  code: "hard-stop" | "red-line" | "national-security-review" | "severity-floor" | "misuse-cap" | "credit-at-maximum";
  text: string;
}

/** What it would take to move the deal to a better decision, or why nothing can. */
export interface PathToProceed {
  steps: PathStep[];
  evidence: EvidenceAction[];
  blockers: PathBlocker[];
  /** One line in plain words, e.g. "To reach proceed with conditions: add Audit rights and Technical limits on use". */
  summary: string;
}

export interface StageScores {
  capability: number;
  destination: number;
  endUser: number;
  partners: number;
  redFlags: number;
  mitigations: number;
}

export interface Assessment {
  inherent: RiskFigures;
  residual: RiskFigures;
  decision: DecisionId;
  hardStops: HardStop[];
  flags: FlagCode[];
  /** Plain-language reasons, most important first. */
  drivers: string[];
  stages: StageScores;
  /** Red flags credited, including ones the methodology adds (e.g. arms embargo). */
  redFlags: string[];
  mitigations: string[];
  /** The destination score and what it rests on (figures, year, source, or an override and its reason). */
  destination: DestinationBasis;
  /** Restricted-party screening of the end user and partner, when lists were loaded. */
  screening?: PartyScreening[];
  /** Red lines that hold (empty under a profile without red lines). */
  redLines: RedLineHit[];
  pathToProceed: PathToProceed;
  methodology: string;
  /** The date the deal was assessed as at (YYYY-MM-DD): restrictions in force then, WGI year before it. */
  asAt: string;
  /** The restrictions rows in force on the as-at date that the assessment applied (hard stops, flags). */
  restrictionsApplied: AppliedRestriction[];
}

/** A restrictions row as a result records it: what, by whom, under which instrument, from where. */
export interface AppliedRestriction {
  measure: string;
  authority: string;
  instrument: string;
  source: string;
  from: string | null;
  to: string | null;
  verified: boolean;
}

export interface DestinationBasis {
  alpha2: string;
  name: string;
  score: number;
  /** "wgi" (World Bank figures), "override" (user's, with reason) or "no-data". */
  basis: "wgi" | "override" | "no-data";
  year?: number;
  va?: number;
  rl?: number;
  reason?: string;
}

export interface CellError {
  column: string;
  value: string;
  message: string;
}

/**
 * What follows for a row that could not be scored from what could be read: `stop` when a hard stop
 * follows (a recognised destination under comprehensive sanctions, a restricted-party match),
 * otherwise `escalate`. A row in error is never counted as cleared.
 */
export interface ProvisionalDecision {
  decision: "stop" | "escalate";
  hardStops: HardStop[];
}

/**
 * `warnings`: values read the fail-safe way (an unrecognised red flag counted as `other-concern`,
 * a mitigation not credited, an ambiguous value read as the riskier entry).
 */
export type ScoredRow =
  | { row: number; id: string; status: "ok"; deal: Deal; assessment: Assessment; warnings?: CellError[] }
  | {
      row: number;
      id: string;
      status: "error";
      errors: CellError[];
      deal: Partial<Deal>;
      warnings?: CellError[];
      provisional?: ProvisionalDecision;
    };

/** Reference data versions recorded with every result, so a score can be reproduced later. */
export interface DataProvenance {
  id: string;
  title: string;
  version: string;
  asOf: string;
  source: string;
  licence: string;
}
