import type { ReviewJson } from "../reviews/reviewJson";
import type { PartyScreening } from "../scoring/context";
import type {
  AppliedRestriction,
  CellError,
  DataProvenance,
  DecisionId,
  FlagCode,
  HardStop,
  PathToProceed,
  ProvisionalDecision,
  RedLineHit,
  RiskFigures,
  ScoredRow,
} from "../model/types";

/** One row of `export-risk score --format json`. */
export interface JsonResult {
  row: number;
  id: string;
  status: "ok" | "error";
  errors: CellError[];
  /** Values read the fail-safe way on this row (red flags counted as other concern, mitigations not credited, the riskier of two readings). */
  warnings: CellError[];
  /** For a row in error: the decision that follows from what could be read (stop or escalate, never a clearance); null on a scored row. */
  provisional: ProvisionalDecision | null;
  inherent: RiskFigures | null;
  residual: RiskFigures | null;
  decision: DecisionId | null;
  hardStops: HardStop[];
  flags: FlagCode[];
  drivers: string[];
  /** Red lines that hold (methodology version 2); empty otherwise. */
  redLines: RedLineHit[];
  /** What would move the deal to a better decision, or why nothing can; null for a row in error. */
  pathToProceed: PathToProceed | null;
  /** End user and partner screened against the loaded lists (only when lists were given). */
  screening?: PartyScreening[];
  methodology: string;
  /** The date the deal was assessed as at (null for a row that could not be scored). */
  asAt: string | null;
  /** The restrictions rows in force on that date that the assessment applied, with instrument and source. */
  restrictionsApplied: AppliedRestriction[];
  data: Record<string, DataProvenance>;
  /** The deal's sign-off (only when a reviews file was given). */
  review?: ReviewJson;
}

export function toJsonResult(r: ScoredRow, methodology: string, data: Record<string, DataProvenance>): JsonResult {
  if (r.status === "error") {
    return {
      row: r.row,
      id: r.id,
      status: "error",
      errors: r.errors,
      warnings: r.warnings ?? [],
      provisional: r.provisional ?? { decision: "escalate", hardStops: [] },
      inherent: null,
      residual: null,
      decision: null,
      hardStops: [],
      flags: [],
      drivers: [],
      redLines: [],
      pathToProceed: null,
      methodology,
      asAt: r.deal.asAt ?? null,
      restrictionsApplied: [],
      data,
    };
  }
  const a = r.assessment;
  // One literal of fixed shape: a spread of the optional screening sent every row, a million on the
  // command line, down V8's slow path for building an object. Without lists `screening` is
  // undefined, which JSON leaves out.
  return {
    row: r.row,
    id: r.id,
    status: "ok",
    errors: [],
    warnings: r.warnings ?? [],
    provisional: null,
    inherent: a.inherent,
    residual: a.residual,
    decision: a.decision,
    hardStops: a.hardStops,
    flags: a.flags,
    drivers: a.drivers,
    redLines: a.redLines,
    pathToProceed: a.pathToProceed,
    screening: a.screening,
    methodology,
    asAt: a.asAt,
    restrictionsApplied: a.restrictionsApplied,
    data,
  };
}
