import type { CellValue } from "exceljs";
import type { DecisionId, ScoredRow } from "../../model/types";
import { registerLabels } from "../registerLabels";
import { cellText } from "../cellText";
import type { RegisterBook } from "../registerBook";
import type { RegisterInput } from "../registerInput";
import { formats } from "../registerStyle";
import { writeTableSheet } from "./writeTableSheet";

export const INPUT_ERRORS_SHEET = "Input errors";

function* errorRows(results: readonly ScoredRow[], decisionLabel: (d: DecisionId) => string): Generator<CellValue[]> {
  for (const r of results) {
    if (r.status !== "error") continue;
    // Never a cleared row: what follows from what could be read, and the hard stops behind it.
    const p = r.provisional ?? { decision: "escalate" as const, hardStops: [] };
    const provisional = cellText([decisionLabel(p.decision), ...p.hardStops.map((h) => h.message)].join(" - "));
    for (const e of r.errors) {
      yield [r.row, cellText(r.id), cellText(e.column), cellText(e.value), cellText(e.message), provisional];
    }
  }
}

/** Rows that could not be scored, one line per problem, so a user can fix the input and run again. */
export function writeInputErrors(book: RegisterBook, input: RegisterInput): number {
  return writeTableSheet(
    book,
    { name: INPUT_ERRORS_SHEET, title: input.title, asOf: input.asOf },
    [
      { header: "Row", width: 8, numFmt: formats.integer },
      { header: "Deal ID", width: 16, numFmt: formats.text },
      { header: "Column", width: 22, numFmt: formats.text },
      { header: "Value", width: 30, numFmt: formats.text, wrap: true },
      { header: "Reason", width: 90, wrap: true },
      { header: "Provisional decision", width: 40, wrap: true },
    ],
    errorRows(input.results, registerLabels(input.profile).decision),
    "No input errors: every row was scored.",
  ).written;
}
