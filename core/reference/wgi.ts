import type { DataProvenance } from "../model/types";
import type { Country, DestinationFigures } from "./referenceTypes";
import { WGI_INDICATORS, type WgiTable } from "./wgiTable";
import wgiJson from "./data/wgi.json";

export { WGI_INDICATORS };
export type { WgiTable, WgiRow, WgiIndicator } from "./wgiTable";

/** The table shipped with the project, derived from the official file by scripts/derive-wgi.ts. */
export function defaultWgiTable(): WgiTable {
  return wgiJson as WgiTable;
}

export interface WgiLookup {
  byAlpha3(alpha3: string): DestinationFigures | undefined;
  byAlpha2(alpha2: string): DestinationFigures | undefined;
  provenance: DataProvenance;
}

/**
 * Lookups into a WGI table. countryByAlpha2 turns a destination's alpha-2 into the alpha-3 the
 * table is keyed by (Kosovo is XK / XKX).
 */
export function createWgiLookup(table: WgiTable, countryByAlpha2: (alpha2: string) => Country | undefined): WgiLookup {
  const figures = new Map<string, DestinationFigures>();
  for (const [alpha3, row] of Object.entries(table.rows)) {
    const pct: DestinationFigures["pct"] = {};
    for (const indicator of WGI_INDICATORS) {
      const value = row[indicator];
      if (typeof value === "number") pct[indicator] = value;
    }
    figures.set(alpha3.toUpperCase(), { alpha3: alpha3.toUpperCase(), year: row.year, pct });
  }
  const byAlpha3 = (alpha3: string): DestinationFigures | undefined => figures.get(alpha3.toUpperCase());
  return {
    byAlpha3,
    byAlpha2: (alpha2) => {
      const country = countryByAlpha2(alpha2);
      return country ? byAlpha3(country.alpha3) : undefined;
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
  if (typeof table.derivedFrom !== "object" || table.derivedFrom === null)
    errors.push("The WGI table needs 'derivedFrom' (file and sha256)");
  if (typeof table.rows !== "object" || table.rows === null) {
    errors.push("The WGI table needs 'rows' by alpha-3 code");
  } else {
    for (const [alpha3, row] of Object.entries(table.rows)) {
      if (typeof row?.year !== "number") errors.push(`WGI row ${alpha3}: 'year' must be a number`);
      for (const indicator of WGI_INDICATORS) {
        const value = row?.[indicator];
        if (value !== null && (typeof value !== "number" || value < 0 || value > 100)) {
          errors.push(`WGI row ${alpha3}: '${indicator}' must be a percentile rank 0-100 or null`);
        }
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, table: table as WgiTable };
}
