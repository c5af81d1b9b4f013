import { describeOfficeError } from "./officeErrors";
import { runExcel } from "./runExcel";

/** Activates the sheet and selects one cell, so a row error can be fixed where it is. Returns an error message or undefined. */
export async function selectCell(sheet: string, address: string): Promise<string | undefined> {
  try {
    await runExcel(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
    return undefined;
  } catch (err) {
    return describeOfficeError(err, `select ${sheet}!${address}`).message;
  }
}
