import type { DataProvenance } from "../model/types";
import type { ReferenceData, RestrictionRow, RestrictionTable } from "./referenceTypes";
import { resolveCountry, countryByAlpha2 } from "./countries";
import { suggestCountry } from "./countriesSuggest";
import { defaultRestrictionTable, indexRestrictions, validateRestrictionTable } from "./restrictions";
import { createWgiLookup, defaultWgiTable, validateWgiTable, type WgiTable } from "./wgi";
import countriesPackage from "i18n-iso-countries/package.json";

/** Release date of the i18n-iso-countries version this project was built against (npm registry). */
const COUNTRY_LIST_RELEASES: Readonly<Record<string, string>> = { "7.14.0": "2025-07-17" };

export interface ReferenceOptions {
  /** A user's own dated restrictions table (replaces the shipped one). */
  restrictions?: RestrictionTable;
  /** A WGI table derived from a newer official file by scripts/derive-wgi.ts. */
  wgi?: WgiTable;
}

export function countryListProvenance(): DataProvenance {
  const version = countriesPackage.version;
  return {
    id: "iso-3166-countries",
    title: "ISO 3166-1 country codes and English names (plus Kosovo, XK / XKX)",
    version: `i18n-iso-countries ${version}`,
    asOf: COUNTRY_LIST_RELEASES[version] ?? `i18n-iso-countries ${version} release`,
    source: "ISO 3166-1 via the i18n-iso-countries package (npm), with the project's list of common name variants",
    licence: "MIT (i18n-iso-countries)",
  };
}

export function restrictionsProvenance(table: RestrictionTable, warnings: readonly string[] = []): DataProvenance {
  return {
    id: table.id,
    title: table.title,
    version: table.asOf,
    asOf: table.asOf,
    source: [`${table.source}. ${table.caveat}`, ...warnings].join(" WARNING: "),
    licence: "Project data: official instruments named per row, and the methodology's own policy where a row says company-policy",
  };
}

/**
 * Reference data for scoring, built once and reused for every row. Options replace the shipped
 * tables; an invalid table is refused with every problem listed (validate it first with
 * validateRestrictionTable / validateWgiTable to get the problems as values).
 */
export function createReference(options: ReferenceOptions = {}): ReferenceData {
  let restrictionTable = defaultRestrictionTable();
  let warnings: string[] = [];
  if (options.restrictions) {
    const checked = validateRestrictionTable(options.restrictions);
    if (!checked.ok) throw new Error(`Restrictions table: ${checked.errors.map((e) => e.message).join("; ")}`);
    restrictionTable = checked.table;
    warnings = checked.warnings;
  }
  let wgiTable = defaultWgiTable();
  if (options.wgi) {
    const checked = validateWgiTable(options.wgi);
    if (!checked.ok) throw new Error(`WGI table: ${checked.errors.join("; ")}`);
    wgiTable = checked.table;
  }
  const restrictionsByCountry = indexRestrictions(restrictionTable);
  const wgi = createWgiLookup(wgiTable, countryByAlpha2);
  const none: readonly RestrictionRow[] = Object.freeze([]);
  return {
    resolveCountry,
    countryByAlpha2,
    suggestCountry,
    destination: (alpha2) => wgi.byAlpha2(alpha2),
    destinationAt: (alpha2, maxYear) => wgi.byAlpha2(alpha2, maxYear),
    restrictions: (alpha2) => restrictionsByCountry.get(alpha2.toUpperCase()) ?? none,
    restrictionsAsOf: restrictionTable.asOf,
    wgiIndicators: wgiTable.indicators,
    warnings,
    provenance: [countryListProvenance(), wgi.provenance, restrictionsProvenance(restrictionTable, warnings)],
  };
}

let shipped: ReferenceData | undefined;

/** The shipped reference data (memoised). */
export function defaultReference(): ReferenceData {
  if (shipped === undefined) shipped = createReference();
  return shipped;
}
