import type { DealField } from "../intake/columns";

/** Fields whose values are read against a catalogue (or a word list): their values get mapping lines. */
export const codedFields: readonly DealField[] = [
  "capability",
  "endUserType",
  "country",
  "partnerType",
  "partnerCountry",
  "partnerDueDiligence",
  "scale",
  "redFlags",
  "mitigations",
];

export const listFields: ReadonlySet<DealField> = new Set<DealField>(["redFlags", "mitigations"]);
