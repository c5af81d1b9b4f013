import { cellText } from "../intake/cellText";

/** Header words that mark the column of names to screen, most specific first. */
const NAME_HEADERS = [
  /^(partner|reseller|distributor|supplier|customer|end[ -]?user|counterparty|company|entity|organi[sz]ation|party|legal entity)( name)?$/i,
  /^(name|full name|business name|partner name|reseller name|company name|entity name|party name)$/i,
];
const COUNTRY_HEADERS = /^(country|partner country|country code|nation|jurisdiction)$/i;

/**
 * Where the names are: the header row and column, found from the header words above. Kept apart from
 * the matcher so the custom functions can find the column without bundling it.
 */
export function findNameColumn(rows: unknown[][]): { headerRow: number; name: number; country: number } | undefined {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const cells = (rows[r] ?? []).map((c) => cellText(c).trim());
    for (const pattern of NAME_HEADERS) {
      const name = cells.findIndex((c) => pattern.test(c));
      if (name >= 0) return { headerRow: r, name, country: cells.findIndex((c) => COUNTRY_HEADERS.test(c)) };
    }
  }
  return undefined;
}
