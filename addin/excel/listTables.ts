import { describeOfficeError } from "./officeErrors";
import { runExcel } from "./runExcel";

export interface TableInfo {
  name: string;
  sheet: string;
}

/** The workbook's Excel tables, for the source picker. One round trip. */
export async function listTables(): Promise<{ tables: TableInfo[] } | { error: string }> {
  try {
    return await runExcel(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name,items/worksheet/name");
      await context.sync();
      return { tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })) };
    });
  } catch (err) {
    return { error: describeOfficeError(err, "list the workbook's tables").message };
  }
}
