import type { Deal, ScoringContext } from "../../core";

/** Who and where, for a sign-off heading: "Ministry of Interior, Egypt (customer Nile Systems)". */
export function dealLabel(deal: Deal, ctx: ScoringContext): string {
  const country = ctx.reference.countryByAlpha2(deal.country)?.name ?? deal.country;
  const who = deal.endUserName.trim() || "End user not named";
  const customer = deal.customer.trim() && deal.customer.trim() !== deal.endUserName.trim() ? ` (customer ${deal.customer.trim()})` : "";
  return `${who}, ${country}${customer}`;
}
