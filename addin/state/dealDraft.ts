import type { Deal, PartnerDueDiligence, ScaleId } from "../../core";
import type { ScoringContext } from "../../core";
import { isIsoDate, mapHeaders } from "../../core";
import type { DealField } from "../../core";

/** What the Assess form holds while the user types: catalogue ids from drop-downs, free text elsewhere. */
export interface DealDraft {
  id: string;
  customer: string;
  product: string;
  capability: string;
  scale: string;
  country: string;
  endUserType: string;
  endUserName: string;
  /** "" for a direct sale. */
  partnerType: string;
  partnerName: string;
  partnerCountry: string;
  partnerDueDiligence: PartnerDueDiligence;
  redFlags: string[];
  mitigations: string[];
  value: string;
  currency: string;
  /** Assess as at this date (YYYY-MM-DD); "" uses the Settings date, or today. */
  asAt: string;
}

export function emptyDraft(): DealDraft {
  return {
    id: "",
    customer: "",
    product: "",
    capability: "",
    scale: "",
    country: "",
    endUserType: "",
    endUserName: "",
    partnerType: "",
    partnerName: "",
    partnerCountry: "",
    partnerDueDiligence: "unknown",
    redFlags: [],
    mitigations: [],
    value: "",
    currency: "GBP",
    asAt: "",
  };
}

export interface DraftProblem {
  field: keyof DealDraft;
  message: string;
}

/** The deal the draft describes, or what is still missing or wrong, in words for the form. */
export function draftToDeal(d: DealDraft, ctx: ScoringContext): { deal?: Deal; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  if (!d.capability) problems.push({ field: "capability", message: "Choose what the product can do." });
  let country = "";
  if (!d.country.trim()) problems.push({ field: "country", message: "Enter the destination country." });
  else {
    const c = ctx.reference.resolveCountry(d.country);
    if (c) country = c.alpha2;
    else {
      const s = ctx.reference.suggestCountry(d.country);
      problems.push({
        field: "country",
        message: `Country '${d.country}' is not recognised${s ? ` - did you mean '${s}'?` : " - use a country name or ISO code"}.`,
      });
    }
  }
  let partnerCountry: string | null = null;
  if (d.partnerType && d.partnerCountry.trim()) {
    const c = ctx.reference.resolveCountry(d.partnerCountry);
    if (c) partnerCountry = c.alpha2;
    else
      problems.push({
        field: "partnerCountry",
        message: `Partner country '${d.partnerCountry}' is not recognised - use a country name or ISO code.`,
      });
  }
  const value = d.value.trim() === "" ? null : Number(d.value.replace(/[,\s]/g, ""));
  if (value !== null && !Number.isFinite(value)) problems.push({ field: "value", message: `Deal value '${d.value}' is not a number.` });
  const asAt = d.asAt.trim();
  if (asAt !== "" && !isIsoDate(asAt))
    problems.push({ field: "asAt", message: `As at '${asAt}' is not a date - write it as YYYY-MM-DD (for example 2020-11-15).` });
  if (problems.length > 0) return { problems };
  return {
    problems,
    deal: {
      row: 0,
      id: d.id.trim(),
      customer: d.customer.trim(),
      endUserName: d.endUserName.trim(),
      country,
      endUserType: d.endUserType || "unknown",
      capability: d.capability,
      product: d.product.trim(),
      partnerType: d.partnerType || null,
      partnerName: d.partnerType ? d.partnerName.trim() : "",
      partnerCountry,
      // A direct sale has no partner to check; "unknown" is what the intake reads for it, so a deal added to the pipeline keeps its basis.
      partnerDueDiligence: d.partnerType ? d.partnerDueDiligence : "unknown",
      scale: (d.scale || null) as ScaleId | null,
      redFlags: d.redFlags,
      mitigations: d.mitigations,
      value,
      currency: d.currency.trim(),
      owner: "",
      extra: {},
      ...(asAt ? { asAt } : {}),
    },
  };
}

const dueDiligenceText: Record<PartnerDueDiligence, string> = { done: "Yes", "not-done": "No", unknown: "Unknown" };

/**
 * The deal as a new row under the table's own headers, in the words the intake reads back
 * (labels and country names, lists separated by ';'). Columns the deal has nothing for stay blank.
 */
export function dealRowForHeaders(deal: Deal, headers: readonly string[], ctx: ScoringContext): (string | number | null)[] {
  const p = ctx.profile;
  const label = (list: ReadonlyArray<{ id: string; label: string }>, id: string | null) =>
    id ? (list.find((e) => e.id === id)?.label ?? id) : "";
  const countryName = (a2: string | null) => (a2 ? (ctx.reference.countryByAlpha2(a2)?.name ?? a2) : "");
  const byField: Record<DealField, string | number> = {
    id: deal.id,
    customer: deal.customer,
    endUserName: deal.endUserName,
    country: countryName(deal.country),
    endUserType: label(p.endUserTypes, deal.endUserType),
    capability: label(p.capabilities, deal.capability),
    product: deal.product,
    partnerName: deal.partnerName,
    partnerType: deal.partnerType ? label(p.partners.types, deal.partnerType) : "Direct",
    partnerCountry: countryName(deal.partnerCountry),
    partnerDueDiligence: deal.partnerType ? dueDiligenceText[deal.partnerDueDiligence] : "",
    scale: label(p.scales, deal.scale),
    // Ids, not labels, in lists: some labels contain commas, which the intake reads as separators.
    redFlags: deal.redFlags.join("; "),
    mitigations: deal.mitigations.join("; "),
    value: deal.value ?? "",
    currency: deal.currency,
    owner: deal.owner,
    asAt: deal.asAt ?? "",
  };
  const fields = mapHeaders(headers.map(String));
  // null leaves a column the deal does not fill to Excel: a calculated column keeps its formula,
  // where "" would overwrite it with text.
  return fields.map((f) => (f ? byField[f] : null));
}
