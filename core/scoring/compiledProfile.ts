import type { Profile } from "../methodology/profileSchema";
import { profileTag } from "../methodology/loadProfile";
import { normalizeKey, compactKey } from "../text/normalizeKey";
import { buildPhraseIndex } from "../text/phraseIndex";
import type { ScoringContext } from "./context";
import { ownText } from "../text/ownText";

type Capability = Profile["capabilities"][number];
type EndUserType = Profile["endUserTypes"][number];
type PartnerType = Profile["partners"]["types"][number];

/** A catalogue lookup from free text (id, label or synonym, any case/punctuation) to an id. */
export interface Vocabulary {
  /** Resolved id, or undefined when the text names nothing in the catalogue. */
  resolve(text: string): string | undefined;
  /** [label, id, ...synonyms] per entry, for suggestions. */
  entries: ReadonlyArray<readonly [string, ...string[]]>;
  labelOf(id: string): string;
}

export function buildVocabulary(items: ReadonlyArray<{ id: string; label: string; synonyms?: readonly string[] }>): Vocabulary {
  const byKey = new Map<string, string>();
  const labels = new Map<string, string>();
  const add = (name: string, id: string) => {
    for (const k of [normalizeKey(name), compactKey(name)]) if (k && !byKey.has(k)) byKey.set(k, id);
  };
  // Ids and labels first so a synonym can never shadow another entry's own name.
  for (const it of items) {
    add(it.id, it.id);
    add(it.label, it.id);
    labels.set(it.id, it.label);
  }
  for (const it of items) for (const s of it.synonyms ?? []) add(s, it.id);
  // Free text that contains a known name ("Police force", "Lawful Interception (LI)").
  const phrases = buildPhraseIndex(items.flatMap((it) => [it.id, it.label, ...(it.synonyms ?? [])].map((n) => [n, it.id] as const)));
  const memo = new Map<string, string | undefined>();
  return {
    resolve(text: string) {
      const hit = memo.get(text);
      if (hit !== undefined || memo.has(text)) return hit;
      const r = byKey.get(normalizeKey(text)) ?? byKey.get(compactKey(text)) ?? phrases.find(text);
      if (memo.size < 50_000) memo.set(ownText(text), r);
      return r;
    },
    entries: items.map((it) => [it.label, it.id, ...(it.synonyms ?? [])] as const),
    labelOf: (id) => labels.get(id) ?? id,
  };
}

/** Lookups derived once from a profile and its reference data, reused for every row. */
export interface CompiledProfile {
  capabilities: Map<string, Capability>;
  endUserTypes: Map<string, EndUserType>;
  partnerTypes: Map<string, PartnerType>;
  vocab: {
    capability: Vocabulary;
    endUserType: Vocabulary;
    partnerType: Vocabulary;
    redFlag: Vocabulary;
    mitigation: Vocabulary;
    scale: Vocabulary;
  };
  directPartnerKeys: Set<string>;
  /** Destination overrides by ISO alpha-2. */
  overrides: Map<string, { score: number; reason: string }>;
  /** Destination bands sorted by descending threshold. */
  destinationBands: Array<{ minPercentile: number; score: number }>;
  armsEmbargoEndUsers: Set<string>;
  upliftScales: Set<string>;
  decisionForBand: Map<string, string>;
  decisionLabel: Map<string, string>;
  /** Credit weight per mitigation id (1 for every clause in a version 1 profile). */
  mitigationWeight: Map<string, number>;
  /** True when clauses carry different weights (version 2): drivers then name each clause's weight. */
  weightedMitigations: boolean;
  misuseCap: { redFlags: Set<string>; endUserTypes: Set<string>; maxSteps: number } | null;
  /** Memoised plain-language text keyed by its inputs (drivers repeat across rows). */
  text: Map<string, string>;
  /** The methodology's id and version, as results name it ("techUK-2014@2"). */
  tag: string;
}

const compiled = new WeakMap<ScoringContext, CompiledProfile>();

export function compileProfile(ctx: ScoringContext): CompiledProfile {
  const hit = compiled.get(ctx);
  if (hit) return hit;
  const p = ctx.profile;
  const overrides = new Map<string, { score: number; reason: string }>();
  for (const o of p.destination.overrides) {
    const c = ctx.reference.resolveCountry(o.country);
    if (!c) throw new Error(`Destination override for '${o.country}': country is not recognised`);
    overrides.set(c.alpha2, { score: o.score, reason: o.reason });
  }
  const decisionForBand = new Map<string, string>();
  for (const d of p.decisions) for (const b of d.bands) decisionForBand.set(b, d.id);
  const c: CompiledProfile = {
    capabilities: new Map(p.capabilities.map((x) => [x.id, x])),
    endUserTypes: new Map(p.endUserTypes.map((x) => [x.id, x])),
    partnerTypes: new Map(p.partners.types.map((x) => [x.id, x])),
    vocab: {
      capability: buildVocabulary(p.capabilities),
      endUserType: buildVocabulary(p.endUserTypes),
      partnerType: buildVocabulary(p.partners.types),
      redFlag: buildVocabulary(p.redFlags),
      mitigation: buildVocabulary(p.mitigations),
      scale: buildVocabulary(p.scales),
    },
    directPartnerKeys: new Set(p.partners.directSynonyms.map(normalizeKey)),
    overrides,
    destinationBands: [...p.destination.bands].sort((a, b) => b.minPercentile - a.minPercentile),
    armsEmbargoEndUsers: new Set(p.hardStops.armsEmbargo.endUserTypes),
    upliftScales: new Set(p.severity.upliftScales),
    decisionForBand,
    decisionLabel: new Map(p.decisions.map((d) => [d.id, d.label])),
    mitigationWeight: new Map(p.mitigations.map((m) => [m.id, m.weight])),
    weightedMitigations: p.mitigations.some((m) => m.weight !== 1),
    misuseCap: p.mitigation.misuseCap
      ? {
          redFlags: new Set(p.mitigation.misuseCap.redFlags),
          endUserTypes: new Set(p.mitigation.misuseCap.endUserTypes),
          maxSteps: p.mitigation.misuseCap.maxSteps,
        }
      : null,
    text: new Map(),
    tag: profileTag(p),
  };
  compiled.set(ctx, c);
  return c;
}

/** Memoised text: build once per distinct key. */
export function memoText(c: CompiledProfile, key: string, make: () => string): string {
  let s = c.text.get(key);
  if (s === undefined) {
    s = make();
    c.text.set(key, s);
  }
  return s;
}
