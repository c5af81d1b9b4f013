/**
 * A cell that holds no usable value although it is not empty: an Excel error (#N/A, #REF!...) or
 * a formula saved without its result. Readers hand it over in place of a value, so the row is
 * reported as an input error naming the cell, never read as blank (a blank can look like "none").
 */
export class CellProblem {
  constructor(
    /** What the cell shows: "#N/A", or the formula "=VLOOKUP(...)". */
    readonly shown: string,
    /** Why it cannot be read, for a compliance officer. */
    readonly message: string,
  ) {}

  toString(): string {
    return this.shown;
  }
}

export function excelErrorCell(code: string): CellProblem {
  return new CellProblem(code, `the cell shows the Excel error ${code}, not a value - correct the formula or data behind it`);
}

export function unsavedFormulaCell(formula: string): CellProblem {
  return new CellProblem(
    `=${formula}`,
    "the cell holds a formula with no saved value - open the workbook in Excel, let it calculate and save it again",
  );
}

/** A text cell whose text the workbook does not hold (its shared-strings part is missing or cut short). */
export function missingTextCell(index: string): CellProblem {
  return new CellProblem(
    `(shared text ${index})`,
    "the cell's text is missing from the workbook (its shared strings are damaged) - open the workbook in Excel and save it again",
  );
}
