import type { ColumnMapping } from "../../core";

/** Columns up to the last one with a header: cells further right belong to no column and are not read. */
export function tableWidth(mapping: ColumnMapping): number {
  let w = 0;
  for (const c of mapping.columns) if (c.header !== "" || c.field !== null) w = Math.max(w, c.index + 1);
  return w;
}
