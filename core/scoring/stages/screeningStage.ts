import type { Deal, HardStop } from "../../model/types";
import type { PartyScreening, ScoringContext } from "../context";

/** Restricted parties: an uncleared hit at or above the threshold stops the deal. */
export function screeningStage(deal: Deal, ctx: ScoringContext): { screening: PartyScreening[] | undefined; hardStops: HardStop[] } {
  const p = ctx.profile;
  const hardStops: HardStop[] = [];
  if (!ctx.screener || !p.hardStops.restrictedParty.enabled) return { screening: undefined, hardStops };
  const screening: PartyScreening[] = [];
  const parties: Array<[PartyScreening["role"], string]> = [
    ["end user", deal.endUserName],
    ["partner", deal.partnerName],
  ];
  for (const [role, name] of parties) {
    if (!name) continue;
    const hits = ctx.screener.screen(name, role === "partner" ? (deal.partnerCountry ?? deal.country) : deal.country);
    screening.push({ role, name, hits });
    for (const h of hits) {
      if (h.decision?.status === "cleared" || h.score < p.screening.threshold) continue;
      hardStops.push({
        code: "restricted-party-match",
        message:
          `Restricted-party match: ${role} '${name}' matches '${h.matchedName}' on ${h.source} (entry ${h.entryId}, ${h.programme || "no programme"}, score ${h.score.toFixed(2)})` +
          (h.decision?.status === "confirmed" ? `, confirmed by ${h.decision.by} on ${h.decision.at}` : ", until a reviewer clears it"),
      });
    }
  }
  return { screening, hardStops };
}
