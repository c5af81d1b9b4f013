import type { CellError } from "../model/types";

/**
 * Collects one row's input errors and warnings, and the entries read the fail-safe way (red flags
 * counted as `other-concern`, mitigations not credited) for the drivers. One sink serves every row
 * of a table: `reset` drops the previous row's lists without allocating, and a list is only created
 * when a row needs it.
 */
export class RowErrors {
  errors: CellError[] | undefined;
  warnings: CellError[] | undefined;
  otherConcerns: string[] | undefined;
  notCredited: string[] | undefined;

  reset(): void {
    this.errors = undefined;
    this.warnings = undefined;
    this.otherConcerns = undefined;
    this.notCredited = undefined;
  }

  error(e: CellError): void {
    (this.errors ??= []).push(e);
  }

  warn(w: CellError): void {
    (this.warnings ??= []).push(w);
  }
}

/** Reads one field from its cell text, reporting problems to the row's sink. Built once per column mapping. */
export type FieldReader<T> = (text: string, sink: RowErrors) => T;
