/**
 * Generated deal pipelines in which every row's combination of scored fields is different: no
 * two rows could share a memoised assessment, as in a real multi-year history. The row index is
 * written in mixed radix over the fields (capability fastest), so neighbouring rows differ too.
 */
import { createWriteStream } from "fs";
import { once } from "events";
import Papa from "papaparse";
import ExcelJS from "exceljs";
import { capabilities, countries as baseCountries, endUsers } from "./dealVocabulary";

export const PIPELINE_HEADER = [
  "Deal ID",
  "Customer",
  "End user",
  "End-user category",
  "Destination country",
  "Product category",
  "Reseller",
  "Partner type",
  "Partner country",
  "Partner due diligence",
  "Red flags",
  "Contract clauses",
  "Deal value",
  "Currency",
];
const countries = [
  ...baseCountries,
  "France",
  "Japan",
  "Canada",
  "Chile",
  "Peru",
  "Ghana",
  "Nigeria",
  "Pakistan",
  "Thailand",
  "Malaysia",
  "Philippines",
  "Morocco",
  "Jordan",
  "Qatar",
  "Kazakhstan",
  "Ukraine",
  "Poland",
  "Spain",
  "Italy",
  "Argentina",
];
const flagSet = ["Prior misuse", "Re-export", "Unclear end use", "No oversight"];
const clauseSet = [
  "End-user undertaking",
  "Human rights clause",
  "Audit rights",
  "No re-export",
  "Suspend and terminate",
  "Post-shipment checks",
];
const partnerTypes = ["Direct", "Reseller", "Distributor"];
const partnerCountries = ["Singapore", "UAE", "Germany", "Cyprus", "Hong Kong"];
const diligence = ["Yes", "No", ""];

const subset = (set: string[], bits: number) => set.filter((_, k) => bits & (1 << k)).join("; ");

/** Combinations available: the product of the radices (far above 1,000,000). */
export const DISTINCT_COMBINATIONS =
  capabilities.length *
  countries.length *
  endUsers.length *
  (1 << flagSet.length) *
  (1 << clauseSet.length) *
  partnerTypes.length *
  partnerCountries.length *
  diligence.length;

/** Row i of the pipeline (0-based); rows i != j differ in at least one scored field while i < DISTINCT_COMBINATIONS. */
export function pipelineRow(i: number): (string | number)[] {
  let x = i;
  const digit = (radix: number) => {
    const d = x % radix;
    x = Math.floor(x / radix);
    return d;
  };
  const cap = digit(capabilities.length);
  const country = digit(countries.length);
  const endUser = digit(endUsers.length);
  const flags = digit(1 << flagSet.length);
  const clauses = digit(1 << clauseSet.length);
  const pType = digit(partnerTypes.length);
  const pCountry = digit(partnerCountries.length);
  const dd = digit(diligence.length);
  const direct = partnerTypes[pType] === "Direct";
  return [
    `D-${i}`,
    `Customer ${(i * 7919) % 100_003}`,
    `End user ${(i * 104_729) % 99_991}`,
    endUsers[endUser],
    countries[country],
    capabilities[cap],
    direct ? "" : `Partner ${(i * 31) % 10_007}`,
    partnerTypes[pType],
    direct ? "" : partnerCountries[pCountry],
    direct ? "" : diligence[dd],
    subset(flagSet, flags),
    subset(clauseSet, clauses),
    1000 + ((i * 37) % 5_000_000),
    i % 2 ? "GBP" : "USD",
  ];
}

export async function writePipelineCsv(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(PIPELINE_HEADER.join(",") + "\n");
  for (let i = 0; i < n; i += 5000) {
    const rows: (string | number)[][] = [];
    for (let k = i; k < Math.min(n, i + 5000); k++) rows.push(pipelineRow(k));
    if (!out.write(Papa.unparse(rows, { newline: "\n" }) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
}

export async function writePipelineXlsx(file: string, n: number): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = book.addWorksheet("Pipeline");
  sheet.addRow(PIPELINE_HEADER).commit();
  for (let i = 0; i < n; i++) {
    sheet.addRow(pipelineRow(i)).commit();
    if (i % 5000 === 0) await new Promise((r) => setImmediate(r));
  }
  sheet.commit();
  await book.commit();
}

if (require.main === module) {
  const [kind, file, n] = process.argv.slice(2);
  (kind === "xlsx" ? writePipelineXlsx : writePipelineCsv)(file, Number(n)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
