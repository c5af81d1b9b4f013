/** The compact WGI history derived by scripts/derive-wgi.ts (shape of core/reference/data/wgi.json). */

export const WGI_INDICATORS = ["va", "pv", "ge", "rq", "rl", "cc"] as const;
export type WgiIndicator = (typeof WGI_INDICATORS)[number];

/** The indicators the shipped history keeps: the two the default methodology uses. */
export const SHIPPED_WGI_INDICATORS: readonly WgiIndicator[] = ["va", "rl"];

/** Percentile ranks (0-100) of one country for one year; null where the source has no figure. */
export type WgiRow = { year: number } & Partial<Record<WgiIndicator, number | null>>;

/**
 * The history is shipped with the custom functions, whose bundle has a size budget, so each
 * series is one string: per year of `years`, two base-36 characters for the percentile rank in
 * tenths (0-1000), or ".." where the source has no figure.
 */
export interface WgiTable {
  id: string;
  title: string;
  version: string;
  /** First and latest year in the source file. */
  firstYear: number;
  year: number;
  source: string;
  licence: string;
  attribution: string;
  measure: string;
  selection: string;
  derivedFrom: { file: string; sha256: string };
  /** The indicators kept, in the order of each country's series. */
  indicators: WgiIndicator[];
  /** The years of the source file, oldest first (the WGI was biennial before 2002). */
  years: number[];
  /** By ISO alpha-3 (Kosovo: XKX): one encoded series per indicator. */
  rows: Record<string, string[]>;
}

const NONE = "..";

export function encodeWgiValue(value: number | null): string {
  return value === null
    ? NONE
    : Math.round(value * 10)
        .toString(36)
        .padStart(2, "0");
}

export function decodeWgiValue(code: string): number | null {
  if (code === NONE) return null;
  const tenths = parseInt(code, 36);
  return Number.isNaN(tenths) || tenths > 1000 ? Number.NaN : tenths / 10;
}

/** A country's figures for the year at `index` of table.years, or undefined when it has none that year. */
export function wgiRowAt(table: WgiTable, series: readonly string[], index: number): WgiRow | undefined {
  const row: WgiRow = { year: table.years[index] };
  let any = false;
  table.indicators.forEach((indicator, i) => {
    const value = decodeWgiValue(series[i].slice(index * 2, index * 2 + 2));
    row[indicator] = value;
    if (value !== null) any = true;
  });
  return any ? row : undefined;
}

/** Every year a country has figures for, oldest first. */
export function wgiRowsOf(table: WgiTable, alpha3: string): WgiRow[] {
  const series = table.rows[alpha3];
  if (!series) return [];
  return table.years.map((_, i) => wgiRowAt(table, series, i)).filter((r): r is WgiRow => r !== undefined);
}
