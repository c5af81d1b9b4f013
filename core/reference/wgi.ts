import type { DataProvenance } from "../model/types";
import type { Country, DestinationFigures } from "./referenceTypes";
import { WGI_INDICATORS, wgiRowOf, type WgiTable, type WgiYear } from "./wgiTable";
import wgiJson from "./data/wgi.json";

export { WGI_INDICATORS, wgiRowOf };
export type { WgiTable, WgiRow, WgiIndicator, WgiYear } from "./wgiTable";

/** The table shipped with the project, derived from the official file by scripts/derive-wgi.ts. */
export function defaultWgiTable(): WgiTable {
  return wgiJson as unknown as WgiTable;
}

export interface WgiLookup {
  /** The latest year with figures (any year when maxYear is omitted). */
  byAlpha3(alpha3: string, maxYear?: number): DestinationFigures | undefined;
  byAlpha2(alpha2: string, maxYear?: number): DestinationFigures | undefined;
  provenance: DataProvenance;
}

function figuresOf(alpha3: string, entry: WgiYear): DestinationFigures {
  const row = wgiRowOf(entry);
  const pct: DestinationFigures["pct"] = {};
  for (const indicator of WGI_INDICATORS) {
    const value = row[indicator];
    if (typeof value === "number") pct[indicator] = value;
  }
  return { alpha3, year: row.year, pct };
}

/**
 * Lookups into a WGI history. countryByAlpha2 turns a destination's alpha-2 into the alpha-3 the
 * table is keyed by (Kosovo is XK / XKX). A year's figures are never mixed with another year's.
 */
export function createWgiLookup(table: WgiTable, countryByAlpha2: (alpha2: string) => Country | undefined): WgiLookup {
  const years = new Map<string, WgiYear[]>();
  for (const [alpha3, list] of Object.entries(table.rows)) years.set(alpha3.toUpperCase(), list);
  const cache = new Map<string, DestinationFigures | undefined>();
  const byAlpha3 = (alpha3: string, maxYear = Infinity): DestinationFigures | undefined => {
    const code = alpha3.toUpperCase();
    const list = years.get(code);
    if (!list) return undefined;
    let chosen: WgiYear | undefined;
    for (const entry of list) if (entry[0] <= maxYear) chosen = entry;
    if (!chosen) return undefined;
    const key = `${code}|${chosen[0]}`;
    if (!cache.has(key)) cache.set(key, figuresOf(code, chosen));
    return cache.get(key);
  };
  return {
    byAlpha3,
    byAlpha2: (alpha2, maxYear) => {
      const country = countryByAlpha2(alpha2);
      return country ? byAlpha3(country.alpha3, maxYear) : undefined;
    },
    provenance: wgiProvenance(table),
  };
}

export function wgiProvenance(table: WgiTable): DataProvenance {
  return {
    id: table.id,
    title: table.title,
    version: table.version,
    asOf: String(table.year),
    source: `${table.source}; derived from ${table.derivedFrom.file} (sha256 ${table.derivedFrom.sha256})`,
    licence: `${table.licence} - ${table.attribution}`,
  };
}

/** Checks a user-supplied table (parsed JSON) enough to trust its figures; messages name the field. */
export function validateWgiTable(input: unknown): { ok: true; table: WgiTable } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const table = input as Partial<WgiTable> | null;
  if (typeof table !== "object" || table === null) return { ok: false, errors: ["The WGI table must be a JSON object"] };
  for (const field of ["id", "title", "version", "source", "licence", "attribution"] as const) {
    if (typeof table[field] !== "string") errors.push(`The WGI table needs a text '${field}'`);
  }
  if (typeof table.year !== "number") errors.push("The WGI table needs a number 'year'");
  if (typeof table.firstYear !== "number") errors.push("The WGI table needs a number 'firstYear'");
  if (typeof table.derivedFrom !== "object" || table.derivedFrom === null)
    errors.push("The WGI table needs 'derivedFrom' (file and sha256)");
  if (typeof table.rows !== "object" || table.rows === null) {
    errors.push("The WGI table needs 'rows' by alpha-3 code");
  } else {
    for (const [alpha3, list] of Object.entries(table.rows)) checkYears(alpha3, list, errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, table: table as WgiTable };
}

function checkYears(alpha3: string, list: unknown, errors: string[]): void {
  if (!Array.isArray(list)) {
    errors.push(`WGI row ${alpha3}: must be a list of [year, ${WGI_INDICATORS.join(", ")}]`);
    return;
  }
  let previous = -Infinity;
  for (const entry of list) {
    if (!Array.isArray(entry) || entry.length !== WGI_INDICATORS.length + 1 || typeof entry[0] !== "number") {
      errors.push(`WGI row ${alpha3}: each year must be [year, ${WGI_INDICATORS.join(", ")}]`);
      continue;
    }
    if (entry[0] <= previous) errors.push(`WGI row ${alpha3}: years must be in ascending order (${entry[0]} after ${previous})`);
    previous = entry[0];
    WGI_INDICATORS.forEach((indicator, i) => {
      const value = entry[i + 1];
      if (value !== null && (typeof value !== "number" || value < 0 || value > 100)) {
        errors.push(`WGI row ${alpha3} ${entry[0]}: '${indicator}' must be a percentile rank 0-100 or null`);
      }
    });
  }
}
