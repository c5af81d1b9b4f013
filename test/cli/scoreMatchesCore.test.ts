import { createReadStream, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import * as readline from "readline";
import Papa from "papaparse";
import { PIPELINE_HEADER, pipelineRow } from "../../bench/distinctPipeline";
import { requireHeader } from "../../core/intake/scoreTable";
import { createRowReader } from "../../core/intake/readDealRow";
import { withIntakeDrivers } from "../../core/intake/withIntakeDrivers";
import { provisionalDecision } from "../../core/intake/provisionalDecision";
import type { ScoredRow } from "../../core/model/types";
import { provenanceOf, provenanceSummary } from "../../core/result/provenance";
import { toJsonResult, type JsonResult } from "../../core/result/toJsonResult";
import { assessDeal } from "../../core/scoring/assessDeal";
import { createContext } from "../../core/scoring/createContext";
import { csvLine } from "../../cli/output/csvLine";
import { csvColumns, csvValues } from "../../cli/formatResults";
import { runCli } from "../support/runCli";

jest.setTimeout(300_000);

const AS_AT = "2026-11-30";

/**
 * A pipeline that takes the command line's deal memo through every state: 3,000 rows repeating
 * 300 combinations (the memo is used), then 3,000 all different (it is left alone), then rows the
 * intake rejects or reads the fail-safe way.
 */
function pipeline(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 3000; i++) rows.push(pipelineRow(i % 300));
  for (let i = 0; i < 3000; i++) rows.push(pipelineRow(10_000 + i * 7));
  const odd = (i: number, col: string, value: string) => {
    const r = pipelineRow(i);
    r[PIPELINE_HEADER.indexOf(col)] = value;
    return r;
  };
  rows.push(odd(1, "Destination country", "Atlantis"));
  rows.push(odd(2, "Red flags", "Prior misuse; payment through a third country"));
  rows.push(odd(3, "Contract clauses", "Audit rights; a firm handshake"));
  rows.push(odd(4, "Product category", ""));
  rows.push(odd(5, "Deal value", "lots"));
  return rows;
}

/** Each row's result straight from core: intake, then assessDeal (no memo, no command line). */
function expectedResults(rows: (string | number)[][]): JsonResult[] {
  const ctx = createContext({ asAt: AS_AT });
  const mapping = requireHeader([PIPELINE_HEADER]);
  const reader = createRowReader(mapping, ctx);
  const data = provenanceSummary(provenanceOf(ctx));
  const methodology = `${ctx.profile.id}@${ctx.profile.version}`;
  return rows.map((cells, i) => {
    const rowNumber = i + 2;
    const text = cells.map(String);
    const r = reader.read(text, rowNumber);
    let scored: ScoredRow;
    if (r.ok)
      scored = {
        row: rowNumber,
        id: r.deal.id,
        status: "ok",
        deal: r.deal,
        assessment: withIntakeDrivers(assessDeal(r.deal, ctx), r.notes),
      };
    else
      scored = {
        row: rowNumber,
        id: r.deal.id ?? "",
        status: "error",
        errors: r.errors,
        deal: r.deal,
        provisional: provisionalDecision(r.deal, ctx),
      };
    if (r.warnings) scored.warnings = r.warnings;
    return toJsonResult(scored, methodology, data);
  });
}

async function lines(file: string): Promise<string[]> {
  const out: string[] = [];
  const rl = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) out.push(line);
  return out;
}

let dir: string;
let input: string;
let expected: JsonResult[];
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "export-risk-agree-"));
  input = path.join(dir, "pipeline.csv");
  const rows = pipeline();
  await fs.writeFile(input, Papa.unparse([PIPELINE_HEADER, ...rows], { newline: "\n" }) + "\n");
  expected = expectedResults(rows);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function score(format: string): string {
  const out = path.join(dir, `out.${format}`);
  const r = runCli(["score", input, "--format", format, "--as-at", AS_AT, "--out", out]);
  // Exit 1: some rows have input errors (the fixture has them on purpose).
  expect(r.status).toBe(1);
  return out;
}

describe("score gives every row the result core's assessDeal gives it, in every format", () => {
  test("the fixture has scored rows, rows in error and rows read with warnings", () => {
    expect(expected.filter((r) => r.status === "error").length).toBeGreaterThan(0);
    expect(expected.filter((r) => r.status === "ok" && r.warnings.length).length).toBeGreaterThan(0);
    expect(new Set(expected.map((r) => r.decision)).size).toBeGreaterThan(3);
  });

  test("JSON: the array equals the results from core, row for row", async () => {
    const parsed = JSON.parse(await fs.readFile(score("json"), "utf8")) as unknown[];
    expect(parsed).toHaveLength(expected.length);
    parsed.forEach((row, i) => expect(row).toEqual(JSON.parse(JSON.stringify(expected[i]))));
  });

  test("NDJSON: each line is the JSON text of core's result, byte for byte", async () => {
    const got = await lines(score("ndjson"));
    expect(got).toHaveLength(expected.length);
    got.forEach((line, i) => {
      const { data, ...rest } = expected[i];
      expect(line).toBe(JSON.stringify({ ...rest, data }));
    });
  });

  test("CSV: the file is the header and core's results written as CSV records, byte for byte", async () => {
    const text = await fs.readFile(score("csv"), "utf8");
    const want = [csvLine(csvColumns), ...expected.map((r) => csvLine(csvValues(r)))];
    const got = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: true }).data;
    expect(got).toHaveLength(want.length);
    got.forEach((rec, i) => expect(rec).toEqual(Papa.parse<string[]>(want[i], { delimiter: "," }).data[0]));
    expect(text).toBe(want.join(""));
  });
});
