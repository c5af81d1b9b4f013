import type { ScoringContext } from "../scoring/context";
import type { TableScore } from "../intake/scoreTable";
import type { RegisterInput } from "./registerInput";

/** The register input for a scored table: what both the command line and the task pane hand to buildRegister. */
export function registerInputFromScore(
  scored: Pick<TableScore, "results" | "provenance">,
  ctx: ScoringContext,
  meta: Pick<RegisterInput, "title" | "asOf" | "source" | "methodologySource" | "generator" | "columns">,
): RegisterInput {
  return {
    ...meta,
    results: scored.results,
    provenance: scored.provenance,
    profile: ctx.profile,
    // Screening results exist only when lists were loaded; otherwise the register says none were screened.
    ...(ctx.screener ? { screening: { lists: ctx.screener.provenance } } : {}),
    countryName: (alpha2) => ctx.reference.countryByAlpha2(alpha2)?.name,
    restrictionsFor: (alpha2) => ctx.reference.restrictions(alpha2),
  };
}
