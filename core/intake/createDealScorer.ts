import type { CellError, ScoredRow } from "../model/types";
import { assessDealMemo } from "../scoring/assessDealMemo";
import type { ScoringContext } from "../scoring/context";
import { isBlankRow } from "./cellText";
import { CellProblem } from "./cellProblem";
import type { ColumnMapping } from "./detectHeader";
import { createRowReader } from "./readDealRow";
import type { IntakeMapping } from "../mapping/intakeMapping";
import { withIntakeDrivers } from "./withIntakeDrivers";
import { provisionalDecision } from "./provisionalDecision";

/** Scores one row at a time, for readers that stream (the command line) and for whole tables alike. */
export interface DealScorer {
  /** The row's result, or null for a blank row. `rowNumber` is the row's number in the user's sheet or file. */
  score(cells: readonly unknown[], rowNumber: number): ScoredRow | null;
}

/**
 * A row scorer for one header mapping. A cell that holds an Excel error or an unsaved formula in
 * a column the deal is read from makes the row an input error naming that cell: it is never read
 * as a blank (which could pass for "none").
 */
export function createDealScorer(mapping: ColumnMapping, ctx: ScoringContext, intake?: IntakeMapping): DealScorer {
  const reader = createRowReader(mapping, ctx, intake);
  const read = mapping.columns.filter((c) => c.header !== "" || c.field !== null);
  return {
    score(cells, rowNumber) {
      if (isBlankRow(cells)) return null;
      const problems = cellProblems(cells, read);
      const r = reader.read(problems.length ? cells.map((c) => (c instanceof CellProblem ? null : c)) : cells, rowNumber);
      let out: ScoredRow;
      if (r.ok && !problems.length) {
        const assessment = withIntakeDrivers(assessDealMemo(r.deal, ctx), r.notes);
        out = { row: rowNumber, id: r.deal.id, status: "ok", deal: r.deal, assessment };
      } else {
        const errors = [...problems, ...(r.ok ? [] : r.errors)];
        out = { row: rowNumber, id: r.deal.id ?? "", status: "error", errors, deal: r.deal, provisional: provisionalDecision(r.deal, ctx) };
      }
      if (r.warnings) out.warnings = r.warnings;
      return out;
    },
  };
}

function cellProblems(cells: readonly unknown[], columns: ColumnMapping["columns"]): CellError[] {
  let out: CellError[] | undefined;
  for (const c of columns) {
    const v = cells[c.index];
    if (v instanceof CellProblem) (out ??= []).push({ column: c.header || `column ${c.index + 1}`, value: v.shown, message: v.message });
  }
  return out ?? [];
}
