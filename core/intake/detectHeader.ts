import { compactKey } from "../text/normalizeKey";
import { competingFieldsMatter, dealFields, fieldLabel, fieldSpecs, type DealField } from "./columns";

const fieldOrder: readonly DealField[] = dealFields;
import { cellText } from "./cellText";
import { buildCatalogueMatcher } from "./catalogueMatcher";
import { normalizeKey } from "../text/normalizeKey";

export interface ColumnMapping {
  /** 0-based index of the header row in the table. */
  headerRow: number;
  /** One entry per column: its header text and the field it feeds (null = carried as an extra column). */
  columns: Array<{ index: number; header: string; field: DealField | null }>;
  /** Fields two or more columns claim (a second Country column): an error until a mapping says which to use. */
  competing?: CompetingColumns[];
}

export interface CompetingColumns {
  field: DealField;
  /** The column read, then the ones that also claim the field. */
  columns: Array<{ index: number; header: string }>;
}

/** Rank of each header key per field: lower is a better claim. */
const claims = new Map<string, Array<{ field: DealField; rank: number }>>();
for (const spec of fieldSpecs) {
  spec.synonyms.forEach((s, rank) => {
    const k = compactKey(s);
    const list = claims.get(k) ?? [];
    list.push({ field: spec.field, rank });
    claims.set(k, list);
  });
}

/**
 * Headers that contain known names: "Deal Value (GBP)", "Destination Country (ISO)"; "Product Line"
 * contains the names of two fields (capability, product) and claims both.
 */
const headerPhrases = buildCatalogueMatcher(fieldSpecs.map((s) => ({ id: s.field, label: s.label, synonyms: s.synonyms, risk: 0 })));

export function claimsFor(header: string): Array<{ field: DealField; rank: number }> {
  const exact = claims.get(compactKey(header));
  if (exact) return exact;
  const m = headerPhrases.match(header);
  if (m.kind === "none") return [];
  const ids = (m.kind === "ambiguous" ? [m.id, ...m.others] : [m.id]) as DealField[];
  // Field order decides between two names found: the earlier field is the likelier reading.
  ids.sort((a, b) => fieldOrder.indexOf(a) - fieldOrder.indexOf(b));
  return ids.map((field) => ({ field, rank: 100 }));
}

/**
 * A header that contains a field's name competes for it only when its other words merely qualify
 * the name ("Destination Country (ISO)", "Country 2"); "Country notes" or "Partner status" are
 * about the field, not a second source of it.
 */
const qualifierWords = new Set(
  "iso code codes name alpha 2 3 second 2nd alt alternative primary secondary final ultimate actual real new updated current corrected confirmed of the s region gbp usd eur".split(
    " ",
  ),
);
const fieldWords = new Map(
  fieldSpecs.map((s) => [s.field, new Set([s.label, ...s.synonyms].flatMap((n) => normalizeKey(n).split(" ")))] as const),
);
const onlyQualified = (header: string, field: DealField) =>
  normalizeKey(header)
    .split(" ")
    .every((w) => fieldWords.get(field)!.has(w) || qualifierWords.has(w));

/**
 * Maps header cells to deal fields. Each field goes to the header with the best-ranked synonym;
 * a header that loses its first choice may take its next one ("Product" is the capability when
 * there is no "Capability" column, and the product name when there is).
 */
export function mapHeaders(headers: readonly string[]): Array<DealField | null> {
  const options = headers.map((h) =>
    claimsFor(h)
      .slice()
      .sort((a, b) => a.rank - b.rank),
  );
  const result: Array<DealField | null> = headers.map(() => null);
  const taken = new Map<DealField, { col: number; rank: number }>();
  // Resolve in rounds: strongest claims (lowest rank) first.
  const wants = options.flatMap((opts, col) => opts.map((o, pref) => ({ col, field: o.field, rank: o.rank, pref })));
  wants.sort((a, b) => a.rank - b.rank || a.pref - b.pref || a.col - b.col);
  for (const w of wants) {
    if (result[w.col] !== null || taken.has(w.field)) continue;
    result[w.col] = w.field;
    taken.set(w.field, { col: w.col, rank: w.rank });
  }
  // A required field outranks an optional one: "Product" is the capability when nothing else is.
  for (const spec of fieldSpecs) {
    if (!spec.required || taken.has(spec.field)) continue;
    const w = wants.find((x) => x.field === spec.field);
    if (w) {
      const displaced = result[w.col];
      if (displaced) taken.delete(displaced);
      result[w.col] = spec.field;
      taken.set(spec.field, { col: w.col, rank: w.rank });
    }
  }
  // "End user" alone holds a type ("Police") when the table has no end-user type column.
  if (!taken.has("endUserType") && taken.has("endUserName")) {
    const col = taken.get("endUserName")!.col;
    if (compactKey(headers[col]) === "enduser") result[col] = "endUserType";
  }
  return result;
}

/**
 * Finds the header row (the first of the top rows that names both required columns) and maps it.
 * Returns undefined when no row looks like a deal table header.
 */
export function detectHeader(rows: readonly (readonly unknown[])[], maxScan = 20): ColumnMapping | undefined {
  const limit = Math.min(rows.length, maxScan);
  for (let r = 0; r < limit; r++) {
    const headers = (rows[r] ?? []).map((v) => cellText(v));
    if (headers.every((h) => h === "")) continue;
    const fields = mapHeaders(headers);
    const required = fieldSpecs.filter((s) => s.required).every((s) => fields.includes(s.field));
    if (required) {
      const competing = findCompeting(headers, fields);
      return {
        headerRow: r,
        columns: headers.map((header, index) => ({ index, header, field: fields[index] })),
        ...(competing.length ? { competing } : {}),
      };
    }
  }
  return undefined;
}

/**
 * Columns left without a field that claim one another column took, for the fields where a second
 * column could hide a risk. `fixed` are fields a mapping file assigned: it has said which to use.
 */
export function findCompeting(
  headers: readonly string[],
  fields: ReadonlyArray<DealField | null>,
  fixed: ReadonlySet<DealField> = new Set(),
): CompetingColumns[] {
  const out = new Map<DealField, CompetingColumns>();
  headers.forEach((h, col) => {
    if (fields[col] !== null || !h) return;
    for (const claim of claimsFor(h)) {
      if (claim.rank >= 100 && !onlyQualified(h, claim.field)) continue;
      const taken = fields.indexOf(claim.field);
      if (taken < 0 || fixed.has(claim.field) || !competingFieldsMatter.has(claim.field)) continue;
      let entry = out.get(claim.field);
      if (!entry) out.set(claim.field, (entry = { field: claim.field, columns: [{ index: taken, header: headers[taken] }] }));
      entry.columns.push({ index: col, header: h });
      break;
    }
  });
  return [...out.values()];
}

/** The message for competing columns: names both and says how to choose. */
export function competingMessage(c: readonly CompetingColumns[]): string {
  return (
    c
      .map(
        (x) =>
          `Columns ${x.columns.map((k) => `'${k.header}' (${columnLetter(k.index)})`).join(" and ")} all give the ${fieldLabel[x.field].toLowerCase()}: ` +
          "the tool will not guess which one holds the deal's value",
      )
      .join("; ") + ". Remove or rename the columns not meant, or say which to use in a mapping file (export-risk map, then --mapping)"
  );
}

/** Excel's column letters for a 0-based index (0 = A). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
