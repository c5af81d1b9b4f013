import { cellText } from "../intake/cellText";

/** Header words that mark a column of party names, most specific first, with the party's role. */
const NAME_HEADERS: ReadonlyArray<{ pattern: RegExp; role: PartyRole }> = [
  { pattern: /^(end[ -]?users?|ultimate end[ -]?user|consignee)( name| organi[sz]ation| entity)?$/i, role: "end user" },
  { pattern: /^(customer|client|buyer|purchaser|account)( name)?$/i, role: "customer" },
  {
    pattern: /^(partner|reseller|distributor|supplier|intermediary|agent|integrator|channel partner|business partner)( name)?$/i,
    role: "partner",
  },
  {
    pattern: /^(name|full name|business name|counterparty|company|entity|organi[sz]ation|party|legal entity)( name)?$/i,
    role: "party",
  },
];
const COUNTRY_HEADERS =
  /^(country|destination|destination country|country of destination|end[ -]?user country|nation|jurisdiction|country code)$/i;
const PARTNER_COUNTRY_HEADERS = /^(partner|reseller|distributor|intermediary|agent) (country|location)$/i;

export type PartyRole = "end user" | "customer" | "partner" | "party";

export interface NameColumn {
  /** 0-based column index. */
  index: number;
  header: string;
  role: PartyRole;
  /** 0-based index of the country column read with these names, or -1. */
  country: number;
}

export interface NameColumns {
  /** 0-based index of the header row. */
  headerRow: number;
  /** The first (most specific) name column and its country column, for callers that screen one column. */
  name: number;
  country: number;
  /** Every column of party names, in table order: a deal pipeline has customer, end user and partner. */
  names: NameColumn[];
  /** Why this row is the header, in words for the user. */
  reason: string;
}

function nonBlank(cells: string[]): number {
  return cells.filter((c) => c !== "").length;
}

function nameColumnsOf(cells: string[]): NameColumn[] {
  const general = cells.findIndex((c) => COUNTRY_HEADERS.test(c));
  const partnerCountry = cells.findIndex((c) => PARTNER_COUNTRY_HEADERS.test(c));
  const found: NameColumn[] = [];
  cells.forEach((header, index) => {
    const role = NAME_HEADERS.find((h) => h.pattern.test(header))?.role;
    if (!role) return;
    const country = role === "partner" && partnerCountry >= 0 ? partnerCountry : general;
    found.push({ index, header, role, country });
  });
  return found;
}

/**
 * Where the names are. The header is the first non-blank row; title rows above it are allowed only when
 * they hold a single cell and the header holds several, so a data row can never become the header (a
 * Type column reading "Distributor" is data, not a heading). Kept apart from the matcher so the custom
 * functions can find the columns without bundling it.
 */
export function findNameColumn(rows: unknown[][]): NameColumns | undefined {
  let titles = 0;
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const cells = (rows[r] ?? []).map((c) => cellText(c).trim());
    const filled = nonBlank(cells);
    if (filled === 0) continue;
    const afterTitles = titles > 0;
    if (!afterTitles || filled >= 2) {
      const names = nameColumnsOf(cells);
      if (names.length > 0) {
        const first = names.find((n) => n.role !== "party") ?? names[0];
        return {
          headerRow: r,
          name: first.index,
          country: first.country,
          names,
          reason: afterTitles
            ? `row ${r + 1} is the first row of several headings below the title${titles > 1 ? "s" : ""}`
            : `row ${r + 1} is the first non-blank row`,
        };
      }
    }
    // Only single-cell rows (titles) may sit above the header.
    if (filled >= 2) return undefined;
    titles++;
  }
  return undefined;
}
