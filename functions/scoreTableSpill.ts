import { registerLabels } from "../core";
import { TableError, scoreTable } from "../core";
import type { CellError } from "../core";
import type { ScoringContext } from "../core";
import type { OutputColumn } from "./outputColumns";

/** Excel refuses a custom-function result above about 5 MB; stay clear of it with a margin. */
export const PAYLOAD_LIMIT_BYTES = 4_500_000;

export type Spill = { ok: true; rows: (string | number)[][] } | { ok: false; message: string };

/** The message, led by the user's column header when the message does not already start with it. */
function errorText(e: CellError): string {
  return e.column && !e.message.toLowerCase().startsWith(e.column.toLowerCase()) ? `${e.column}: ${e.message}` : e.message;
}

/**
 * Scores a table exactly as Excel hands it over (header row included) and lays the results out one
 * spill row per range row after the first, so a formula in the second row lines up with the deals.
 * A bad row shows its own error text; blank rows, and rows above a header found lower down, stay blank.
 */
export function scoreTableSpill(rows: unknown[][], columns: readonly OutputColumn[], ctx: ScoringContext): Spill {
  if (!Array.isArray(rows) || rows.length === 0)
    return { ok: false, message: "The table is empty - select the deal table including its header row" };
  let scored;
  try {
    scored = scoreTable(rows, ctx, { keepBlankRows: true });
  } catch (e) {
    if (e instanceof TableError) return { ok: false, message: e.message };
    throw e;
  }
  const { mapping, rowsOut } = scored;
  if (rowsOut.length === 0) {
    return { ok: false, message: "The table has a header row but no deals below it - include the deal rows in the range" };
  }
  const labels = registerLabels(ctx.profile);
  const width = columns.length;
  const blank = () => new Array<string>(width).fill("");
  const out: (string | number)[][] = [];
  // Rows between the range's first row and a header found lower down (titles, notes) stay blank.
  for (let r = 1; r <= mapping.headerRow; r++) out.push(blank());
  let bytes = 0;
  for (const result of rowsOut) {
    if (result === null) {
      out.push(blank());
      continue;
    }
    let line: (string | number)[];
    if (result.status === "error") {
      line = blank();
      line[0] = result.errors.map(errorText).join("; ");
    } else {
      line = columns.map((c) => c.value(result.assessment, result.deal, labels));
    }
    for (const v of line) bytes += typeof v === "string" ? v.length + 3 : 8;
    out.push(line);
  }
  if (bytes > PAYLOAD_LIMIT_BYTES) {
    const mb = (bytes / 1e6).toFixed(1);
    return {
      ok: false,
      message: `The result would be about ${mb} MB, above what Excel accepts from one formula (5 MB) - choose fewer outputs (all drivers take the most room) or score the table in parts`,
    };
  }
  return { ok: true, rows: out };
}
