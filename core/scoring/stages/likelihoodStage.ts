import type { Profile } from "../../methodology/profileSchema";
import { memoText, type CompiledProfile } from "../compiledProfile";
import { clamp, roundHalfUp } from "../roundHalfUp";
import { driverRank, type RankedDriver } from "./driverRanks";

/**
 * Likelihood L from D, E and P, raised one step per red flag (capped), with one driver per red
 * flag saying whether it still raised L.
 */
export function likelihoodStage(
  stages: { destination: number; endUser: number; partners: number },
  redFlags: readonly string[],
  labels: { country: string; alpha2: string; armsEmbargoFlag: string | null },
  p: Profile,
  c: CompiledProfile,
): { score: number; drivers: RankedDriver[] } {
  const w = p.likelihood.weights;
  const base = roundHalfUp(w.destination * stages.destination + w.endUser * stages.endUser + w.partners * stages.partners);
  const flagSteps = Math.min(p.likelihood.maxRedFlagSteps, redFlags.length * p.likelihood.redFlagStep);
  const raising = p.likelihood.maxRedFlagSteps / Math.max(1, p.likelihood.redFlagStep);
  const drivers = redFlags.map((f, i) => ({
    weight: driverRank.redFlag,
    text:
      memoText(c, `rf|${f}|${labels.alpha2}`, () =>
        f === labels.armsEmbargoFlag ? `Red flag: ${labels.country} is under an arms embargo` : `Red flag: ${c.vocab.redFlag.labelOf(f)}`,
      ) + (i < raising ? " (+1 likelihood)" : " (likelihood uplift already at its cap)"),
  }));
  return { score: clamp(base + flagSteps, 1, 5), drivers };
}
