import type { Profile } from "../../core";
import type { DecisionId, PathStep } from "../../core";

/** Plain words for one step of a path to proceed, with the profile's labels: "To reach Proceed with conditions: add Audit rights and Technical limits on use". */
export function pathStepWords(step: PathStep, profile: Profile): string {
  return `To reach ${decisionWord(step.decision, profile).toLowerCase()}: add ${clauseNames(step.add, profile)}`;
}

/** "Audit rights, Post-shipment checks and Technical limits on use": the clauses' labels as one phrase. */
export function clauseNames(ids: readonly string[], profile: Profile): string {
  const names = ids.map((id) => profile.mitigations.find((m) => m.id === id)?.label ?? id);
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function decisionWord(id: DecisionId, profile: Profile): string {
  return profile.decisions.find((d) => d.id === id)?.label ?? id;
}
