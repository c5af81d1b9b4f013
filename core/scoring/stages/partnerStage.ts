import type { Deal } from "../../model/types";
import { memoText, type CompiledProfile } from "../compiledProfile";
import type { ScoringContext } from "../context";
import type { RankedDriver } from "./driverRanks";

/** Stage 4: partner points P for the route to the end user. */
export function partnerStage(deal: Deal, ctx: ScoringContext, c: CompiledProfile): { score: number; driver: RankedDriver } {
  const { score, text } = partnerScore(deal, ctx, c);
  return { score, driver: { weight: score, text } };
}

function partnerScore(deal: Deal, ctx: ScoringContext, c: CompiledProfile): { score: number; text: string } {
  const p = ctx.profile.partners;
  if (deal.partnerType === null && !deal.partnerName) {
    return { score: p.direct, text: memoText(c, "partner|direct", () => `Partners: direct sale, no intermediary - ${p.direct} of 5`) };
  }
  // A named partner of unstated type is scored as the riskiest intermediary type.
  const type =
    (deal.partnerType ? c.partnerTypes.get(deal.partnerType) : undefined) ??
    [...c.partnerTypes.values()].reduce((a, b) => (b.score > a.score ? b : a));
  const stated = deal.partnerType !== null;
  const third = deal.partnerCountry !== null && deal.partnerCountry !== deal.country && deal.partnerCountry !== ctx.profile.exporterCountry;
  const ddMissing = deal.partnerDueDiligence !== "done";
  const score = Math.min(p.max, type.score + (third ? p.thirdCountryUplift : 0) + (ddMissing ? p.dueDiligenceMissingUplift : 0));
  const key = `partner|${type.id}|${stated}|${third ? deal.partnerCountry : ""}|${deal.partnerDueDiligence}`;
  const text = memoText(c, key, () => {
    const bits = [`${type.label.toLowerCase()} ${type.score}${stated ? "" : " (type not given, scored as the riskiest intermediary)"}`];
    if (third)
      bits.push(
        `+${p.thirdCountryUplift} based in a third country (${ctx.reference.countryByAlpha2(deal.partnerCountry!)?.name ?? deal.partnerCountry})`,
      );
    if (ddMissing)
      bits.push(
        `+${p.dueDiligenceMissingUplift} partner due diligence ${deal.partnerDueDiligence === "not-done" ? "not done" : "not recorded"}`,
      );
    return `Partners: ${bits.join(", ")} - ${score} of 5`;
  });
  return { score, text };
}
