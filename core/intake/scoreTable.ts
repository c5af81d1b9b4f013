import type { DataProvenance, ScoredRow } from "../model/types";
import type { ScoringContext } from "../scoring/context";
import { fieldSpecs, type DealField } from "./columns";
import { competingMessage, detectHeader, type ColumnMapping } from "./detectHeader";
import { createDealScorer } from "./createDealScorer";
import { provenanceOf } from "../result/provenance";
import type { IntakeMapping } from "../mapping/intakeMapping";
import { detectHeaderWithMapping } from "../mapping/applyColumnMapping";
import { mappingProvenance } from "../mapping/mappingProvenance";

export interface TableScore {
  mapping: ColumnMapping;
  /** One result per non-blank data row, in input order. */
  results: ScoredRow[];
  methodology: string;
  provenance: DataProvenance[];
}

export class TableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TableError";
  }
}

export interface ScoreTableOptions {
  /** A mapping fixed by the user (task pane); detected from the header row when absent. */
  mapping?: ColumnMapping;
  /** Row number of rows[0] in the user's sheet (1 for a file or a range that starts at row 1). */
  firstRowNumber?: number;
  /** Keep blank rows as null entries (custom functions spill one row per input row). */
  keepBlankRows?: boolean;
  /** The user's mapping file: header names and picklist values of their CRM. */
  intake?: IntakeMapping;
}

/** Detects the header or throws a TableError that says which columns are needed. */
export function requireHeader(rows: readonly (readonly unknown[])[], intake?: IntakeMapping): ColumnMapping {
  const mapping = intake ? detectHeaderWithMapping(rows, intake) : detectHeader(rows);
  if (!mapping) {
    const need = fieldSpecs
      .filter((s) => s.required)
      .map(
        (s) =>
          `'${s.label}' (or ${s.synonyms
            .slice(1, 3)
            .map((x) => `'${x}'`)
            .join(", ")})`,
      );
    throw new TableError(
      rows.length === 0
        ? "The table is empty - it needs a header row and at least one deal"
        : `No recognisable header row: a deal table needs columns for ${need.join(" and ")} in one of its first rows`,
    );
  }
  if (mapping.competing?.length) throw new TableError(competingMessage(mapping.competing));
  return mapping;
}

/**
 * Scores a table exactly as Excel or a CSV reader hands it over: header row first, then one deal
 * per row. Bad rows become error results naming the column and value; every other row is scored.
 */
export function scoreTable(
  rows: readonly (readonly unknown[])[],
  ctx: ScoringContext,
  options: ScoreTableOptions = {},
): TableScore & { rowsOut: Array<ScoredRow | null> } {
  const mapping = options.mapping ?? requireHeader(rows, options.intake);
  if (mapping.competing?.length) throw new TableError(competingMessage(mapping.competing));
  const first = options.firstRowNumber ?? 1;
  const scorer = createDealScorer(mapping, ctx, options.intake);
  const results: ScoredRow[] = [];
  const rowsOut: Array<ScoredRow | null> = [];
  for (let r = mapping.headerRow + 1; r < rows.length; r++) {
    const out = scorer.score(rows[r] ?? [], first + r);
    if (out) results.push(out);
    if (options.keepBlankRows) rowsOut.push(out);
  }
  const provenance = options.intake ? [...provenanceOf(ctx), mappingProvenance(options.intake)] : provenanceOf(ctx);
  return { mapping, results, rowsOut, methodology: `${ctx.profile.id}@${ctx.profile.version}`, provenance };
}

export type { DealField };
