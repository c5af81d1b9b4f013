import type { Deal, HardStop, ProvisionalDecision } from "../model/types";
import type { ScoringContext } from "../scoring/context";
import { groupByMeasure, restrictionsInForce } from "../reference/restrictionsInForce";
import { todayIso } from "../reference/todayIso";

/**
 * The decision that follows for a row that could not be scored, from what could be read: `stop`
 * when a hard stop follows (a recognised destination under comprehensive sanctions, interception
 * restrictions or an arms embargo where the capability and end user read allow it, a
 * restricted-party match on a named party), otherwise `escalate`. Never an all-clear.
 */
export function provisionalDecision(deal: Partial<Deal>, ctx: ScoringContext): ProvisionalDecision {
  const hardStops = [...destinationStops(deal, ctx), ...partyStops(deal, ctx)];
  return { decision: hardStops.length ? "stop" : "escalate", hardStops };
}

function destinationStops(deal: Partial<Deal>, ctx: ScoringContext): HardStop[] {
  if (!deal.country) return [];
  const p = ctx.profile;
  const hs = p.hardStops;
  const cap = deal.capability ? p.capabilities.find((c) => c.id === deal.capability) : undefined;
  const uplift = cap && deal.scale && p.severity.upliftScales.includes(deal.scale) ? p.severity.scaleUplift : 0;
  const severity = cap ? Math.min(5, cap.severity + uplift) : undefined;
  // Without a capability, a rule follows only when it applies to every capability in the catalogue.
  const lowest = Math.min(...p.capabilities.map((c) => c.severity));
  const reaches = (min: number) => (severity ?? lowest) >= min;
  const name = ctx.reference.countryByAlpha2(deal.country)?.name ?? deal.country;
  const out: HardStop[] = [];
  // The rows in force on the date the deal is assessed as at, as the assessment itself would use.
  const asAt = deal.asAt ?? ctx.asAt ?? todayIso();
  for (const r of groupByMeasure(restrictionsInForce(ctx.reference, deal.country, asAt).rows)) {
    if (r.measure === hs.comprehensiveSanctions.measure && reaches(hs.comprehensiveSanctions.minSeverity)) {
      out.push({
        code: "comprehensive-sanctions",
        message: `Comprehensive sanctions on ${name} (${r.basis}): no cyber product may be supplied`,
      });
    } else if (r.measure === hs.interceptionRestrictions.measure && reaches(hs.interceptionRestrictions.minSeverity)) {
      out.push({
        code: "interception-monitoring-restriction",
        message: `Interception and monitoring restrictions on ${name} (${r.basis}) apply to capabilities of severity ${hs.interceptionRestrictions.minSeverity} or more`,
      });
    } else if (
      r.measure === hs.armsEmbargo.measure &&
      reaches(hs.armsEmbargo.minSeverity) &&
      deal.endUserType !== undefined &&
      hs.armsEmbargo.endUserTypes.includes(deal.endUserType)
    ) {
      out.push({
        code: "arms-embargo",
        message: `Arms embargo on ${name} (${r.basis}) for an end user of type '${deal.endUserType}'`,
      });
    }
  }
  return out;
}

function partyStops(deal: Partial<Deal>, ctx: ScoringContext): HardStop[] {
  if (!ctx.screener || !ctx.profile.hardStops.restrictedParty.enabled) return [];
  const out: HardStop[] = [];
  const parties: Array<["end user" | "partner", string | undefined]> = [
    ["end user", deal.endUserName],
    ["partner", deal.partnerName],
  ];
  for (const [role, name] of parties) {
    if (!name) continue;
    const country = role === "partner" ? (deal.partnerCountry ?? deal.country) : deal.country;
    for (const h of ctx.screener.screen(name, country ?? undefined)) {
      if (h.decision?.status === "cleared" || h.score < ctx.profile.screening.threshold) continue;
      out.push({
        code: "restricted-party-match",
        message: `Restricted-party match: ${role} '${name}' matches '${h.matchedName}' on ${h.source} (entry ${h.entryId}, score ${h.score.toFixed(2)}), until a reviewer clears it`,
      });
    }
  }
  return out;
}
