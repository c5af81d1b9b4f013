import { describeOfficeError } from "./officeErrors";
import { asText } from "./textCells";
import { runExcel } from "./runExcel";

/**
 * Appends one deal to an Excel table: reads the table's headers, lets the caller build the row
 * for them, and adds it. Two round trips. Text stays text (names typed in Assess may start with
 * "=" or "+"); null leaves a column to Excel, so calculated columns keep their formulas.
 */
export async function addDealRow(
  table: string,
  rowFor: (headers: string[]) => (string | number | null)[],
): Promise<{ address: string } | { error: string }> {
  try {
    return await runExcel(async (context) => {
      const t = context.workbook.tables.getItem(table);
      const head = t.getHeaderRowRange();
      head.load("values");
      await context.sync();
      const headers = (head.values[0] ?? []).map((v) => String(v));
      const row = rowFor(headers).map(asText);
      // Office's typings omit null, which Excel documents as "leave this cell as it is".
      const added = t.rows.add(undefined, [row as (string | number | boolean)[]]);
      const range = added.getRange();
      range.load("address");
      await context.sync();
      return { address: range.address };
    });
  } catch (err) {
    return { error: describeOfficeError(err, `add the deal to table ${table}`).message };
  }
}
