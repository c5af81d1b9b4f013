import type { DataProvenance } from "../model/types";
import type { ScoringContext } from "../scoring/context";

/** Every reference data set behind a result: countries, governance figures, restrictions, lists. */
export function provenanceOf(ctx: ScoringContext): DataProvenance[] {
  return [...ctx.reference.provenance, ...(ctx.screener?.provenance ?? [])];
}

/** Provenance as the compact object of the JSON output: id -> "title version (as of date; source; licence)". */
export function provenanceSummary(list: readonly DataProvenance[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of list) out[p.id] = `${p.title} ${p.version} (as of ${p.asOf}; ${p.source}; ${p.licence})`;
  return out;
}
