import type { DataProvenance } from "../model/types";
import type { ScoringContext } from "../scoring/context";

/** Every reference data set behind a result: countries, governance figures, restrictions, lists. */
export function provenanceOf(ctx: ScoringContext): DataProvenance[] {
  return [...ctx.reference.provenance, ...(ctx.screener?.provenance ?? [])];
}

/** Provenance keyed by data set id, as the JSON output carries it with every row. */
export function provenanceSummary(list: readonly DataProvenance[]): Record<string, DataProvenance> {
  const out: Record<string, DataProvenance> = {};
  for (const p of list) out[p.id] = p;
  return out;
}

/** One line per data set: title, version and as-of date. */
export function provenanceLines(list: readonly DataProvenance[]): string[] {
  return list.map((p) => `${p.title}, ${p.version}, as of ${p.asOf} (${p.licence})`);
}
