import type { DealField } from "../intake/columns";

/** The mapping file's columns, in order: the file is meant to be opened and corrected in Excel. */
export const MAPPING_HEADER = ["Kind", "Field", "In your file", "Maps to", "Confidence", "Needs review", "Rows", "Notes"] as const;

export const REVIEW_MARK = "REVIEW";
/** "Maps to" for a column the assessment should not read. */
export const IGNORE = "ignore";

export type Confidence = "high" | "medium" | "low" | "none";

/** One line of a proposed mapping: a header, or one distinct value of a coded column. */
export interface MappingLine {
  kind: "column" | "value";
  /** For a value: the field whose column holds it. */
  field: DealField | "";
  source: string;
  /** Field id (column), catalogue id, ISO code, "none", or "" when nothing is proposed. */
  mapsTo: string;
  confidence: Confidence;
  needsReview: boolean;
  /** For a value: how many rows hold it. */
  rows: number | "";
  notes: string;
}

export function mappingLineCells(l: MappingLine): Array<string | number> {
  return [l.kind, l.field, l.source, l.mapsTo, l.confidence, l.needsReview ? REVIEW_MARK : "", l.rows, l.notes];
}
