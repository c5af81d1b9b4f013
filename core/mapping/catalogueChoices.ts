import type { DealField } from "../intake/columns";
import { intakeCatalogues } from "../intake/intakeCatalogues";
import type { ScoringContext } from "../scoring/context";
import { NOTHING } from "./intakeMapping";

/** What a value of a coded field can be mapped to, as id and label; empty for countries (named, not chosen). */
export function catalogueChoices(field: DealField, ctx: ScoringContext): Array<{ id: string; label: string }> {
  const c = intakeCatalogues(ctx);
  const from = (m: typeof c.capability) => m.ids.map((id) => ({ id, label: m.labelOf(id) }));
  switch (field) {
    case "capability":
      return from(c.capability);
    case "endUserType":
      return from(c.endUserType);
    case "partnerType":
      return [{ id: "direct", label: "Direct sale, no intermediary" }, ...from(c.partnerType)];
    case "scale":
      return from(c.scale);
    case "partnerDueDiligence":
      return [
        { id: "done", label: "Done" },
        { id: "not-done", label: "Not done" },
        { id: "unknown", label: "Not known" },
      ];
    case "redFlags":
      return [...from(c.redFlag), { id: NOTHING, label: "No concern (not a red flag)" }];
    case "mitigations":
      return [...from(c.mitigation), { id: NOTHING, label: "Not a mitigation (no credit)" }];
    default:
      return [];
  }
}
