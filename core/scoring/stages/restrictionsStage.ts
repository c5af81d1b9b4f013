import type { HardStop } from "../../model/types";
import { groupByMeasure, restrictionsInForce, type MeasureInForce } from "../../reference/restrictionsInForce";
import type { RestrictionRow } from "../../reference/referenceTypes";
import { memoText, type CompiledProfile } from "../compiledProfile";
import type { ScoringContext } from "../context";

export interface RestrictionsOutcome {
  hardStops: HardStop[];
  /** A red flag the methodology adds (the arms embargo where it does not stop the deal), or null. */
  addedRedFlag: string | null;
  /** The states-of-concern rows that call for a national-security review, if any. */
  nationalSecurity: MeasureInForce | undefined;
  /** The rows in force on the as-at date (all measures), and the warnings about rows with no recorded start. */
  inForce: RestrictionRow[];
  warnings: string[];
}

/**
 * Restrictions on the destination: comprehensive sanctions, interception and monitoring
 * restrictions and the arms embargo as hard stops (the embargo is a red flag otherwise), and a
 * state of concern as a national-security review.
 */
export function restrictionsStage(
  alpha2: string,
  countryName: string,
  severity: number,
  endUser: { id: string; label: string },
  ctx: ScoringContext,
  c: CompiledProfile,
  asAt: string,
): RestrictionsOutcome {
  const p = ctx.profile;
  const hs = p.hardStops;
  const inForce = restrictionsInForce(ctx.reference, alpha2, asAt);
  const out: RestrictionsOutcome = {
    hardStops: [],
    addedRedFlag: null,
    nationalSecurity: undefined,
    inForce: inForce.rows,
    warnings: inForce.warnings,
  };
  // Rows in force on the as-at date, one per measure (several authorities are cited together).
  for (const r of groupByMeasure(inForce.rows)) {
    if (r.measure === hs.comprehensiveSanctions.measure && severity >= hs.comprehensiveSanctions.minSeverity) {
      out.hardStops.push({
        code: "comprehensive-sanctions",
        message: memoText(
          c,
          `hs-cs|${alpha2}|${r.basis}`,
          () => `Comprehensive sanctions on ${countryName} (${r.basis}): no cyber product may be supplied`,
        ),
      });
    } else if (r.measure === hs.interceptionRestrictions.measure && severity >= hs.interceptionRestrictions.minSeverity) {
      out.hardStops.push({
        code: "interception-monitoring-restriction",
        message: memoText(
          c,
          `hs-im|${alpha2}|${r.basis}`,
          () =>
            `Interception and monitoring restrictions on ${countryName} (${r.basis}) apply to capabilities of severity ${hs.interceptionRestrictions.minSeverity} or more`,
        ),
      });
    } else if (r.measure === hs.armsEmbargo.measure) {
      if (severity >= hs.armsEmbargo.minSeverity && c.armsEmbargoEndUsers.has(endUser.id)) {
        out.hardStops.push({
          code: "arms-embargo",
          message: memoText(
            c,
            `hs-ae|${alpha2}|${endUser.id}|${severity}|${r.basis}`,
            () =>
              `Arms embargo on ${countryName} (${r.basis}): a severity ${severity} capability for an end user of type '${endUser.label}'`,
          ),
        });
      }
      // The embargo also counts as a red flag when it stops the deal, so a riskier deal never
      // scores lower than a safer one to the same destination.
      if (hs.armsEmbargo.redFlag) out.addedRedFlag = hs.armsEmbargo.redFlag;
    } else if (r.measure === p.nationalSecurity.measure && severity >= p.nationalSecurity.minSeverity) {
      out.nationalSecurity = r;
    }
  }
  return out;
}
