import type { CellValue } from "exceljs";
import type { DecisionId, ScoredRow } from "../../model/types";
import { registerLabels } from "../registerLabels";
import { cellText } from "../cellText";
import type { RegisterBook } from "../registerBook";
import type { RegisterInput, RegisterMeta, RegisterOptions } from "../registerInput";
import { formats } from "../registerStyle";
import { writeTableSheetPaced } from "./writeTableSheet";

export const INPUT_ERRORS_SHEET = "Input errors";

/** The Input errors lines of one row that could not be scored: one per problem, each with the row's provisional decision. */
export function inputErrorLines(r: ScoredRow, decisionLabel: (d: DecisionId) => string): CellValue[][] {
  if (r.status !== "error") return [];
  // Never a cleared row: what follows from what could be read, and the hard stops behind it.
  const p = r.provisional ?? { decision: "escalate" as const, hardStops: [] };
  const provisional = cellText([decisionLabel(p.decision), ...p.hardStops.map((h) => h.message)].join(" - "));
  return r.errors.map((e) => [r.row, cellText(r.id), cellText(e.column), cellText(e.value), cellText(e.message), provisional]);
}

function* errorLinesOf(results: readonly ScoredRow[], decisionLabel: (d: DecisionId) => string): Generator<CellValue[]> {
  for (const r of results) yield* inputErrorLines(r, decisionLabel);
}

/**
 * Rows that could not be scored, one line per problem, so a user can fix the input and run again.
 * `lines` are the lines gathered as the rows went by (streaming); without them, `input.results`'
 * rows in error are listed. With `pacing.pause` the sheet waits every `pauseEvery` rows, so a
 * streaming writer hands its rows to the file as it goes (a pipeline can be mostly rows in error).
 * Returns the sheets written (more than one past Excel's rows per sheet).
 */
export async function writeInputErrors(
  book: RegisterBook,
  input: RegisterMeta & Partial<Pick<RegisterInput, "results">>,
  lines: Iterable<CellValue[]> = errorLinesOf(input.results ?? [], registerLabels(input.profile).decision),
  pacing: RegisterOptions = {},
): Promise<string[]> {
  return writeTableSheetPaced(
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
    lines,
    "No input errors: every row was scored.",
    [],
    pacing,
  );
}
