import type { DataProvenance } from "../model/types";
import type { Country, DestinationFigures } from "./referenceTypes";
import { decodeWgiValue, WGI_INDICATORS, wgiRowAt, wgiRowsOf, type WgiRow, type WgiTable } from "./wgiTable";
import wgiJson from "./data/wgi.json";

export { WGI_INDICATORS, wgiRowsOf };
export type { WgiTable, WgiRow, WgiIndicator } from "./wgiTable";

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

function figuresOf(alpha3: string, row: WgiRow): DestinationFigures {
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
  const series = new Map<string, string[]>();
  for (const [alpha3, list] of Object.entries(table.rows)) series.set(alpha3.toUpperCase(), list);
  const cache = new Map<string, DestinationFigures | undefined>();
  const byAlpha3 = (alpha3: string, maxYear = Infinity): DestinationFigures | undefined => {
    const code = alpha3.toUpperCase();
    const list = series.get(code);
    if (!list) return undefined;
    const key = `${code}|${maxYear}`;
    if (cache.has(key)) return cache.get(key);
    let found: DestinationFigures | undefined;
    for (let i = table.years.length - 1; i >= 0 && found === undefined; i--) {
      if (table.years[i] > maxYear) continue;
      const row = wgiRowAt(table, list, i);
      if (row) found = figuresOf(code, row);
    }
    cache.set(key, found);
    return found;
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

/**
 * The problem when a profile scores destinations on indicators the WGI data does not hold (the
 * shipped history keeps va and rl), or undefined: scoring them would read "no data" for every
 * country instead of saying what is missing.
 */
export function wgiIndicatorProblem(wanted: readonly string[], held: readonly string[]): string | undefined {
  const missing = wanted.filter((i) => !held.includes(i));
  if (missing.length === 0) return undefined;
  return (
    `The methodology scores destinations on ${missing.join(", ")}, which the WGI data in use does not hold (it has ${held.join(", ")}): ` +
    `derive a table with them (npm run data:wgi -- <file> --indicators ${[...new Set([...held, ...missing])].join(",")}) and pass it with --wgi`
  );
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
  const shapeErrors = errors.length;
  const indicators = Array.isArray(table.indicators) ? table.indicators : [];
  if (indicators.length === 0 || indicators.some((i) => !(WGI_INDICATORS as readonly string[]).includes(i)))
    errors.push(`The WGI table needs 'indicators', a list drawn from ${WGI_INDICATORS.join(", ")}`);
  const years = Array.isArray(table.years) ? table.years : [];
  if (years.length === 0 || years.some((y, i) => typeof y !== "number" || (i > 0 && y <= years[i - 1])))
    errors.push("The WGI table needs 'years', a list of years in ascending order");
  const shapeKnown = errors.length === shapeErrors;
  if (typeof table.rows !== "object" || table.rows === null) {
    errors.push("The WGI table needs 'rows' by alpha-3 code");
  } else if (shapeKnown) {
    for (const [alpha3, list] of Object.entries(table.rows)) checkSeries(alpha3, list, indicators, years, errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, table: table as WgiTable };
}

function checkSeries(alpha3: string, list: unknown, indicators: readonly string[], years: readonly number[], errors: string[]): void {
  if (!Array.isArray(list) || list.length !== indicators.length) {
    errors.push(`WGI row ${alpha3}: must hold one series per indicator (${indicators.join(", ")})`);
    return;
  }
  list.forEach((series: unknown, i) => {
    if (typeof series !== "string" || series.length !== years.length * 2) {
      errors.push(`WGI row ${alpha3}: the '${indicators[i]}' series must have two characters per year (${years.length} years)`);
      return;
    }
    for (let y = 0; y < years.length; y++) {
      if (Number.isNaN(decodeWgiValue(series.slice(y * 2, y * 2 + 2)))) {
        errors.push(`WGI row ${alpha3} ${years[y]}: '${indicators[i]}' must be a percentile rank 0-100 or null`);
      }
    }
  });
}
