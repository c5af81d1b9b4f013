/** The workbook's add-in settings (Office.context.document.settings), where the host has them. */
export function documentSettings(): Office.Settings | undefined {
  return typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
}

/**
 * A setting stored as JSON text (or, from older versions, as an object), parsed; undefined when it
 * is absent or not valid JSON. The caller checks its shape.
 */
export function readJsonSetting(key: string): unknown {
  const raw = documentSettings()?.get(key) as unknown;
  if (typeof raw !== "string") return raw ?? undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * Saves the workbook's settings. Resolves to a message saying what could not be kept (`what`,
 * e.g. "the value mapping"), or undefined when saved.
 */
export function saveDocumentSettings(what: string): Promise<string | undefined> {
  const store = documentSettings();
  if (!store) return Promise.resolve(`This host has no document settings, so ${what} cannot be kept in the workbook.`);
  return new Promise((resolve) =>
    store.saveAsync((result) =>
      resolve(
        result.status === Office.AsyncResultStatus.Succeeded
          ? undefined
          : `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be saved in the workbook: ${result.error?.message ?? "unknown error"}. Is the workbook read-only?`,
      ),
    ),
  );
}
