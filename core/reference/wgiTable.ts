/** The compact WGI history derived by scripts/derive-wgi.ts (shape of core/reference/data/wgi.json). */

export const WGI_INDICATORS = ["va", "pv", "ge", "rq", "rl", "cc"] as const;
export type WgiIndicator = (typeof WGI_INDICATORS)[number];

/** Percentile ranks (0-100) of one country for one year; null where the source has no figure. */
export type WgiRow = { year: number } & Record<WgiIndicator, number | null>;

/**
 * One year of one country, compact: [year, va, pv, ge, rq, rl, cc] (indicators in WGI_INDICATORS
 * order, null where the source has no figure). Only years with at least one figure are kept.
 */
export type WgiYear = [number, ...(number | null)[]];

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
  /** By ISO alpha-3 (Kosovo: XKX): the country's years, oldest first. */
  rows: Record<string, WgiYear[]>;
}

/** The compact year entry as a readable row. */
export function wgiRowOf(entry: WgiYear): WgiRow {
  const row = { year: entry[0] } as WgiRow;
  WGI_INDICATORS.forEach((indicator, i) => {
    const value = entry[i + 1];
    row[indicator] = typeof value === "number" ? value : null;
  });
  return row;
}
