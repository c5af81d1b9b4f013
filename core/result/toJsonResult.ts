import type { ReviewJson } from "../reviews/reviewJson";
import type { PartyScreening } from "../scoring/context";
import type { CellError, DataProvenance, DecisionId, FlagCode, HardStop, RiskFigures, ScoredRow } from "../model/types";

/** One row of `export-risk score --format json`. */
export interface JsonResult {
  row: number;
  id: string;
  status: "ok" | "error";
  errors: CellError[];
  inherent: RiskFigures | null;
  residual: RiskFigures | null;
  decision: DecisionId | null;
  hardStops: HardStop[];
  flags: FlagCode[];
  drivers: string[];
  /** End user and partner screened against the loaded lists (only when lists were given). */
  screening?: PartyScreening[];
  methodology: string;
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
      inherent: null,
      residual: null,
      decision: null,
      hardStops: [],
      flags: [],
      drivers: [],
      methodology,
      data,
    };
  }
  const a = r.assessment;
  return {
    row: r.row,
    id: r.id,
    status: "ok",
    errors: [],
    inherent: a.inherent,
    residual: a.residual,
    decision: a.decision,
    hardStops: a.hardStops,
    flags: a.flags,
    drivers: a.drivers,
    ...(a.screening ? { screening: a.screening } : {}),
    methodology,
    data,
  };
}
