import { openXlsxWorkbook } from "./input/xlsxWorkbook";
import { basename } from "path";
import { WGI_INDICATORS, type WgiIndicator } from "../core";
import type { WgiRecord } from "../core";

const REQUIRED_COLUMNS = ["code", "countryname", "year", "indicator", "pctrank"] as const;

function cellNumber(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  // The file marks a missing figure with ".."; treat any non-numeric text the same way.
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** Reads every figure of the official workbook (first sheet, header row first). */
export async function readWgiWorkbook(file: string): Promise<WgiRecord[]> {
  const { sheets } = await openXlsxWorkbook(file, { styles: false });
  const records: WgiRecord[] = [];
  // The dataset is on the first sheet.
  const first = sheets[0];
  let columns: Record<string, number> | undefined;
  let rowNumber = 0;
  if (first)
    for await (const row of first.open()) {
      rowNumber++;
      const values = row.values as unknown[];
      if (columns === undefined) {
        const found: Record<string, number> = {};
        values.forEach((v, i) => {
          if (typeof v === "string") found[v.trim().toLowerCase()] = i;
        });
        const missing = REQUIRED_COLUMNS.filter((c) => found[c] === undefined);
        if (missing.length > 0) {
          throw new Error(
            `${basename(file)}: the first row lacks the column(s) ${missing.join(", ")} - is this the WGI long-format dataset?`,
          );
        }
        columns = found;
        continue;
      }
      const code = String(values[columns.code] ?? "").trim();
      if (code === "") continue;
      const indicator = String(values[columns.indicator] ?? "")
        .trim()
        .toLowerCase();
      if (!(WGI_INDICATORS as readonly string[]).includes(indicator)) {
        throw new Error(`${basename(file)} row ${rowNumber}: indicator '${indicator}' is not one of ${WGI_INDICATORS.join(", ")}`);
      }
      const year = cellNumber(values[columns.year]);
      if (year === null) throw new Error(`${basename(file)} row ${rowNumber}: year '${String(values[columns.year])}' is not a number`);
      records.push({
        code,
        countryName: String(values[columns.countryname] ?? "").trim(),
        year,
        indicator: indicator as WgiIndicator,
        pctrank: cellNumber(values[columns.pctrank]),
      });
    }
  if (records.length === 0) throw new Error(`${basename(file)}: no WGI figures found on the first sheet`);
  return records;
}
