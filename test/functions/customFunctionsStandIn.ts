/**
 * Stand-in for the CustomFunctions global that Office.js provides inside Excel: the functions only
 * construct CustomFunctions.Error values, so the stand-in records the code and the message.
 */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installCustomFunctionsStandIn(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: StandInError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
}

/** The error a function returned, or a failure naming what came back instead. */
export function asError(value: unknown): StandInError {
  if (!(value instanceof StandInError)) throw new Error(`expected a CustomFunctions.Error, got ${JSON.stringify(value)}`);
  return value;
}
