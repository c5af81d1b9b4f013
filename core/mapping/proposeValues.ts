import type { DealField } from "../intake/columns";
import { cachedKey } from "../intake/cachedKey";
import { intakeCatalogues, OTHER_CONCERN } from "../intake/intakeCatalogues";
import type { CatalogueMatcher } from "../intake/catalogueMatcher";
import type { ScoringContext } from "../scoring/context";
import { compileProfile } from "../scoring/compiledProfile";
import { NOTHING } from "./intakeMapping";
import type { MappingLine } from "./mappingSheet";
import { negations } from "../intake/fieldReaders";
import { normalizeKey } from "../text/normalizeKey";
import {
  dueDiligenceDoneWords as yes,
  dueDiligenceNotDoneWords as no,
  dueDiligenceUnknownWords as unknown,
} from "../intake/dueDiligenceWords";

type Proposal = Pick<MappingLine, "mapsTo" | "confidence" | "needsReview" | "notes">;

const choices = (m: CatalogueMatcher) => `Choose one of: ${m.ids.join(", ")}`;

function fromCatalogue(m: CatalogueMatcher, text: string, riskier: boolean): Proposal {
  const r = m.match(text);
  if (r.kind === "exact") return { mapsTo: r.id, confidence: "high", needsReview: false, notes: m.labelOf(r.id) };
  if (r.kind === "contained")
    return { mapsTo: r.id, confidence: "medium", needsReview: false, notes: `${m.labelOf(r.id)} (a name found in the text)` };
  if (r.kind === "ambiguous")
    return {
      mapsTo: riskier ? r.id : NOTHING,
      confidence: "low",
      needsReview: true,
      notes: `Two readings: ${[r.id, ...r.others].join(" or ")}; ${riskier ? "the riskier is proposed" : "not credited until you choose"}. ${choices(m)}`,
    };
  return { mapsTo: "", confidence: "none", needsReview: true, notes: `Not recognised. ${choices(m)}` };
}

/** The proposed reading of one distinct value of a coded field. */
export function proposeValue(field: DealField, text: string, ctx: ScoringContext): Proposal {
  const cat = intakeCatalogues(ctx);
  switch (field) {
    case "country":
    case "partnerCountry": {
      const c = ctx.reference.resolveCountry(text);
      if (c) return { mapsTo: c.alpha2, confidence: "high", needsReview: false, notes: c.name };
      const s = ctx.reference.suggestCountry(text);
      return {
        mapsTo: "",
        confidence: "none",
        needsReview: true,
        notes: `Not recognised${s ? ` - did you mean ${s}?` : ""} Give a country name or ISO code`,
      };
    }
    case "capability":
      return fromCatalogue(cat.capability, text, true);
    case "endUserType":
      return fromCatalogue(cat.endUserType, text, true);
    case "scale":
      return fromCatalogue(cat.scale, text, true);
    case "partnerType":
      if (compileProfile(ctx).directPartnerKeys.has(cachedKey(text)))
        return { mapsTo: "direct", confidence: "high", needsReview: false, notes: "Direct sale, no intermediary" };
      return fromCatalogue(cat.partnerType, text, true);
    case "partnerDueDiligence": {
      const k = cachedKey(text);
      if (yes.has(k)) return { mapsTo: "done", confidence: "high", needsReview: false, notes: "Due diligence done" };
      if (no.has(k)) return { mapsTo: "not-done", confidence: "high", needsReview: false, notes: "Due diligence not done" };
      if (unknown.has(k)) return { mapsTo: "unknown", confidence: "high", needsReview: false, notes: "Not known" };
      return { mapsTo: "", confidence: "none", needsReview: true, notes: "Not recognised. Choose one of: done, not-done, unknown" };
    }
    case "redFlags": {
      const p = fromCatalogue(cat.redFlag, text, true);
      if (p.mapsTo) return p;
      return {
        mapsTo: OTHER_CONCERN,
        confidence: "none",
        needsReview: true,
        notes: `Not a red-flag code: counted as ${OTHER_CONCERN} until you choose. Use ${NOTHING} if it is no concern. ${choices(cat.redFlag)}`,
      };
    }
    case "mitigations": {
      const p = fromCatalogue(cat.mitigation, text, false);
      if (
        p.confidence === "medium" &&
        normalizeKey(text)
          .split(" ")
          .some((w) => negations.has(w))
      )
        return {
          mapsTo: NOTHING,
          confidence: "low",
          needsReview: true,
          notes: `Names ${p.mapsTo} as absent or not yet agreed: not credited`,
        };
      if (p.mapsTo) return p;
      return {
        mapsTo: NOTHING,
        confidence: "none",
        needsReview: true,
        notes: `Not a mitigation code: not credited until you choose. ${choices(cat.mitigation)}`,
      };
    }
    default:
      return { mapsTo: "", confidence: "none", needsReview: false, notes: "" };
  }
}
