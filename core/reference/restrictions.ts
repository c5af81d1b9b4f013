import type { RestrictionAuthority, RestrictionMeasure, RestrictionRow, RestrictionTable } from "./referenceTypes";
import { resolveCountry } from "./countries";
import { suggestCountry } from "./countriesSuggest";
import { isIsoDate } from "./isoDate";
import defaultTableJson from "./restrictions.json";

export const RESTRICTION_MEASURES: readonly RestrictionMeasure[] = [
  "comprehensive-sanctions",
  "interception-monitoring-restriction",
  "arms-embargo",
  "state-of-concern",
];

export const RESTRICTION_AUTHORITIES: readonly RestrictionAuthority[] = ["UK", "EU", "UN", "US", "company-policy"];

/** The measures that stop a deal by destination; a table without any of them switches those stops off. */
export const COUNTRY_HARD_STOP_MEASURES: readonly RestrictionMeasure[] = [
  "comprehensive-sanctions",
  "interception-monitoring-restriction",
  "arms-embargo",
];

/** One problem in a restrictions table; row is 1-based in the table's rows (absent for the header fields). */
export interface RestrictionTableError {
  row?: number;
  field: string;
  message: string;
}

export type RestrictionTableResult =
  { ok: true; table: RestrictionTable; warnings: string[] } | { ok: false; errors: RestrictionTableError[] };

const HEADER_FIELDS = ["id", "title", "asOf", "source", "caveat"] as const;

/** The warning every run repeats while a table without country hard stops is in use. */
export function noHardStopsWarning(table: { id: string }): string {
  return (
    `The restrictions table '${table.id}' has no comprehensive-sanctions, interception or arms-embargo row: ` +
    "no deal is stopped because of its destination"
  );
}

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
  const flag = input.noCountryHardStops;
  if (flag !== undefined && typeof flag !== "boolean") {
    errors.push({ field: "noCountryHardStops", message: "The table's 'noCountryHardStops' must be true or false" });
  }
  if (!Array.isArray(input.rows)) {
    errors.push({ field: "rows", message: "The restrictions table needs a 'rows' list" });
    return { ok: false, errors };
  }
  const asOf = typeof input.asOf === "string" ? input.asOf : "";
  const rows: RestrictionRow[] = [];
  input.rows.forEach((raw: unknown, i: number) => {
    const row = validateRow(raw, i + 1, asOf, errors);
    if (row) rows.push(row);
  });
  const stops = rows.some((r) => COUNTRY_HARD_STOP_MEASURES.includes(r.measure));
  if (errors.length === 0 && !stops && flag !== true) {
    errors.push({
      field: "rows",
      message:
        "The restrictions table has no comprehensive-sanctions, interception or arms-embargo row, so no deal would be stopped for its destination - " +
        'if that is intended, say so with "noCountryHardStops": true',
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const header = input as Record<string, string>;
  const table: RestrictionTable = {
    id: header.id,
    title: header.title,
    asOf: header.asOf,
    source: header.source,
    caveat: header.caveat,
    rows,
  };
  if (flag === true) table.noCountryHardStops = true;
  return { ok: true, table, warnings: stops ? [] : [noHardStopsWarning(table)] };
}

function validateRow(raw: unknown, row: number, tableAsOf: string, errors: RestrictionTableError[]): RestrictionRow | undefined {
  const at = `Row ${row}`;
  if (!isRecord(raw)) {
    errors.push({ row, field: "row", message: `${at} is not an object with country, measure, authority, instrument, source, from and to` });
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
  const date = (field: "from" | "to"): string | null => {
    const value = raw[field];
    if (value === null) return null;
    if (value === undefined) {
      errors.push({
        row,
        field,
        message: `${at}: '${field}' is missing - give a date (YYYY-MM-DD) or null when ${field === "from" ? "not known" : "still in force"}`,
      });
      return null;
    }
    if (typeof value !== "string" || !isIsoDate(value)) {
      errors.push({ row, field, message: `${at}: ${field} '${String(value)}' is not a date - use YYYY-MM-DD or null` });
      return null;
    }
    return value;
  };
  const countryText = text("country");
  const measure = text("measure");
  const authority = text("authority");
  const instrument = text("instrument");
  const source = text("source");
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
  if (authority !== "" && !(RESTRICTION_AUTHORITIES as readonly string[]).includes(authority)) {
    errors.push({
      row,
      field: "authority",
      message: `${at}: authority '${authority}' is not known - use one of ${RESTRICTION_AUTHORITIES.join(", ")}`,
    });
  }
  const from = date("from");
  const to = date("to");
  if (source !== "" && authority !== "company-policy" && !/^https:\/\/\S+$/.test(source)) {
    errors.push({ row, field: "source", message: `${at}: source '${source}' is not an address - give the official https:// page` });
  }
  if (from !== null && to !== null && to <= from) {
    errors.push({ row, field: "to", message: `${at}: to ${to} is not after from ${from}` });
  }
  if (raw.verified !== undefined && typeof raw.verified !== "boolean") {
    errors.push({ row, field: "verified", message: `${at}: 'verified' must be true or false` });
  }
  if (raw.note !== undefined && typeof raw.note !== "string") {
    errors.push({ row, field: "note", message: `${at}: 'note' must be text` });
  }
  if (errors.length > before || country === undefined) return undefined;
  const result: RestrictionRow = {
    country: country.alpha2,
    measure: measure as RestrictionMeasure,
    authority: authority as RestrictionAuthority,
    instrument,
    source,
    from,
    to,
    verified: raw.verified === true,
    asOf: tableAsOf,
  };
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

/** The shipped table (see its caveat and each row's note). */
export function defaultRestrictionTable(): RestrictionTable {
  const result = validateRestrictionTable(defaultTableJson);
  if (!result.ok) throw new Error(`The shipped restrictions table is invalid: ${result.errors[0].message}`);
  return result.table;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
