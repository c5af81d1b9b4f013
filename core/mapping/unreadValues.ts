import type { ScoredRow } from "../model/types";
import type { DealField } from "../intake/columns";
import type { ColumnMapping } from "../intake/detectHeader";
import { codedFields } from "./codedFields";

/** A value the intake could not read (or read the fail-safe way), to be mapped to a catalogue entry. */
export interface UnreadValue {
  field: DealField;
  column: string;
  value: string;
  rows: number;
  /** "error": the row was not assessed; "warning": read the fail-safe way (other concern, not credited, riskier reading). */
  kind: "error" | "warning";
}

/** Every distinct unread value of a coded column, errors first, then by how many rows hold it. */
export function unreadValues(results: readonly ScoredRow[], mapping: ColumnMapping): UnreadValue[] {
  const coded = new Set<DealField>(codedFields);
  const fieldOf = new Map(mapping.columns.filter((c) => c.field).map((c) => [c.header, c.field!] as const));
  const found = new Map<string, UnreadValue>();
  const add = (column: string, value: string, kind: UnreadValue["kind"]) => {
    const field = fieldOf.get(column);
    if (!field || !coded.has(field) || !value) return;
    const key = `${field}\u0000${value}`;
    const v = found.get(key);
    if (v) {
      v.rows++;
      if (kind === "error") v.kind = "error";
    } else found.set(key, { field, column, value, rows: 1, kind });
  };
  for (const r of results) {
    if (r.status === "error") for (const e of r.errors) add(e.column, e.value, "error");
    for (const w of r.warnings ?? []) add(w.column, w.value, "warning");
  }
  return [...found.values()].sort((a, b) => (a.kind === b.kind ? b.rows - a.rows : a.kind === "error" ? -1 : 1));
}
