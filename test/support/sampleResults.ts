import { promises as fs } from "fs";
import * as path from "path";
import Papa from "papaparse";
import { createContext, createDealScorer, provenanceOf, provenanceSummary, requireHeader, toJsonResult, type JsonResult } from "../../core";

/** The sample pipeline's results as the command line builds them (scored rows, rows in error, warnings), as at 2026-12-01. */
export async function sampleResults(): Promise<JsonResult[]> {
  const text = await fs.readFile(path.join(__dirname, "..", "..", "examples", "sample-pipeline.csv"), "utf8");
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const ctx = createContext({ asAt: "2026-12-01" });
  const mapping = requireHeader(rows);
  const scorer = createDealScorer(mapping, ctx);
  const data = provenanceSummary(provenanceOf(ctx));
  const out: JsonResult[] = [];
  rows.slice(mapping.headerRow + 1).forEach((cells, i) => {
    const s = scorer.score(cells, mapping.headerRow + i + 2);
    if (s) out.push(toJsonResult(s, "techUK-2014@2", data));
  });
  return out;
}
