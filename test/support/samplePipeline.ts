import { readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";

/** The project's sample pipeline as Excel would hand it over: header row first, numbers as numbers. */
export function samplePipelineRows(): (string | number)[][] {
  const text = readFileSync(join(__dirname, "../../examples/sample-pipeline.csv"), "utf8");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  return parsed.data.map((row, i) => row.map((v) => (i > 0 && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
}

/** `count` data rows cycled from the sample, with unique ids, for size tests. */
export function pipelineOfSize(count: number): (string | number)[][] {
  const [header, ...rows] = samplePipelineRows();
  const out: (string | number)[][] = [header];
  for (let i = 0; i < count; i++) {
    const r = rows[i % rows.length].slice();
    r[0] = `D-${String(i + 1).padStart(5, "0")}`;
    out.push(r);
  }
  return out;
}
