import type { DestinationFigures, ReferenceData, RestrictionMeasure, RestrictionRow } from "./referenceTypes";

export interface RestrictionsAt {
  /** Rows in force on the as-at date, in table order. */
  rows: RestrictionRow[];
  /** Rows applied although their start is unknown and the as-at date is before the table's as-of date. */
  warnings: string[];
}

/**
 * The restrictions on a destination in force on a date (YYYY-MM-DD): from <= asAt and (to is null
 * or asAt < to). A row whose start is unknown applies (the riskier reading), with a warning when
 * the as-at date is before the table's own as-of date, since it may not have been in force then.
 */
export function restrictionsInForce(reference: ReferenceData, country: string, asAt: string): RestrictionsAt {
  const rows: RestrictionRow[] = [];
  const warnings: string[] = [];
  for (const row of reference.restrictions(country)) {
    if (row.from !== null && row.from > asAt) continue;
    if (row.to !== null && asAt >= row.to) continue;
    rows.push(row);
    if (row.from === null && asAt < reference.restrictionsAsOf) {
      warnings.push(
        `${row.measure} (${describeWho(row)}: ${row.instrument}) has no recorded start date; it is applied as at ${asAt}, ` +
          `though the table only shows it in force on ${reference.restrictionsAsOf}`,
      );
    }
  }
  return { rows, warnings };
}

/** Rows in force grouped by measure (a destination may be under one measure by several authorities). */
export interface MeasureInForce {
  measure: RestrictionMeasure;
  rows: RestrictionRow[];
  /** "UK: The Russia (Sanctions) ... Regulations 2019, in force since ...; company-policy: ..." */
  basis: string;
}

export function groupByMeasure(rows: readonly RestrictionRow[]): MeasureInForce[] {
  const groups = new Map<RestrictionMeasure, RestrictionRow[]>();
  for (const row of rows) {
    const list = groups.get(row.measure);
    if (list) list.push(row);
    else groups.set(row.measure, [row]);
  }
  return [...groups].map(([measure, list]) => ({ measure, rows: list, basis: list.map(describeRow).join("; ") }));
}

export function describeRow(row: RestrictionRow): string {
  const since = row.from ? `in force since ${row.from}` : `start date not recorded, in force on ${row.asOf}`;
  const until = row.to ? ` until ${row.to}` : "";
  return `${describeWho(row)}: ${row.instrument}, ${since}${until}`;
}

function describeWho(row: RestrictionRow): string {
  return row.authority === "company-policy" ? "company policy" : row.authority;
}

/**
 * WGI figures for an as-at date: the latest year <= (as-at year - 1) with figures for the
 * destination, since the figures for a year are published in the following year.
 */
export function wgiForYear(reference: ReferenceData, country: string, asAt: string): DestinationFigures | undefined {
  return reference.destinationAt(country, wgiYearLimit(asAt));
}

/** The latest WGI year an as-at date may use. */
export function wgiYearLimit(asAt: string): number {
  return Number(asAt.slice(0, 4)) - 1;
}
