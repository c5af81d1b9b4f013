import { parseSettings, toSettingsFile, type PaneSettings } from "../state/paneSettings";
import { saveDocumentSettings } from "./documentSettings";

/**
 * Settings live in the document's add-in settings (Office.context.document.settings), which are
 * saved inside the .xlsx: they travel with the file, and the custom functions in the same runtime
 * score with them.
 */
export const settingsKey = "exportRisk.settings";

export type StoredSettings = { status: "none" } | { status: "ok"; settings: PaneSettings } | { status: "invalid"; message: string };

export function readWorkbookSettings(): StoredSettings {
  // Hosts without document settings (a bare test page) simply have none stored.
  const store = typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  if (!store) return { status: "none" };
  const raw = store.get(settingsKey) as unknown;
  if (raw === null || raw === undefined) return { status: "none" };
  let json: unknown = raw;
  if (typeof raw === "string") {
    try {
      json = JSON.parse(raw);
    } catch {
      return {
        status: "invalid",
        message: "The methodology settings saved in this workbook are not valid JSON; the shipped defaults are used.",
      };
    }
  }
  const parsed = parseSettings(json);
  if (!parsed.ok) return { status: "invalid", message: `The methodology settings saved in this workbook were not used: ${parsed.message}` };
  return { status: "ok", settings: parsed.settings };
}

/** Saves (or, with undefined, removes) the workbook's settings. Resolves to an error message or undefined. */
export function writeWorkbookSettings(settings: PaneSettings | undefined): Promise<string | undefined> {
  const store = Office.context.document.settings;
  if (settings) store.set(settingsKey, JSON.stringify(toSettingsFile(settings)));
  else store.remove(settingsKey);
  return saveDocumentSettings("the settings");
}
