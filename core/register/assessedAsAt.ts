import type { AppliedRestriction, ScoredRow } from "../model/types";

/** An applied restriction with the destinations (alpha-2) it was applied to. */
export type AppliedWithCountries = AppliedRestriction & { countries: string[] };

/** What dates and data the scored deals of a register rest on. */
export interface AsAtSummary {
  /** Distinct as-at dates, oldest first. */
  dates: string[];
  /** Distinct WGI years behind destination scores, oldest first. */
  wgiYears: number[];
  /** Each restrictions row applied to at least one deal, in first-seen order. */
  applied: AppliedWithCountries[];
}

const keyOf = (r: AppliedRestriction) => `${r.measure}|${r.authority}|${r.instrument}|${r.from}|${r.to}`;

/** The as-at summary gathered row by row (the streaming register adds each row as it goes). */
export function createAsAtTally(): { add(r: ScoredRow): void; summary(): AsAtSummary } {
  const dates = new Set<string>();
  const years = new Set<number>();
  const applied = new Map<string, AppliedWithCountries>();
  return {
    add(r) {
      if (r.status !== "ok") return;
      const a = r.assessment;
      dates.add(a.asAt);
      if (a.destination.basis === "wgi" && a.destination.year !== undefined) years.add(a.destination.year);
      for (const x of a.restrictionsApplied ?? []) {
        const key = keyOf(x);
        const seen = applied.get(key);
        if (!seen) applied.set(key, { ...x, countries: [a.destination.alpha2] });
        else if (!seen.countries.includes(a.destination.alpha2)) seen.countries.push(a.destination.alpha2);
      }
    },
    summary: () => ({ dates: [...dates].sort(), wgiYears: [...years].sort((x, y) => x - y), applied: [...applied.values()] }),
  };
}

export function summariseAsAt(results: readonly ScoredRow[]): AsAtSummary {
  const tally = createAsAtTally();
  for (const r of results) tally.add(r);
  return tally.summary();
}

/** "2020-11-15", or "2012-06-30 to 2026-12-01 (per deal)". */
export function datesText(dates: readonly string[]): string {
  if (dates.length === 0) return "-";
  return dates.length === 1 ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]} (per deal, ${dates.length} dates)`;
}

/** One line an auditor can follow: who, which instrument, since when, where to read it. */
export function appliedText(r: AppliedRestriction): string {
  const who = r.authority === "company-policy" ? "company policy" : r.authority;
  const dates = r.from ? `in force since ${r.from}${r.to ? ` until ${r.to}` : ""}` : "start date not recorded";
  return `${r.measure} - ${who}: ${r.instrument} (${dates}; ${r.verified ? "verified" : "not verified"}; source: ${r.source})`;
}
