/**
 * Turns an error thrown by Excel.run into a sentence a compliance officer can act on.
 * Office.js errors carry a `code` (Excel.ErrorCodes) and sometimes `debugInfo.errorLocation`.
 */

export interface OfficeProblem {
  message: string;
  code?: string;
}

const byCode: Record<string, string> = {
  AccessDenied:
    "Excel refused the change: the sheet or workbook is protected or read-only. Unprotect it (Review > Unprotect Sheet) and try again.",
  InvalidReference: "The table or range is no longer where it was (it was moved, renamed or deleted). Pick the deals table again.",
  ItemNotFound: "The table or sheet could not be found - it may have been renamed or deleted. Pick the deals table again.",
  InsertDeleteConflict:
    "Excel could not write next to the table because it would shift cells of another table or a merged cell. Move the other content or pick another range.",
  InvalidOperation: "Excel does not allow this change here (for example inside a merged cell, a PivotTable or an array formula).",
  InvalidArgument: "Excel rejected a value the pane tried to write.",
  RequestPayloadSizeLimitExceeded: "The write was too large for one request to Excel. Try scoring fewer rows at a time.",
  ResponsePayloadSizeLimitExceeded: "The table is too large to read in one request. Select a smaller range of deals.",
  FilteredRangeConflict: "The sheet has a filter that blocks the write. Clear the filter and try again.",
  // Excel.ErrorCodes.invalidOperationInCellEditMode; Excel.run waits instead where delayForCellEdit
  // (ExcelApi 1.11) is supported, see runExcel.ts.
  InvalidOperationInCellEditMode: "Excel is in cell edit mode. Press Enter or Esc in the sheet, then try again.",
  Conflict: "Someone else changed the workbook at the same time. Try again.",
  ApiNotFound: "This version of Excel does not support a feature the pane needs. Update Excel or use Excel on the web.",
};

export function describeOfficeError(err: unknown, action: string): OfficeProblem {
  const e = err as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } } | undefined;
  const code = typeof e?.code === "string" ? e.code : undefined;
  const known = code ? byCode[code] : undefined;
  const where = typeof e?.debugInfo?.errorLocation === "string" && e.debugInfo.errorLocation ? ` (at ${e.debugInfo.errorLocation})` : "";
  if (known) return { code, message: `Could not ${action}: ${known}${where}` };
  const text = typeof e?.message === "string" && e.message ? e.message : String(err);
  return { code, message: `Could not ${action}: ${text}${where}` };
}
