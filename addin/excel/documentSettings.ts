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
