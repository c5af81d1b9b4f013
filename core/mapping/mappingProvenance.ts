import type { DataProvenance } from "../model/types";
import type { IntakeMapping } from "./intakeMapping";

/** The mapping file as a data set behind every result: its name and SHA-256, so a run can be reproduced. */
export function mappingProvenance(m: IntakeMapping): DataProvenance {
  return {
    id: "intake-mapping",
    title: `Intake mapping ${m.source}`,
    version: m.sha256 ? `sha256 ${m.sha256}` : "saved in the workbook",
    asOf: "",
    source: `Your mapping file '${m.source}' (header names and picklist values of your CRM)`,
    licence: "Your own",
  };
}
