import type { ScoringContext } from "../scoring/context";
import { buildCatalogueMatcher, type CatalogueMatcher, type Qualifier } from "./catalogueMatcher";

/** The red flag an unrecognised red-flag entry counts as (methodology v2, "Unrecognised entries never lower a risk"). */
export const OTHER_CONCERN = "other-concern";
export const OTHER_CONCERN_LABEL = "Other concern (an entry that matches no red-flag code)";

/** Words that make a telecom operator a state one: "Telco - State owned" is read as state-telecom. */
const stateQualifiers: Qualifier[] = [
  {
    words: ["state owned", "state run", "state controlled", "government owned", "state", "government", "national", "public"],
    from: "telecom",
    to: "state-telecom",
  },
];

/** Each coded field's catalogue as intake reads it, with the risk that decides between two readings. */
export interface IntakeCatalogues {
  capability: CatalogueMatcher;
  endUserType: CatalogueMatcher;
  partnerType: CatalogueMatcher;
  scale: CatalogueMatcher;
  redFlag: CatalogueMatcher;
  mitigation: CatalogueMatcher;
}

const built = new WeakMap<ScoringContext, IntakeCatalogues>();

export function intakeCatalogues(ctx: ScoringContext): IntakeCatalogues {
  const hit = built.get(ctx);
  if (hit) return hit;
  const p = ctx.profile;
  const ids = new Set(p.endUserTypes.map((e) => e.id));
  const flags = p.redFlags.some((f) => f.id === OTHER_CONCERN)
    ? p.redFlags
    : [...p.redFlags, { id: OTHER_CONCERN, label: OTHER_CONCERN_LABEL, synonyms: [] }];
  const c: IntakeCatalogues = {
    capability: buildCatalogueMatcher(p.capabilities.map((x) => ({ ...x, risk: x.severity }))),
    endUserType: buildCatalogueMatcher(
      p.endUserTypes.map((x) => ({ ...x, risk: x.score })),
      stateQualifiers.filter((q) => ids.has(q.from) && ids.has(q.to)),
    ),
    partnerType: buildCatalogueMatcher(p.partners.types.map((x) => ({ ...x, risk: x.score }))),
    scale: buildCatalogueMatcher(p.scales.map((x, i) => ({ ...x, risk: i }))),
    redFlag: buildCatalogueMatcher(flags.map((x) => ({ ...x, risk: 1 }))),
    // Mitigations are never chosen between: an entry that could mean two is not credited.
    mitigation: buildCatalogueMatcher(p.mitigations.map((x) => ({ ...x, risk: 0 }))),
  };
  built.set(ctx, c);
  return c;
}
