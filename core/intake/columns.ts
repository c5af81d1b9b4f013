/**
 * The columns a deal table may have, with the header names users write for them. Headers match
 * regardless of case, spacing and punctuation ("End-user category" = "end user category").
 * Earlier synonyms win when two headers could claim the same field.
 */
export const dealFields = [
  "id",
  "customer",
  "endUserName",
  "country",
  "endUserType",
  "capability",
  "product",
  "partnerName",
  "partnerType",
  "partnerCountry",
  "partnerDueDiligence",
  "scale",
  "redFlags",
  "mitigations",
  "value",
  "currency",
  "owner",
] as const;
export type DealField = (typeof dealFields)[number];

export interface FieldSpec {
  field: DealField;
  label: string;
  required: boolean;
  synonyms: readonly string[];
}

export const fieldSpecs: readonly FieldSpec[] = [
  { field: "id", label: "Deal ID", required: false, synonyms: ["deal id", "id", "ref", "reference", "deal ref", "deal reference", "deal no", "deal number", "deal", "opportunity id", "opportunity", "opp id", "record id"] },
  { field: "customer", label: "Customer", required: false, synonyms: ["customer", "customer name", "client", "client name", "account", "account name", "buyer", "purchaser", "contracting party"] },
  { field: "endUserName", label: "End user", required: false, synonyms: ["end user name", "end user organisation", "end user organization", "end user", "ultimate end user", "consignee", "end user entity"] },
  { field: "country", label: "Country", required: true, synonyms: ["country", "destination", "destination country", "country of destination", "end user country", "ship to country", "delivery country", "country of end use", "end use country", "market", "destination market", "territory", "country code", "iso country", "country name", "end use location"] },
  { field: "endUserType", label: "End user type", required: false, synonyms: ["end user type", "end user category", "customer type", "end user sector", "customer category", "customer segment", "type of end user", "end user kind", "buyer type", "client type", "organisation type", "organization type", "entity type", "end user segment", "sector", "segment"] },
  { field: "capability", label: "Capability", required: true, synonyms: ["capability", "product category", "capability type", "product type", "product class", "category", "product", "solution", "product family", "technology"] },
  { field: "product", label: "Product", required: false, synonyms: ["product name", "product", "item", "sku", "product description", "description", "solution name"] },
  { field: "partnerName", label: "Partner", required: false, synonyms: ["partner", "partner name", "reseller", "reseller name", "distributor", "distributor name", "intermediary", "channel partner", "agent", "integrator", "business partner"] },
  { field: "partnerType", label: "Partner type", required: false, synonyms: ["partner type", "intermediary type", "channel type", "partner role", "reseller type", "route to market", "channel", "sales channel"] },
  { field: "partnerCountry", label: "Partner country", required: false, synonyms: ["partner country", "reseller country", "distributor country", "intermediary country", "agent country", "partner location"] },
  { field: "partnerDueDiligence", label: "Partner due diligence", required: false, synonyms: ["partner due diligence", "due diligence", "partner dd", "dd", "dd done", "due diligence done", "partner checked", "kyc", "partner kyc", "kyc done", "partner screened"] },
  { field: "scale", label: "Scale", required: false, synonyms: ["scale", "deployment scale", "deployment", "scope", "size of deployment", "deployment size"] },
  { field: "redFlags", label: "Red flags", required: false, synonyms: ["red flags", "red flag", "flags", "warning signs", "concerns", "risk indicators"] },
  { field: "mitigations", label: "Mitigations", required: false, synonyms: ["mitigations", "mitigation", "contract clauses", "clauses", "controls", "safeguards", "conditions", "mitigating measures"] },
  { field: "value", label: "Value", required: false, synonyms: ["value", "deal value", "contract value", "amount", "tcv", "total contract value", "price", "revenue", "value gbp", "value usd", "value eur", "deal size"] },
  { field: "currency", label: "Currency", required: false, synonyms: ["currency", "ccy", "cur"] },
  { field: "owner", label: "Owner", required: false, synonyms: ["owner", "deal owner", "account manager", "sales owner", "responsible", "risk owner"] },
];

export const fieldLabel: Record<DealField, string> = Object.fromEntries(fieldSpecs.map((s) => [s.field, s.label])) as Record<
  DealField,
  string
>;
