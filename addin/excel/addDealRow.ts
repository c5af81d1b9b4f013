import { describeOfficeError } from "./officeErrors";

/**
 * Appends one deal to an Excel table: reads the table's headers, lets the caller build the row
 * for them, and adds it. Two round trips.
 */
export async function addDealRow(
  table: string,
  rowFor: (headers: string[]) => (string | number)[],
): Promise<{ address: string } | { error: string }> {
  try {
    return await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem(table);
      const head = t.getHeaderRowRange();
      head.load("values");
      await context.sync();
      const headers = (head.values[0] ?? []).map((v) => String(v));
      const row = rowFor(headers);
      const added = t.rows.add(undefined, [row]);
      const range = added.getRange();
      range.load("address");
      await context.sync();
      return { address: range.address };
    });
  } catch (err) {
    return { error: describeOfficeError(err, `add the deal to table ${table}`).message };
  }
}
