import type { Deal } from "../../model/types";
import type { Profile } from "../../methodology/profileSchema";
import { memoText, type CompiledProfile } from "../compiledProfile";
import type { RankedDriver } from "./driverRanks";

export type EndUserType = Profile["endUserTypes"][number];

/** Stage 3: the end-user type's score E. */
export function endUserStage(deal: Deal, c: CompiledProfile): { type: EndUserType; score: number; driver: RankedDriver } {
  const eu = c.endUserTypes.get(deal.endUserType);
  if (!eu) throw new Error(`Unknown end-user type id '${deal.endUserType}'`);
  return {
    type: eu,
    score: eu.score,
    driver: { weight: eu.score, text: memoText(c, `eu|${eu.id}`, () => `End user: ${eu.label} - ${eu.score} of 5`) },
  };
}
