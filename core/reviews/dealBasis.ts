import { profileTag } from "../methodology/loadProfile";
import type { Profile } from "../methodology/profileSchema";
import type { Assessment, DataProvenance, Deal } from "../model/types";
import type { RestrictionRow } from "../reference/referenceTypes";
import type { ScoringContext } from "../scoring/context";
import { sha256Text } from "../screening/sha256";
import type { DealBasis } from "./reviewTypes";

/** What a deal's basis is computed from: the scoring context's profile and data, as plain values. */
export interface BasisSources {
  profile: Profile;
  /** Reference data sets other than restricted-party lists. */
  reference: readonly DataProvenance[];
  /** Restricted-party lists screened (empty when none). */
  lists: readonly DataProvenance[];
  restrictionsFor: (alpha2: string) => readonly RestrictionRow[];
  /**
   * SHA-256 as hex. The pure implementation is the default; Node passes its native one, which
   * gives the same digests about twenty times faster (it matters at 100,000 deals).
   */
  sha256?: (text: string) => string;
}

export function basisSourcesOf(ctx: ScoringContext, sha256?: (text: string) => string): BasisSources {
  return {
    ...(sha256 ? { sha256 } : {}),
    profile: ctx.profile,
    reference: ctx.reference.provenance,
    lists: ctx.screener?.provenance ?? [],
    restrictionsFor: (alpha2) => ctx.reference.restrictions(alpha2),
  };
}

const profileHashes = new WeakMap<Profile, string>();

function methodologyKey(profile: Profile, hash: (text: string) => string): string {
  let h = profileHashes.get(profile);
  if (h === undefined) {
    h = `${profileTag(profile)}:${hash(JSON.stringify(profile)).slice(0, 16)}`;
    profileHashes.set(profile, h);
  }
  return h;
}

const versions = (list: readonly DataProvenance[], sha256Text: (text: string) => string) =>
  list.length ? sha256Text(JSON.stringify(list.map((p) => [p.id, p.version, p.asOf, p.source]))) : "";

/** The assessed inputs: what changes the risk or the stake. Row number and owner columns are left out. */
function inputKey(deal: Deal, sha256Text: (text: string) => string): string {
  return sha256Text(
    JSON.stringify([
      deal.id.trim(),
      deal.customer,
      deal.endUserName,
      deal.country,
      deal.endUserType,
      deal.capability,
      deal.product,
      deal.partnerType,
      deal.partnerName,
      deal.partnerCountry,
      deal.partnerDueDiligence,
      deal.scale,
      [...deal.redFlags].sort(),
      [...deal.mitigations].sort(),
      deal.value,
      deal.currency,
    ]),
  );
}

function screeningKey(a: Assessment, sha256Text: (text: string) => string): string {
  if (!a.screening) return "";
  return sha256Text(
    JSON.stringify(
      a.screening.map((p) => [p.role, p.name, p.hits.map((h) => [h.source, h.entryId, h.matchedName, h.score, h.decision?.status ?? ""])]),
    ),
  );
}

/**
 * A restrictions row as a decision rests on it: its note records what was checked where, and is
 * left out, so a note added to the table (or left out of the add-in's bundle) never makes a
 * sign-off stale, and the pane and the command line give one deal the same basis.
 */
function withoutNote(row: RestrictionRow): Omit<RestrictionRow, "note"> {
  if (row.note === undefined) return row;
  const copy: Partial<RestrictionRow> = { ...row };
  delete copy.note;
  return copy as Omit<RestrictionRow, "note">;
}

/** Per sources: the reference fingerprint of each destination and partner country pair (many deals share one). */
const referenceKeys = new WeakMap<BasisSources, Map<string, string>>();
const versionKeys = new WeakMap<BasisSources, { reference: string; lists: string }>();

function referenceKey(deal: Deal, a: Assessment, src: BasisSources, hash: (text: string) => string): string {
  let cache = referenceKeys.get(src);
  if (!cache) referenceKeys.set(src, (cache = new Map()));
  const d = a.destination;
  const countries = [deal.country, ...(deal.partnerCountry && deal.partnerCountry !== deal.country ? [deal.partnerCountry] : [])];
  const key = `${countries.join("|")}|${d.basis}|${d.score}|${d.year ?? ""}|${d.va ?? ""}|${d.rl ?? ""}|${d.reason ?? ""}`;
  let h = cache.get(key);
  if (h === undefined) {
    h = hash(JSON.stringify([d, countries.map((c) => src.restrictionsFor(c).map(withoutNote))]));
    cache.set(key, h);
  }
  return h;
}

/** The fingerprint a review of this deal is keyed to. */
export function dealBasis(deal: Deal, a: Assessment, src: BasisSources): DealBasis {
  // 96 bits of the digest tell two versions of one deal apart and keep the snapshot small.
  const full = src.sha256 ?? sha256Text;
  const hash = (text: string) => full(text).slice(0, 24);
  let v = versionKeys.get(src);
  if (!v) versionKeys.set(src, (v = { reference: versions(src.reference, hash), lists: versions(src.lists, hash) }));
  return {
    input: inputKey(deal, hash),
    methodology: methodologyKey(src.profile, hash),
    reference: v.reference,
    referenceDeal: referenceKey(deal, a, src, hash),
    lists: v.lists,
    listsDeal: screeningKey(a, hash),
  };
}

/** What each basis part is, in the words of a change or staleness reason. */
export const BASIS_CAUSE: Record<keyof DealBasis, string> = {
  input: "the deal's input",
  methodology: "the methodology",
  reference: "the reference data",
  referenceDeal: "the reference data",
  lists: "the lists",
  listsDeal: "the lists",
};

/** The parts of the basis that differ, as distinct causes in a fixed order. */
export function basisChanges(before: DealBasis, now: DealBasis): string[] {
  const out: string[] = [];
  for (const part of Object.keys(BASIS_CAUSE) as (keyof DealBasis)[]) {
    if (before[part] !== now[part] && !out.includes(BASIS_CAUSE[part])) out.push(BASIS_CAUSE[part]);
  }
  return out;
}
