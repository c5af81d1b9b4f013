import type { RestrictionMeasure, RestrictionRow, RestrictionTable } from "./referenceTypes";
import { resolveCountry } from "./countries";
import { suggestCountry } from "./countriesSuggest";
import defaultTableJson from "./restrictions.json";

export const RESTRICTION_MEASURES: readonly RestrictionMeasure[] = [
  "comprehensive-sanctions",
  "interception-monitoring-restriction",
  "arms-embargo",
  "state-of-concern",
];

/** One problem in a restrictions table; row is 1-based in the table's rows (absent for the header fields). */
export interface RestrictionTableError {
  row?: number;
  field: string;
  message: string;
}

export type RestrictionTableResult = { ok: true; table: RestrictionTable } | { ok: false; errors: RestrictionTableError[] };

const HEADER_FIELDS = ["id", "title", "asOf", "source", "caveat"] as const;

/**
 * Checks a user-supplied table (parsed JSON) and returns it with every country as ISO alpha-2.
 * A country may be given by name or code; each problem names the row and field.
 */
export function validateRestrictionTable(input: unknown): RestrictionTableResult {
  const errors: RestrictionTableError[] = [];
  if (!isRecord(input)) {
    return { ok: false, errors: [{ field: "table", message: "The restrictions table must be a JSON object with a 'rows' list" }] };
  }
  for (const field of HEADER_FIELDS) {
    if (typeof input[field] !== "string" || (input[field] as string).trim() === "") {
      errors.push({ field, message: `The restrictions table needs a text '${field}'` });
    }
  }
  if (typeof input.asOf === "string" && !isIsoDate(input.asOf)) {
    errors.push({ field: "asOf", message: `The table's asOf '${input.asOf}' is not a date - use YYYY-MM-DD` });
  }
  if (!Array.isArray(input.rows)) {
    errors.push({ field: "rows", message: "The restrictions table needs a 'rows' list" });
    return { ok: false, errors };
  }
  const rows: RestrictionRow[] = [];
  input.rows.forEach((raw: unknown, i: number) => {
    const row = validateRow(raw, i + 1, errors);
    if (row) rows.push(row);
  });
  if (errors.length > 0) return { ok: false, errors };
  const table = input as Record<string, string>;
  return {
    ok: true,
    table: { id: table.id, title: table.title, asOf: table.asOf, source: table.source, caveat: table.caveat, rows },
  };
}

function validateRow(raw: unknown, row: number, errors: RestrictionTableError[]): RestrictionRow | undefined {
  const at = `Row ${row}`;
  if (!isRecord(raw)) {
    errors.push({ row, field: "row", message: `${at} is not an object with country, measure, authority, source and asOf` });
    return undefined;
  }
  const before = errors.length;
  const text = (field: string): string => {
    const value = raw[field];
    if (typeof value !== "string" || value.trim() === "") {
      errors.push({ row, field, message: `${at}: '${field}' is missing - give it as text` });
      return "";
    }
    return value.trim();
  };
  const countryText = text("country");
  const measure = text("measure");
  const authority = text("authority");
  const source = text("source");
  const asOf = text("asOf");
  const country = countryText === "" ? undefined : resolveCountry(countryText);
  if (countryText !== "" && country === undefined) {
    const suggestion = suggestCountry(countryText);
    const hint = suggestion ? ` (did you mean '${suggestion}'?)` : "";
    errors.push({
      row,
      field: "country",
      message: `${at}: country '${countryText}' is not recognised - use a country name or ISO code${hint}`,
    });
  }
  if (measure !== "" && !(RESTRICTION_MEASURES as readonly string[]).includes(measure)) {
    errors.push({
      row,
      field: "measure",
      message: `${at}: measure '${measure}' is not known - use one of ${RESTRICTION_MEASURES.join(", ")}`,
    });
  }
  if (asOf !== "" && !isIsoDate(asOf)) {
    errors.push({ row, field: "asOf", message: `${at}: asOf '${asOf}' is not a date - use YYYY-MM-DD` });
  }
  if (raw.note !== undefined && typeof raw.note !== "string") {
    errors.push({ row, field: "note", message: `${at}: 'note' must be text` });
  }
  if (errors.length > before || country === undefined) return undefined;
  const result: RestrictionRow = { country: country.alpha2, measure: measure as RestrictionMeasure, authority, source, asOf };
  if (typeof raw.note === "string") result.note = raw.note;
  return result;
}

/** Rows by destination alpha-2, for one lookup per deal. */
export function indexRestrictions(table: RestrictionTable): Map<string, RestrictionRow[]> {
  const byCountry = new Map<string, RestrictionRow[]>();
  for (const row of table.rows) {
    const list = byCountry.get(row.country);
    if (list) list.push(row);
    else byCountry.set(row.country, [row]);
  }
  return byCountry;
}

/** The shipped table (methodology defaults; see its caveat). */
export function defaultRestrictionTable(): RestrictionTable {
  const result = validateRestrictionTable(defaultTableJson);
  if (!result.ok) throw new Error(`The shipped restrictions table is invalid: ${result.errors[0].message}`);
  return result.table;
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return (
    date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3])
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
