import type { Profile } from "../../methodology/profileSchema";
import type { CompiledProfile } from "../compiledProfile";
import { driverRank, type RankedDriver } from "./driverRanks";

export interface MitigationCredit {
  /** Sum of the credited clauses' weights (their number under version 1). */
  weight: number;
  /** Steps by which the credited mitigations lower likelihood. */
  steps: number;
  /** The most steps any set of clauses could earn on this deal (the misuse cap included). */
  maxSteps: number;
  /** The most steps without the misuse cap. */
  uncappedMaxSteps: number;
  /** The misuse cap applies: a documented-misuse red flag and a state body as end user. */
  capApplies: boolean;
  drivers: RankedDriver[];
}

/**
 * Stage 5: how many steps the deal's mitigations take off likelihood:
 * `min(maxSteps, floor(sum of weights / perStep))`, at most the misuse cap's steps where it applies.
 */
export function mitigationStage(
  mitigations: readonly string[],
  endUser: string,
  redFlags: readonly string[],
  p: Profile,
  c: CompiledProfile,
): MitigationCredit {
  const weight = mitigationWeight(mitigations, c);
  const capApplies = misuseCapApplies(endUser, redFlags, c);
  const maxSteps = capApplies ? Math.min(p.mitigation.maxSteps, c.misuseCap!.maxSteps) : p.mitigation.maxSteps;
  const steps = Math.min(maxSteps, stepsForWeight(weight, p));
  const drivers: RankedDriver[] = [];
  if (mitigations.length) drivers.push({ weight: driverRank.mitigations, text: creditText(mitigations, weight, steps, p, c) });
  if (capApplies) {
    const flag = redFlags.find((f) => c.misuseCap!.redFlags.has(f))!;
    drivers.push({
      weight: driverRank.misuseCap,
      text:
        `Misuse cap: ${c.vocab.redFlag.labelOf(flag).toLowerCase()}, and the end user is a state body ` +
        `(${c.vocab.endUserType.labelOf(endUser)}) - clauses lower likelihood by at most ${maxSteps} step${maxSteps === 1 ? "" : "s"}`,
    });
  }
  return { weight, steps, maxSteps, uncappedMaxSteps: p.mitigation.maxSteps, capApplies, drivers };
}

/** Steps a weight of clauses earns before any cap. */
export function stepsForWeight(weight: number, p: Profile): number {
  // Weights are halves and wholes, exact in binary; the epsilon only guards a tuned profile's thirds.
  return Math.min(p.mitigation.maxSteps, Math.floor(weight / p.mitigation.perStep + 1e-9));
}

/** Sum of weights; an id outside the catalogue earns nothing. */
export function mitigationWeight(mitigations: readonly string[], c: CompiledProfile): number {
  let sum = 0;
  for (const m of mitigations) sum += c.mitigationWeight.get(m) ?? 0;
  return sum;
}

export function misuseCapApplies(endUser: string, redFlags: readonly string[], c: CompiledProfile): boolean {
  const cap = c.misuseCap;
  return cap !== null && cap.endUserTypes.has(endUser) && redFlags.some((f) => cap.redFlags.has(f));
}

function creditText(mitigations: readonly string[], weight: number, steps: number, p: Profile, c: CompiledProfile): string {
  const lowered = steps ? ` - likelihood lowered by ${steps} step${steps > 1 ? "s" : ""}` : "";
  if (!c.weightedMitigations) {
    return (
      `Mitigations credited (${mitigations.length}): ` +
      mitigations.map((m) => c.vocab.mitigation.labelOf(m)).join("; ") +
      (lowered || ` - fewer than ${p.mitigation.perStep} do not lower likelihood`)
    );
  }
  const named = mitigations.map((m) => {
    const w = c.mitigationWeight.get(m) ?? 0;
    return `${c.vocab.mitigation.labelOf(m)} (${w >= 1 ? "strong" : "supporting"}, ${w})`;
  });
  return (
    `Mitigations credited (${mitigations.length}, weight ${weight}): ${named.join("; ")}` +
    (lowered || ` - a weight under ${p.mitigation.perStep} does not lower likelihood`)
  );
}
