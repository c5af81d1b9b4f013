import type { BandId, DecisionId } from "../../model/types";
import type { Profile } from "../../methodology/profileSchema";
import type { CompiledProfile } from "../compiledProfile";

export const decisionOrder: Record<DecisionId, number> = { proceed: 0, "proceed-with-conditions": 1, escalate: 2, decline: 3, stop: 4 };

/**
 * The decision: a hard stop stops the deal; a red line declines it; otherwise the residual band
 * decides, and a national-security review lifts it to at least the profile's minimum.
 */
export function decisionStage(
  input: { hardStop: boolean; redLine: boolean; residualBand: BandId; nationalSecurity: boolean },
  p: Profile,
  c: CompiledProfile,
): DecisionId {
  let decision: DecisionId = input.hardStop
    ? "stop"
    : input.redLine
      ? "decline"
      : ((c.decisionForBand.get(input.residualBand) as DecisionId | undefined) ?? "escalate");
  const min = p.nationalSecurity.minimumDecision;
  if (input.nationalSecurity && decisionOrder[decision] < decisionOrder[min]) decision = min;
  return decision;
}
