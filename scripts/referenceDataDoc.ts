/**
 * docs/reference-data.md, rendered from the restrictions table (core/reference/restrictions.json),
 * so the document an auditor reads lists exactly the rows the tool applies. `npm run
 * docs:reference-data` writes it; a test fails when the document and the table differ.
 */
import { countryByAlpha2 } from "../core/reference/countries";

/** A row as the JSON file holds it (before validation stores the table's as-of date on it). */
export interface RestrictionJsonRow {
  country: string;
  measure: string;
  authority: string;
  instrument: string;
  source: string;
  from: string | null;
  to: string | null;
  verified: boolean;
  note?: string;
}

export interface RestrictionJsonTable {
  asOf: string;
  rows: RestrictionJsonRow[];
}

const SECTIONS: ReadonlyArray<{ measure: string; title: string }> = [
  { measure: "comprehensive-sanctions", title: "Comprehensive sanctions (stop every cyber product)" },
  { measure: "interception-monitoring-restriction", title: "Interception and monitoring restrictions (stop S ≥ 4)" },
  {
    measure: "arms-embargo",
    title: "Arms embargoes (stop S ≥ 4 for military, intelligence, law-enforcement or undisclosed end users; red flag otherwise)",
  },
  { measure: "state-of-concern", title: "States of concern (national-security review: at least escalate for S ≥ 3)" },
];

const isPolicy = (r: RestrictionJsonRow): boolean => r.authority === "company-policy";

export function renderReferenceDataDoc(table: RestrictionJsonTable): string {
  const official = table.rows.filter((r) => !isPolicy(r));
  const verified = official.filter((r) => r.verified);
  const unverified = official.filter((r) => !r.verified);
  const number = new Map(table.rows.map((r, i) => [r, i + 1]));
  const out: string[] = [
    ...header(table.asOf),
    `**Status of the rows.** The table has ${table.rows.length} rows: ${official.length} official measures (UK, EU, UN, US), of`,
    `which ${verified.length} are *verified* - checked on ${table.asOf} against the official publication the note names,`,
    `which states the date recorded - and ${unverified.length} are not (the note says exactly what could not be`,
    `confirmed; see the list below); and ${table.rows.length - official.length} rows of *company-policy*, the methodology's own policy, not`,
    'law, which claim no start date. Check the official lists - gov.uk ["Current arms embargoes and other',
    'restrictions"](https://www.gov.uk/guidance/current-arms-embargoes-and-other-restrictions), the',
    "UN Security Council sanctions committees, the [EU Sanctions Map](https://www.sanctionsmap.eu/),",
    "OFAC's sanctions programmes - before relying on the table.",
    "",
    "The table is read from a UK exporter's side. An EU row records the period the EU measure bound",
    "UK exporters: until the end of the transition period (31 December 2020), where a UK row takes",
    "over, or open where the row names the UK regulations that continue it. Where an embargo bears only",
    "on armed groups or named persons, the note says so; the methodology applies it to the whole",
    "destination, the riskier reading.",
    "",
    ...replacing(),
  ];
  for (const section of SECTIONS) {
    out.push(
      "",
      `## ${section.title}`,
      "",
      "| # | Destination | Authority | Instrument or policy | From | To | Verified | Source |",
      "|---|---|---|---|---|---|---|---|",
    );
    for (const r of table.rows.filter((x) => x.measure === section.measure)) out.push(tableLine(r, number.get(r)!));
  }
  out.push("", "## Rows not verified", "");
  for (const r of unverified) out.push(`- #${number.get(r)} ${place(r)}, ${r.measure}, ${r.authority}: see note ${number.get(r)}.`);
  out.push("", "## Notes per row", "");
  table.rows.forEach((r, i) => out.push(`${i + 1}. ${countryName(r.country)}, ${r.measure}, ${r.authority}: ${r.note ?? ""}`));
  return out.join("\n") + "\n";
}

function tableLine(r: RestrictionJsonRow, n: number): string {
  const status = isPolicy(r) ? "policy" : r.verified ? "yes" : "no";
  return `| ${n} | ${place(r)} | ${r.authority} | ${cell(r.instrument)} | ${r.from ?? "-"} | ${r.to ?? "-"} | ${status} | ${source(r.source)} |`;
}

function place(r: RestrictionJsonRow): string {
  return `${countryName(r.country)} (${r.country})`;
}

function countryName(alpha2: string): string {
  return countryByAlpha2(alpha2)?.name ?? alpha2;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function source(address: string): string {
  if (!address.startsWith("https://")) return cell(address);
  return `[${new URL(address).host}](${address})`;
}

function header(asOf: string): string[] {
  return [
    "# Reference data: the restrictions table",
    "",
    "<!-- Rendered from core/reference/restrictions.json by `npm run docs:reference-data`; edit the table, not this file. -->",
    "",
    "The hard stops and the national-security review rest on one dated table,",
    `\`core/reference/restrictions.json\` (table as of **${asOf}**). Each row names a country or territory`,
    "(ISO 3166 alpha-2), the measure, the authority (`UK`, `EU`, `UN`, `US`, or `company-policy` for",
    "the methodology's own policy), the legal instrument or policy by name, a source address, `from`",
    "(in force since; empty when not recorded) and `to` (no longer in force that day; empty while in",
    "force), and whether it was **verified** against an official publication on the table's as-of date.",
    "",
    "How the rows apply:",
    "",
    "- A row applies to a deal assessed as at a date when `from <= as-at` and (`to` is empty or",
    '  `as-at < to`) - see "Assessed as at a date" in [methodology.md](methodology.md). A deal is',
    "  stopped only by what is in force on its as-at date.",
    "- A row whose `from` is not recorded applies (the riskier reading); a deal assessed before the",
    "  table's as-of date then carries a warning that the row is applied without a known start.",
    "- Where the day of a start is uncertain, the earlier date is recorded (the riskier reading) and",
    "  the note says so.",
    "- Several rows for one destination and measure (for example a US programme and the company's",
    "  policy) are cited together in one hard stop.",
    "- A table with no comprehensive-sanctions, interception or arms-embargo row would stop no deal",
    '  for its destination: it is refused unless it says `"noCountryHardStops": true`, and then every',
    "  run warns about it.",
    "",
  ];
}

function replacing(): string[] {
  return [
    "## Replacing or updating the table",
    "",
    "Use your own table with `--restrictions FILE` (`score`, `register`, `data impact`) or in the",
    "pane's Settings. Before adopting a new table or a newer World Bank WGI file, see which deals of a",
    "pipeline would change decision and why:",
    "",
    "```",
    "export-risk data impact deals.csv --restrictions new-restrictions.json",
    "export-risk data impact deals.csv --wgi wgidataset-2025.xlsx",
    "```",
    "",
    "It reads the pipeline row by row and writes each deal whose decision would change as it finds",
    'it (the drivers that appear, "now: ...", and those that go, "no longer: ..."), then the counts:',
    "deals compared, deals whose score alone would move, and rows with input errors under both data,",
    "which are named as not compared rather than counted as unchanged. `--mapping` reads a CRM export",
    "as `score` does; `--format json` writes `changes`, `deals`, `scoreOnly`, `inputErrors` and",
    "`proposedData`. Nothing changes until you pass the same files to `score` or `register`",
    "(`--restrictions`, `--wgi`).",
    "",
    "The WGI history shipped in `core/reference/data/wgi.json` (Voice and Accountability and",
    "Rule of Law, every year 1996-2023, 2024 update; two base-36 characters per year and indicator, the",
    "percentile rank in tenths, so the custom functions stay within their size budget) is derived by",
    "`npm run data:wgi -- wgidataset-2024.xlsx`; `--indicators va,rl,ge` keeps more indicators for a",
    "profile that uses them. `--wgi` accepts the World Bank's workbook itself or a derived `.json`.",
    "After editing `core/reference/restrictions.json`, run `npm run docs:reference-data` to render",
    "this page again. The add-in carries the table without the rows' notes (nothing in Excel shows",
    "them, and they would swell the custom functions' bundle); the notes are kept here and in the JSON.",
  ];
}
