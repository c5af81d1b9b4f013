/** The compact WGI table derived by scripts/derive-wgi.ts (shape of core/reference/data/wgi.json). */

export const WGI_INDICATORS = ["va", "pv", "ge", "rq", "rl", "cc"] as const;
export type WgiIndicator = (typeof WGI_INDICATORS)[number];

/** Percentile ranks (0-100) of one country for one year; null where the source has no figure. */
export type WgiRow = { year: number } & Record<WgiIndicator, number | null>;

export interface WgiTable {
  id: string;
  title: string;
  version: string;
  /** Latest year in the source file. */
  year: number;
  source: string;
  licence: string;
  attribution: string;
  measure: string;
  selection: string;
  derivedFrom: { file: string; sha256: string };
  /** By ISO alpha-3 (Kosovo: XKX). */
  rows: Record<string, WgiRow>;
}
