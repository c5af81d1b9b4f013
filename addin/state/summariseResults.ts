import type { Profile } from "../../core";
import type { ScoredRow } from "../../core";

export interface ResultSummary {
  scored: number;
  errors: number;
  /** Rows in error by provisional decision: never an all-clear. */
  provisional: { stop: number; escalate: number };
  byBand: Array<{ id: string; label: string; count: number }>;
  byDecision: Array<{ id: string; label: string; count: number }>;
}

/** Counts by residual band and by decision, in the profile's order, for the pane's summary. */
export function summariseResults(results: readonly ScoredRow[], profile: Profile): ResultSummary {
  const band = new Map<string, number>();
  const decision = new Map<string, number>();
  let errors = 0;
  const provisional = { stop: 0, escalate: 0 };
  for (const r of results) {
    if (r.status !== "ok") {
      errors += 1;
      provisional[r.provisional?.decision ?? "escalate"] += 1;
      continue;
    }
    band.set(r.assessment.residual.band, (band.get(r.assessment.residual.band) ?? 0) + 1);
    decision.set(r.assessment.decision, (decision.get(r.assessment.decision) ?? 0) + 1);
  }
  return {
    scored: results.length - errors,
    errors,
    provisional,
    byBand: profile.bands.map((b) => ({ id: b.id, label: b.label, count: band.get(b.id) ?? 0 })),
    byDecision: profile.decisions.map((d) => ({ id: d.id, label: d.label, count: decision.get(d.id) ?? 0 })),
  };
}
