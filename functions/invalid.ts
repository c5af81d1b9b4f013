/**
 * Errors shown in the cell: Excel displays #VALUE! (or #N/A) and the message in the cell's error
 * tooltip. Only these two codes carry a custom message.
 */
export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/**
 * Runs a function body so that nothing escapes to Excel as an uncaught exception: an unexpected
 * failure becomes #VALUE! with a message asking for a report, instead of a silent #VALUE!.
 */
export function guarded<T>(name: string, body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return invalidValue(`EXPORTRISK.${name} could not finish: ${detail}. Please report this with the inputs that caused it.`);
  }
}
