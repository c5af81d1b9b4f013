/**
 * Error cells in a range argument. With `allowErrorForDataTypeAny` in functions.json (added at build
 * time, see webpack.config.js) Excel hands a function a range containing #N/A, #REF! and the like
 * instead of answering #VALUE! for the whole formula; each such cell arrives as a
 * CustomFunctions.Error (or, where data types are on, an error entity { type: "Error", basicValue }).
 */
export function excelErrorCode(v: unknown): string | undefined {
  if (v === null || typeof v !== "object") return undefined;
  if (typeof CustomFunctions !== "undefined" && v instanceof CustomFunctions.Error) return String(v.code);
  const o = v as { type?: unknown; basicValue?: unknown; errorType?: unknown; code?: unknown };
  if (o.type === "Error") return typeof o.basicValue === "string" ? o.basicValue : `#${String(o.errorType ?? "ERROR")}`;
  if (typeof o.code === "string" && o.code.startsWith("#")) return o.code;
  return undefined;
}

export interface ErrorCell {
  row: number;
  column: number;
  code: string;
}

/** Every error cell of a range, and the range with each replaced by its code as text (for the readers). */
export function extractErrorCells(rows: unknown[][]): { rows: unknown[][]; errors: ErrorCell[] } {
  const errors: ErrorCell[] = [];
  const clean = rows.map((row, r) =>
    Array.isArray(row)
      ? row.map((v, c) => {
          const code = excelErrorCode(v);
          if (code === undefined) return v;
          errors.push({ row: r, column: c, code });
          return code;
        })
      : row,
  );
  return { rows: clean, errors };
}
