import { cellText } from "../intake/cellText";
import { fieldSpecs, type DealField } from "../intake/columns";
import { findCompeting, mapHeaders, type ColumnMapping, type CompetingColumns } from "../intake/detectHeader";
import { normalizeKey } from "../text/normalizeKey";
import type { IntakeMapping } from "./intakeMapping";

/**
 * Maps one header row with the mapping file first: a header it names feeds the field it gives (or
 * nothing); the other headers are matched as usual, except to a field the file already assigned.
 * Columns still competing for a field the file left open are reported.
 */
export function applyColumnMapping(headers: readonly string[], intake: IntakeMapping): Omit<ColumnMapping, "headerRow"> {
  const fixed = new Set<DealField>();
  const own = headers.map((h) => {
    const f = intake.columns.get(normalizeKey(h));
    if (f) fixed.add(f);
    return f;
  });
  const rest = headers.map((h, i) => (own[i] === undefined ? h : ""));
  const auto = mapHeaders(rest);
  const fields = headers.map((_, i) => (own[i] !== undefined ? own[i]! : auto[i] && !fixed.has(auto[i]!) ? auto[i] : null));
  const competing = [...findCompeting(rest, fields, fixed), ...sameFieldTwice(headers, own)];
  return {
    columns: headers.map((header, index) => ({ index, header, field: fields[index] })),
    ...(competing.length ? { competing } : {}),
  };
}

/** The header row under a mapping file: the first of the top rows that then names both required fields. */
export function detectHeaderWithMapping(
  rows: readonly (readonly unknown[])[],
  intake: IntakeMapping,
  maxScan = 20,
): ColumnMapping | undefined {
  const required = fieldSpecs.filter((s) => s.required).map((s) => s.field);
  for (let r = 0; r < Math.min(rows.length, maxScan); r++) {
    const headers = (rows[r] ?? []).map((v) => cellText(v));
    if (headers.every((h) => h === "")) continue;
    const m = applyColumnMapping(headers, intake);
    if (required.every((f) => m.columns.some((c) => c.field === f))) return { headerRow: r, ...m };
  }
  return undefined;
}

/** A mapping file that sends two of the table's columns to one field has not said which to use either. */
function sameFieldTwice(headers: readonly string[], own: ReadonlyArray<DealField | null | undefined>): CompetingColumns[] {
  const byField = new Map<DealField, CompetingColumns>();
  own.forEach((f, index) => {
    if (!f) return;
    const entry = byField.get(f) ?? { field: f, columns: [] };
    entry.columns.push({ index, header: headers[index] });
    byField.set(f, entry);
  });
  return [...byField.values()].filter((c) => c.columns.length > 1);
}
