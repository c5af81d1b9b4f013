import type { PathToProceed } from "../model/types";
import type { Profile } from "../methodology/profileSchema";
import type { CompiledProfile } from "./compiledProfile";
import { pathToProceed, type PathInputs } from "./pathToProceed";

/** Distinct paths kept: far more than the combinations a pipeline produces; the map is emptied past it. */
const LIMIT = 20_000;
const SEP = "\u0001";

/** Paths by the figures of the key packed into one number, then by the ids (end user, clauses, red flags). */
const caches = new WeakMap<CompiledProfile, Map<number | string, Map<string, PathToProceed>>>();

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
 * exactly the values in the key: the current decision, the likelihood and clause credit, the mitigations held, the facts `outcome` reads (severity, destination, end
 * user, red flags, hard stop, national-security review), the due-diligence figures and whether the
 * end user is unknown. Deals that differ only in names, partners or value share one path, which
 * saves the what-if runs for each of them. Callers must not change the returned object.
 */
export function cachedPathToProceed(x: PathInputs, facts: OutcomeInputs, p: Profile, c: CompiledProfile): PathToProceed {
  // A stop's path is one sentence about its hard stop: nothing to save.
  if (x.decision === "stop") return pathToProceed(x, p, c);
  let cache = caches.get(c);
  if (!cache) caches.set(c, (cache = new Map()));
  const figures = packedFigures(x, facts) ?? figuresKey(x, facts);
  let byIds = cache.get(figures);
  if (!byIds) {
    if (cache.size >= LIMIT) cache.clear();
    cache.set(figures, (byIds = new Map()));
  }
  const ids = idsKey(x, facts);
  let path = byIds.get(ids);
  if (path === undefined) {
    path = pathToProceed(x, p, c);
    if (byIds.size >= LIMIT) byIds.clear();
    byIds.set(ids, path);
  }
  return path;
}

/** A small whole number in [0, 2^bits), or -1. */
function small(n: number, bits: number): number {
  return Number.isInteger(n) && n >= 0 && n < 2 ** bits ? n : -1;
}

const DECISIONS = ["proceed", "proceed-with-conditions", "escalate", "decline"];

/**
 * Every figure of the key in one exact number (41 bits, below 2^53), or undefined when one falls
 * outside the ranges a profile normally gives (a tuned profile's thirds, say): the text key is used then.
 */
function packedFigures(x: PathInputs, f: OutcomeInputs): number | undefined {
  const cr = x.credit;
  const dd = x.dueDiligence;
  const parts: Array<[number, number]> = [
    [DECISIONS.indexOf(x.decision), 3],
    [x.nationalSecurity ? 1 : 0, 1],
    [small(x.likelihood, 3), 3],
    [small(cr.weight * 2, 6), 6],
    [small(cr.steps, 3), 3],
    [small(cr.maxSteps, 3), 3],
    [small(cr.uncappedMaxSteps, 3), 3],
    [cr.capApplies ? 1 : 0, 1],
    [small(f.severity, 3), 3],
    [small(f.destination, 3), 3],
    [f.hardStop ? 1 : 0, 1],
    [dd ? 1 : 0, 1],
    [dd ? small(dd.partners, 3) : 0, 3],
    [dd ? small(dd.partnersIfDone, 3) : 0, 3],
    [dd ? small(dd.likelihoodIfDone, 3) : 0, 3],
    [x.endUserUnknown ? 1 : 0, 1],
  ];
  let key = 0;
  for (const [value, bits] of parts) {
    if (value < 0) return undefined;
    key = key * 2 ** bits + value;
  }
  return key;
}

/** The same figures as text, for values outside packedFigures' ranges. */
function figuresKey(x: PathInputs, f: OutcomeInputs): string {
  const cr = x.credit;
  const dd = x.dueDiligence;
  return [
    x.decision,
    x.nationalSecurity,
    x.likelihood,
    cr.weight,
    cr.steps,
    cr.maxSteps,
    cr.uncappedMaxSteps,
    cr.capApplies,
    f.severity,
    f.destination,
    f.hardStop,
    dd ? `${dd.partners},${dd.partnersIfDone},${dd.likelihoodIfDone}` : "-",
    x.endUserUnknown,
  ].join(SEP);
}

function idsKey(x: PathInputs, f: OutcomeInputs): string {
  return f.endUser + SEP + x.mitigations.join(SEP) + SEP + SEP + f.redFlags.join(SEP);
}
