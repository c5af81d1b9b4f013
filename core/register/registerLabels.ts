import type { Profile } from "../methodology/profileSchema";
import type { BandId, DecisionId } from "../model/types";

/** People see labels, machines keep codes: the profile's catalogues turn one into the other. */
export interface RegisterLabels {
  band(id: BandId): string;
  decision(id: DecisionId): string;
  capability(id: string): string;
  endUserType(id: string): string;
  partnerType(id: string | null): string;
  redFlag(id: string): string;
  mitigation(id: string): string;
}

const flagLabels: Record<string, string> = {
  "licence-check": "Export licence may be required",
  "national-security-review": "National security review",
  "residual-floor": "Residual band held at the minimum for irremediable harm",
  "no-destination-data": "No governance data for the destination",
  "misuse-cap": "Clause credit capped: documented misuse by a state body",
};

export function flagLabel(code: string): string {
  return flagLabels[code] ?? code;
}

export function registerLabels(profile: Profile): RegisterLabels {
  const lookup = (entries: readonly { id: string; label: string }[]) => {
    const byId = new Map(entries.map((e) => [e.id, e.label]));
    // An unknown code is shown as it is rather than hidden: the reader can still see what was recorded.
    return (id: string) => byId.get(id) ?? id;
  };
  const band = lookup(profile.bands);
  const decision = lookup(profile.decisions);
  const partner = lookup(profile.partners.types);
  return {
    band: (id) => band(id),
    decision: (id) => decision(id),
    capability: lookup(profile.capabilities),
    endUserType: lookup(profile.endUserTypes),
    partnerType: (id) => (id === null ? "Direct sale" : partner(id)),
    redFlag: lookup(profile.redFlags),
    mitigation: lookup(profile.mitigations),
  };
}
