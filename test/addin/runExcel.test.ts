import { FakeWorkbook } from "../support/fakeExcel";
import { describeOfficeError } from "../../addin/excel/officeErrors";
import { listTables } from "../../addin/excel/listTables";

function officeWith(sets: Record<string, string>): void {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, v: string) => name in sets && Number(v.split(".")[1]) <= Number(sets[name].split(".")[1]),
      },
    },
  };
}

test("Excel's real cell-edit-mode code is explained in words", () => {
  const p = describeOfficeError({ code: "InvalidOperationInCellEditMode", message: "x" }, "write the results");
  expect(p.message).toBe("Could not write the results: Excel is in cell edit mode. Press Enter or Esc in the sheet, then try again.");
});

test("where ExcelApi 1.11 is supported the pane's batches wait for a cell edit to end instead of failing", async () => {
  const wb = new FakeWorkbook();
  (globalThis as unknown as { Excel: unknown }).Excel = wb.excel();
  officeWith({ ExcelApi: "1.11" });
  await listTables();
  officeWith({ ExcelApi: "1.7" });
  await listTables();
  expect(wb.runOptions).toEqual([{ delayForCellEdit: true }, undefined]);
});
