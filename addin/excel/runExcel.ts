/**
 * Excel.run that waits while the user is editing a cell (ExcelApi 1.11 `delayForCellEdit`) instead
 * of failing with InvalidOperationInCellEditMode; older hosts get the plain Excel.run.
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const supported = typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported?.("ExcelApi", "1.11");
  return supported ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch);
}
