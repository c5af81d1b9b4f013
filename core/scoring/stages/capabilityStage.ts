import type { Deal } from "../../model/types";
import type { Profile } from "../../methodology/profileSchema";
import { memoText, type CompiledProfile } from "../compiledProfile";
import type { RankedDriver } from "./driverRanks";

export type Capability = Profile["capabilities"][number];

/** Stage 1: the capability's severity S, raised for national or mass deployment (capped at 5). */
export function capabilityStage(
  deal: Deal,
  p: Profile,
  c: CompiledProfile,
): { capability: Capability; score: number; driver: RankedDriver } {
  const cap = c.capabilities.get(deal.capability);
  if (!cap) throw new Error(`Unknown capability id '${deal.capability}'`);
  const uplift = deal.scale !== null && c.upliftScales.has(deal.scale) ? p.severity.scaleUplift : 0;
  const score = Math.min(5, cap.severity + uplift);
  const text = memoText(c, `cap|${cap.id}|${deal.scale}`, () => {
    if (!uplift) return `Capability: ${cap.label} - severity ${cap.severity} of 5`;
    const scale = c.vocab.scale.labelOf(deal.scale!).toLowerCase();
    return (
      `Capability: ${cap.label} - severity ${cap.severity} of 5` +
      (score > cap.severity ? `, raised to ${score} for ${scale}` : ` (already the maximum for ${scale})`)
    );
  });
  return { capability: cap, score, driver: { weight: score, text } };
}
