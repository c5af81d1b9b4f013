import type { PathToProceed } from "../model/types";
import type { Profile } from "../methodology/profileSchema";
import type { CompiledProfile } from "./compiledProfile";
import { pathToProceed, type PathInputs } from "./pathToProceed";

/** Distinct paths kept: far more than the combinations a pipeline produces; the map is emptied past it. */
const LIMIT = 20_000;
const SEP = "\u0001";

const caches = new WeakMap<CompiledProfile, Map<string, PathToProceed>>();

/** What `outcome` (the what-if function of the path) is built from, besides the profile. */
export interface OutcomeInputs {
  severity: number;
  destination: number;
  endUser: string;
  redFlags: readonly string[];
  hardStop: boolean;
}

/**
 * pathToProceed for a deal, shared between deals with the same inputs. The path is a function of
 * exactly the values in the key: the current decision, the first hard stop's text, the likelihood
 * and clause credit, the mitigations held, the facts `outcome` reads (severity, destination, end
 * user, red flags, hard stop, national-security review), the due-diligence figures and whether the
 * end user is unknown. Deals that differ only in names, partners or value share one path, which
 * saves the what-if runs for each of them. Callers must not change the returned object.
 */
export function cachedPathToProceed(x: PathInputs, facts: OutcomeInputs, p: Profile, c: CompiledProfile): PathToProceed {
  let cache = caches.get(c);
  if (!cache) caches.set(c, (cache = new Map()));
  const k = pathKey(x, facts);
  let path = cache.get(k);
  if (path === undefined) {
    path = pathToProceed(x, p, c);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(k, path);
  }
  return path;
}

function pathKey(x: PathInputs, f: OutcomeInputs): string {
  const cr = x.credit;
  const dd = x.dueDiligence;
  return (
    x.decision +
    SEP +
    (x.hardStops.length ? x.hardStops[0].message : "") +
    SEP +
    (x.nationalSecurity ? 1 : 0) +
    SEP +
    x.likelihood +
    SEP +
    cr.weight +
    SEP +
    cr.steps +
    SEP +
    cr.maxSteps +
    SEP +
    cr.uncappedMaxSteps +
    SEP +
    (cr.capApplies ? 1 : 0) +
    SEP +
    x.mitigations.join(SEP) +
    SEP +
    SEP +
    f.severity +
    SEP +
    f.destination +
    SEP +
    f.endUser +
    SEP +
    f.redFlags.join(SEP) +
    SEP +
    SEP +
    (f.hardStop ? 1 : 0) +
    SEP +
    (dd ? `${dd.partners},${dd.partnersIfDone},${dd.likelihoodIfDone}` : "-") +
    SEP +
    (x.endUserUnknown ? 1 : 0)
  );
}
