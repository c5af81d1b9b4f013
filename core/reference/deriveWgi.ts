/**
 * Derives the compact WGI history (core/reference/data/wgi.json) from the figures of the World
 * Bank's official workbook (read by cli/readWgiWorkbook.ts). Pure: `npm run data:wgi` and
 * `export-risk data impact --wgi` both use it, so a file gives the same table either way.
 */
import { allCountries } from "./countries";
import { encodeWgiValue, SHIPPED_WGI_INDICATORS, type WgiIndicator, type WgiTable } from "./wgiTable";

/**
 * Codes in the WGI file that are not ISO 3166-1 alpha-3 (World Bank historic codes), each mapped
 * to the alpha-3 the resolver uses, or excluded (alpha3 null) with the reason. Every other code in
 * the file must be an alpha-3 the resolver knows, or the derivation stops.
 */
export const WGI_CODE_MAP: Readonly<Record<string, { alpha3: string | null; reason: string }>> = {
  ADO: { alpha3: "AND", reason: "World Bank's former code for Andorra (ISO AND)" },
  KSV: { alpha3: "XKX", reason: "Kosovo has no ISO 3166 code; the resolver stores it as XK / XKX" },
  ROM: { alpha3: "ROU", reason: "Romania's alpha-3 before ISO changed it to ROU in 2002" },
  TMP: { alpha3: "TLS", reason: "East Timor's former code; ISO alpha-3 is TLS (Timor-Leste)" },
  WBG: { alpha3: "PSE", reason: "West Bank and Gaza: ISO 3166 lists it as Palestine, State of (PS / PSE)" },
  ZAR: { alpha3: "COD", reason: "Zaire-era code for the Democratic Republic of the Congo (ISO COD)" },
  ANT: {
    alpha3: null,
    reason: "Dissolved in 2010 and its ISO code withdrawn; its figures stop in 2013 and belong to no current destination",
  },
};

/** One figure of the source file. */
export interface WgiRecord {
  code: string;
  countryName: string;
  year: number;
  indicator: WgiIndicator;
  /** Percentile rank 0-100, null where the file has ".." or a blank. */
  pctrank: number | null;
}

/** The alpha-3 a WGI code stands for, or an exclusion with its reason, or unknown. */
export function mapWgiCode(code: string): { alpha3: string } | { excluded: string } | { unknown: true } {
  const mapped = WGI_CODE_MAP[code];
  if (mapped) return mapped.alpha3 === null ? { excluded: mapped.reason } : { alpha3: mapped.alpha3 };
  return knownAlpha3().has(code) ? { alpha3: code } : { unknown: true };
}

let alpha3s: Set<string> | undefined;
function knownAlpha3(): Set<string> {
  if (!alpha3s) alpha3s = new Set(allCountries().map((c) => c.alpha3));
  return alpha3s;
}

export interface WgiDerivation {
  table: WgiTable;
  excluded: Array<{ code: string; name: string; reason: string }>;
  /** Countries whose latest figures are older than the file's latest year. */
  older: Array<{ alpha3: string; year: number }>;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function deriveWgi(
  records: WgiRecord[],
  file: { name: string; sha256: string },
  indicators: readonly WgiIndicator[] = SHIPPED_WGI_INDICATORS,
): WgiDerivation {
  const unknown = new Map<string, string>();
  const excluded = new Map<string, { code: string; name: string; reason: string }>();
  const byCountry = new Map<string, WgiRecord[]>();
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const record of records) {
    minYear = Math.min(minYear, record.year);
    maxYear = Math.max(maxYear, record.year);
    const mapped = mapWgiCode(record.code);
    if ("unknown" in mapped) unknown.set(record.code, record.countryName);
    else if ("excluded" in mapped) excluded.set(record.code, { code: record.code, name: record.countryName, reason: mapped.excluded });
    else {
      const list = byCountry.get(mapped.alpha3);
      if (list) list.push(record);
      else byCountry.set(mapped.alpha3, [record]);
    }
  }
  if (unknown.size > 0) {
    const list = [...unknown].map(([code, name]) => `${code} (${name})`).join(", ");
    throw new Error(`WGI codes that are neither ISO alpha-3 nor in WGI_CODE_MAP: ${list} - add each to the table in scripts/derive-wgi.ts`);
  }

  const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
  const rows: Record<string, string[]> = {};
  const older: WgiDerivation["older"] = [];
  for (const alpha3 of [...byCountry.keys()].sort()) {
    const values = new Map<string, number>();
    let latest = -Infinity;
    for (const f of byCountry.get(alpha3)!) {
      if (f.pctrank === null) continue;
      latest = Math.max(latest, f.year);
      values.set(`${f.indicator}|${f.year}`, round1(f.pctrank));
    }
    if (!Number.isFinite(latest)) continue; // no figure in any year
    // A year with a figure for some indicator keeps the others as null: years never mix.
    rows[alpha3] = indicators.map((indicator) => years.map((year) => encodeWgiValue(values.get(`${indicator}|${year}`) ?? null)).join(""));
    if (latest < maxYear) older.push({ alpha3, year: latest });
  }

  // The World Bank publishes the "N update" with figures up to year N-1.
  const update = maxYear + 1;
  const table: WgiTable = {
    id: `wgi-${update}`,
    title: "Worldwide Governance Indicators",
    version: `${update} update`,
    firstYear: minYear,
    year: maxYear,
    source: `World Bank, Worldwide Governance Indicators, ${update} update (covers ${minYear}-${maxYear})`,
    licence: "CC BY 4.0",
    attribution: `Worldwide Governance Indicators, World Bank (www.govindicators.org), ${update} update. Licensed under CC BY 4.0.`,
    measure: "Percentile rank among all countries, 0 (lowest) to 100 (highest), rounded to 1 decimal",
    selection: `Per country, one series per indicator (${indicators.join(", ")}) over every year of the file: two base-36 characters per year for the percentile rank in tenths, '..' where the file has no figure (years are never mixed)`,
    derivedFrom: { file: file.name, sha256: file.sha256 },
    indicators: [...indicators],
    years,
    rows,
  };
  return { table, excluded: [...excluded.values()], older };
}

/** One header block, then one country per line (all its years): small, and a regenerated file diffs by country. */
export function formatWgiTable(table: WgiTable): string {
  const { rows, ...header } = table;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, "");
  const body = Object.entries(rows)
    .map(([alpha3, row]) => `    ${JSON.stringify(alpha3)}: ${JSON.stringify(row)}`)
    .join(",\n");
  return `${head},\n  "rows": {\n${body}\n  }\n}\n`;
}
