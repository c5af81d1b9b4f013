import { describeOfficeError } from "./officeErrors";
import { runExcel } from "./runExcel";

/**
 * Recalculates every formula in the workbook, the EXPORTRISK ones included. Excel recalculates a
 * non-volatile custom function only when its arguments change, and "Recalculate" only touches dirty
 * cells, so after new settings, lists or decisions only a full calculation reaches the functions'
 * cells (Microsoft: Application.calculate, CalculationType.full). Resolves to an error message.
 */
export async function recalculateFunctions(): Promise<string | undefined> {
  try {
    await runExcel(async (context) => {
      context.workbook.application.calculate("Full");
      await context.sync();
    });
    return undefined;
  } catch (err) {
    return describeOfficeError(err, "recalculate the EXPORTRISK formulas").message;
  }
}
