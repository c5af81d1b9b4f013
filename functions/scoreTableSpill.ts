import { registerLabels } from "../core";
import { TableError, scoreTable } from "../core";
import type { CellError } from "../core";
import type { ScoringContext } from "../core";
import { extractErrorCells, type ErrorCell } from "./errorCells";
import type { OutputColumn } from "./outputColumns";
import type { IntakeMapping } from "../core";

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
function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "Country holds #N/A; Mitigations holds #REF!": the row's error cells, by the user's column headers. */
function errorCellsText(cells: ErrorCell[], header: readonly unknown[]): string {
  const name = (c: number) => (typeof header[c] === "string" && header[c] ? (header[c] as string) : `Column ${columnLetters(c)}`);
  const list = cells.map((e) => `${name(e.column)} holds ${e.code}`).join("; ");
  return `Not scored: ${list} - correct the cell${cells.length > 1 ? "s" : ""} in the table`;
}

export function scoreTableSpill(input: unknown[][], columns: readonly OutputColumn[], ctx: ScoringContext, intake?: IntakeMapping): Spill {
  if (!Array.isArray(input) || input.length === 0)
    return { ok: false, message: "The table is empty - select the deal table including its header row" };
  // An error cell (#N/A from a CRM export, #REF!) fails its own row as an input error, never the table,
  // and never reads as a blank (a blank red-flag cell would lower the score).
  const { rows, errors } = extractErrorCells(input);
  let scored;
  try {
    scored = scoreTable(rows, ctx, { keepBlankRows: true, intake });
  } catch (e) {
    if (e instanceof TableError) return { ok: false, message: e.message };
    throw e;
  }
  const { mapping, rowsOut } = scored;
  const headerErrors = errors.filter((e) => e.row === mapping.headerRow);
  if (headerErrors.length > 0) {
    return {
      ok: false,
      message: `The header row has error cells (${headerErrors.map((e) => `column ${columnLetters(e.column)} holds ${e.code}`).join(", ")}) - give every column a header`,
    };
  }
  const errorsByRow = new Map<number, ErrorCell[]>();
  for (const e of errors) if (e.row > mapping.headerRow) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), e]);
  const header = rows[mapping.headerRow] ?? [];
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
  for (const [i, result] of rowsOut.entries()) {
    const cellErrors = errorsByRow.get(mapping.headerRow + 1 + i);
    if (cellErrors) {
      const line = blank();
      line[0] = errorCellsText(cellErrors, header);
      bytes += line[0].length + 3;
      out.push(line);
      continue;
    }
    if (result === null) {
      out.push(blank());
      continue;
    }
    let line: (string | number)[];
    if (result.status === "error") {
      line = blank();
      // Never a blank that reads as an all-clear: the first cell says the deal is not assessed and what follows.
      const provisional = labels.decision(result.provisional?.decision ?? "escalate");
      line[0] = `Not assessed (provisional ${provisional.toLowerCase()}): ${result.errors.map(errorText).join("; ")}`;
      columns.forEach((c, i) => {
        if (i > 0 && c.key === "decision") line[i] = `Provisional: ${provisional}`;
        if (i > 0 && c.key === "hard-stops") line[i] = (result.provisional?.hardStops ?? []).map((h) => h.message).join("; ");
      });
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
