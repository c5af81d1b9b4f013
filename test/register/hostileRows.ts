import Papa from "papaparse";
import { csvRows, SAMPLE } from "./registerTestKit";

/** Sample rows whose text would run as formulas or commands if a spreadsheet evaluated it. */
export function hostileRows(): string[][] {
  const [header, first] = csvRows(SAMPLE);
  const texts = ['=HYPERLINK("http://example.invalid/x","click")', "+cmd|' /C calc'!A0", "-1+2", "@SUM(A1:A2)", "=1+1"];
  const at = (name: string) => header.indexOf(name);
  return [
    header,
    ...texts.map((t, i) => {
      const row = [...first];
      row[at("Deal ID")] = i === 4 ? t : `H-${i + 1}`;
      row[at("Customer")] = t;
      row[at("Product")] = t;
      row[at("Owner")] = t;
      return row;
    }),
  ];
}

export function hostileRowsCsv(): string {
  return Papa.unparse(hostileRows());
}
