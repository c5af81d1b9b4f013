import { readFileSync } from "fs";
import * as path from "path";
import { scoreTable } from "../../core/intake/scoreTable";
import { defaultProfile } from "../../core/methodology/loadProfile";
import type { Profile } from "../../core/methodology/profileSchema";
import type { Assessment, Deal } from "../../core/model/types";
import { createReference } from "../../core/reference/defaultReference";
import type { RestrictionTable } from "../../core/reference/referenceTypes";
import { basisSourcesOf, dealBasis } from "../../core/reviews/dealBasis";
import type { DealBasis } from "../../core/reviews/reviewTypes";
import type { ScoringContext } from "../../core/scoring/context";
import { createContext } from "../../core/scoring/createContext";
import { createScreener, importLists } from "../../core/screening";

export const HEADER = [
  "Deal ID",
  "Customer",
  "End user",
  "End-user category",
  "Destination country",
  "Product category",
  "Contract clauses",
  "Deal value",
  "Currency",
];
/** A medium-risk deal (proceed with conditions) and a high-risk one (escalate) under the shipped profile. */
export const ROWS = {
  norway: [
    "N-1",
    "Nordic Telecom AS",
    "Nordic Telecom AS",
    "Telecom operator",
    "Norway",
    "Network security monitoring",
    "",
    "50000",
    "GBP",
  ],
  egypt: [
    "E-1",
    "Nile Systems",
    "Ministry of Interior",
    "Law enforcement",
    "Egypt",
    "Communications interception",
    "Licence control",
    "250000",
    "USD",
  ],
};

export function scoreOne(row: string[], ctx: ScoringContext = createContext()): { deal: Deal; a: Assessment; basis: DealBasis } {
  const [r] = scoreTable([HEADER, row], ctx).results;
  if (r.status !== "ok") throw new Error(`test row did not score: ${JSON.stringify(r.errors)}`);
  return { deal: r.deal, a: r.assessment, basis: dealBasis(r.deal, r.assessment, basisSourcesOf(ctx)) };
}

export function shippedRestrictions(): RestrictionTable {
  return JSON.parse(readFileSync(path.join(__dirname, "..", "..", "core", "reference", "restrictions.json"), "utf8"));
}

export function contextWith(opts: { profile?: Profile; restrictions?: RestrictionTable; listNames?: string[] }): ScoringContext {
  const reference = opts.restrictions ? createReference({ restrictions: opts.restrictions }) : undefined;
  let screener;
  if (opts.listNames) {
    const [r] = importLists([{ name: "internal-watch.csv", text: ["Name", ...opts.listNames].join("\n") + "\n" }], { asOf: "2026-01-01" });
    if (!r.ok) throw new Error(r.error.message);
    screener = createScreener([r.list]);
  }
  return createContext({ profile: opts.profile ?? defaultProfile(), reference, screener });
}
