import type { Profile } from "../../methodology/profileSchema";
import type { CompiledProfile } from "../compiledProfile";
import { driverRank, type RankedDriver } from "./driverRanks";

export interface MitigationCredit {
  /** Steps by which the credited mitigations lower likelihood. */
  steps: number;
  driver: RankedDriver | undefined;
}

/** Stage 5: how many steps the deal's mitigations take off likelihood. */
export function mitigationStage(mitigations: readonly string[], p: Profile, c: CompiledProfile): MitigationCredit {
  const steps = Math.min(p.mitigation.maxSteps, Math.floor(mitigations.length / p.mitigation.perStep));
  if (!mitigations.length) return { steps, driver: undefined };
  return {
    steps,
    driver: {
      weight: driverRank.mitigations,
      text:
        `Mitigations credited (${mitigations.length}): ` +
        mitigations.map((m) => c.vocab.mitigation.labelOf(m)).join("; ") +
        (steps
          ? ` - likelihood lowered by ${steps} step${steps > 1 ? "s" : ""}`
          : ` - fewer than ${p.mitigation.perStep} do not lower likelihood`),
    },
  };
}
