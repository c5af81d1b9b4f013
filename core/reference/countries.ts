import type { Country } from "./referenceTypes";
import codesJson from "i18n-iso-countries/codes.json";
import englishJson from "i18n-iso-countries/langs/en.json";
import { normaliseCountryText, invertCommaName, dropParenthesis } from "./countriesNormalise";
import { COUNTRY_VARIANTS, COUNTRY_ENDONYMS, AMBIGUOUS_COUNTRY_NAMES, COUNTRY_DISPLAY_NAMES } from "./countriesVariants";

/*
 * ISO 3166-1 codes and English names come from the i18n-iso-countries package's own JSON
 * (codes.json and langs/en.json), imported directly so that only English is bundled and the
 * core reads no files. Kosovo has no ISO code: the package lists it as XK/XKK; the World Bank and
 * the EU use XKX, which is what we store (XKK is still accepted as input).
 */

type CodeRow = readonly [string, string, string, ...string[]];
const KOSOVO_ALPHA3 = "XKX";

/** A resolved key: a country, or null for a text that names several (see AMBIGUOUS_COUNTRY_NAMES). */
type IndexEntry = Country | null;

export interface CountryNameKey {
  key: string;
  alpha2s: readonly string[];
}

interface CountryIndex {
  byAlpha2: Map<string, Country>;
  /** Lower-case alpha-2 and alpha-3 codes and 3-digit numeric codes, matched before names. */
  byCode: Map<string, Country>;
  byKey: Map<string, IndexEntry>;
  /** Normalised names (not codes) for suggestions, with the countries each stands for. */
  names: CountryNameKey[];
}

let index: CountryIndex | undefined;
const MEMO_LIMIT = 50_000;
const memo = new Map<string, Country | null>();

function englishNames(alpha2: string): string[] {
  const entry = (englishJson.countries as Record<string, string | string[]>)[alpha2];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

function buildIndex(): CountryIndex {
  const byAlpha2 = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  const byKey = new Map<string, IndexEntry>();
  const names: CountryIndex["names"] = [];

  for (const [text, codes] of Object.entries(AMBIGUOUS_COUNTRY_NAMES)) {
    byKey.set(normaliseCountryText(text), null);
    names.push({ key: normaliseCountryText(text), alpha2s: codes });
  }
  const claim = (key: string, country: Country): void => {
    if (key !== "" && !byKey.has(key)) byKey.set(key, country);
  };

  for (const row of codesJson as unknown as CodeRow[]) {
    const [alpha2, packageAlpha3, numeric] = row;
    const alpha3 = alpha2 === "XK" ? KOSOVO_ALPHA3 : packageAlpha3;
    const official = englishNames(alpha2);
    const name = COUNTRY_DISPLAY_NAMES[alpha2] ?? official[0] ?? alpha2;
    const country: Country = { alpha2, alpha3, numeric, name };
    byAlpha2.set(alpha2, country);
    byCode.set(alpha2.toLowerCase(), country);
    byCode.set(alpha3.toLowerCase(), country);
    byCode.set(numeric, country);
  }
  // Explicit variants first: they settle names the package gives to two countries.
  for (const [alpha2, variants] of Object.entries(COUNTRY_VARIANTS)) {
    const country = byAlpha2.get(alpha2);
    if (country === undefined) throw new Error(`Country variants name unknown code ${alpha2}`);
    for (const variant of variants) addName(variant, country);
  }
  for (const country of byAlpha2.values()) {
    addName(country.name, country);
    for (const name of englishNames(country.alpha2)) addName(name, country);
  }
  for (const [alpha2, names] of Object.entries(COUNTRY_ENDONYMS)) {
    const country = byAlpha2.get(alpha2);
    if (country === undefined) throw new Error(`Country endonyms name unknown code ${alpha2}`);
    for (const name of names) addName(name, country);
  }

  function addName(text: string, country: Country): void {
    const forms = [text, invertCommaName(text), dropParenthesis(text)];
    for (const form of forms) {
      if (form === undefined) continue;
      const key = normaliseCountryText(form);
      if (key.length > 3 && !byKey.has(key)) names.push({ key, alpha2s: [country.alpha2] });
      claim(key, country);
    }
  }
  return { byAlpha2, byCode, byKey, names };
}

function getIndex(): CountryIndex {
  if (index === undefined) index = buildIndex();
  return index;
}

function lookup(text: string): Country | null {
  const { byCode, byKey } = getIndex();
  const trimmed = text.trim();
  if (/^\d{1,3}$/.test(trimmed)) return byCode.get(trimmed.padStart(3, "0")) ?? null;
  // Codes first and without normalising: "ST" is Sao Tome, not the "St" of "St Lucia".
  if (trimmed.length <= 3) {
    const byCodeHit = byCode.get(trimmed.toLowerCase());
    if (byCodeHit !== undefined) return byCodeHit;
  }
  for (const form of [trimmed, invertCommaName(trimmed), dropParenthesis(trimmed)]) {
    if (form === undefined) continue;
    const entry = byKey.get(normaliseCountryText(form));
    if (entry !== undefined) return entry;
  }
  return null;
}

/**
 * The country a free text names: an ISO alpha-2, alpha-3 or numeric code, an English official or
 * common name, or a known variant ("UAE", "Burma", "DRC", "Türkiye"). Undefined when unknown or
 * ambiguous ("Congo", "Korea"). Results are memoised because pipeline columns repeat values.
 */
export function resolveCountry(text: string): Country | undefined {
  let result = memo.get(text);
  if (result === undefined) {
    result = lookup(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, result);
  }
  return result ?? undefined;
}

/** The country with this ISO alpha-2 code (upper or lower case). */
export function countryByAlpha2(alpha2: string): Country | undefined {
  return getIndex().byAlpha2.get(alpha2.toUpperCase());
}

/** Every country the resolver knows (ISO 3166-1 plus Kosovo), in ISO list order. */
export function allCountries(): Country[] {
  return [...getIndex().byAlpha2.values()];
}

/** Internal to the suggestion module: the normalised names and what each stands for. */
export function countryNameKeys(): readonly CountryNameKey[] {
  return getIndex().names;
}
