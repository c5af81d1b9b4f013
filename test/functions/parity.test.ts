import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { registerLabels } from "../../core/register/registerLabels";
import type { JsonResult } from "../../core/result/toJsonResult";
import { scoretable } from "../../functions/functions";
import { runCli } from "../register/cliBuild";
import { installCustomFunctionsStandIn } from "./customFunctionsStandIn";

const root = path.join(__dirname, "..", "..");
const sample = path.join(root, "examples", "sample-pipeline.csv");

/** The command line's own JSON for the sample pipeline, bundled from the current sources (never a stale dist/). */
function cliJson(): JsonResult[] {
  const run = runCli(["score", sample, "--format", "json"]);
  // Exit 1 means "some rows have input errors": the sample has four on purpose.
  if (run.code !== 0 && run.code !== 1) throw new Error(`export-risk score failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as JsonResult[];
}

/** The sheet as Excel hands it to a custom function: numbers as numbers, text as text, blanks as "". */
function sheetCells(): unknown[][] {
  const parsed = Papa.parse<unknown[]>(fs.readFileSync(sample, "utf8"), { dynamicTyping: true, skipEmptyLines: true });
  return parsed.data.map((row) => row.map((v) => (v === null ? "" : v)));
}

beforeAll(installCustomFunctionsStandIn);

test("SCORETABLE over the sample pipeline gives the scores, bands, decisions and drivers of export-risk score --format json", () => {
  const expected = cliJson();
  const cells = sheetCells();
  const spill = scoretable(cells, [["deal id, inherent score, inherent band, score, band, decision, top driver"]]) as unknown[][];
  const labels = registerLabels(defaultProfile());

  expect(expected.length).toBe(68);
  expect(spill).toHaveLength(cells.length - 1);
  let ok = 0;
  for (const r of expected) {
    // The JSON's row is the row in the file (header = 1); the spill starts at the second row.
    const line = spill[r.row - 2];
    if (r.status === "ok") {
      ok++;
      expect(line).toEqual([
        r.id,
        r.inherent!.score,
        labels.band(r.inherent!.band),
        r.residual!.score,
        labels.band(r.residual!.band),
        labels.decision(r.decision!),
        r.drivers[0],
      ]);
    } else {
      for (const e of r.errors) expect(line[0]).toContain(e.message);
      const provisional = labels.decision(r.provisional!.decision);
      expect(line[0]).toMatch(new RegExp(`^Not assessed \\(provisional ${provisional.toLowerCase()}\\)`));
      // The decision column says "Provisional: ...", never blank; the scores stay empty.
      expect(line[5]).toBe(`Provisional: ${provisional}`);
      expect(line.filter((_, i) => i !== 0 && i !== 5).every((v) => v === "")).toBe(true);
    }
  }
  expect(ok).toBe(64);
});
