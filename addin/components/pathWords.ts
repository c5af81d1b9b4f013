import type { Profile } from "../../core/methodology/profileSchema";
import type { DecisionId, PathStep } from "../../core/model/types";

/** Plain words for one step of a path to proceed, with the profile's labels: "To reach Proceed with conditions: add Audit rights and Technical limits on use". */
export function pathStepWords(step: PathStep, profile: Profile): string {
  const label = (id: string) => profile.mitigations.find((m) => m.id === id)?.label ?? id;
  const names = step.add.map(label);
  const list = names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `To reach ${decisionWord(step.decision, profile).toLowerCase()}: add ${list}`;
}

export function decisionWord(id: DecisionId, profile: Profile): string {
  return profile.decisions.find((d) => d.id === id)?.label ?? id;
}
