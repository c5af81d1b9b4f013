import { emptyValueMapping, type StoredValueMapping } from "../../core";
import { saveDocumentSettings } from "./documentSettings";

/**
 * The value mapping (CRM picklist values -> catalogue entries) lives in the document's add-in
 * settings beside the methodology settings: it travels with the .xlsx, and SCORETABLE uses it.
 */
export const valueMappingKey = "exportRisk.valueMapping";

export function readWorkbookValueMapping(): unknown {
  const store = typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  const raw = store?.get(valueMappingKey) as unknown;
  if (raw === null || raw === undefined) return emptyValueMapping();
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** Saves the mapping in the workbook. Resolves to an error message, or undefined when saved. */
export function writeWorkbookValueMapping(m: StoredValueMapping): Promise<string | undefined> {
  const store = Office.context.document.settings;
  store.set(valueMappingKey, JSON.stringify(m));
  return saveDocumentSettings("the value mapping");
}
