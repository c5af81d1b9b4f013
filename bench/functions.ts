/**
 * Custom functions (issue: SCORETABLE on a 10,000-row table < 50 ms; its result payload far below
 * Excel's 5 MB per formula; the functions bundle < 300 KB minified, exceljs never in it).
 * Prints figures; asserts nothing. Run alone with `npx tsx bench/functions.ts`.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { scoretable } from "../functions/functions";
import { makeRows } from "./scoring";

function installStandIn(): void {
  // Excel's CustomFunctions global; the functions only construct errors with it.
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  g.CustomFunctions ??= {
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall time, and CPU time (which a busy shared machine inflates less than the wall clock). */
function timeRuns(rows: unknown[][], outputs: unknown[][] | undefined, runs: number): { ms: number; cpuMs: number; result: unknown } {
  const times: number[] = [];
  const cpu: number[] = [];
  let result: unknown;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    result = scoretable(rows, outputs);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), result };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

export function main(): void {
  installStandIn();
  console.log("## EXPORTRISK.SCORETABLE (one formula over the whole table)");
  // Warm up the JIT, as the add-in's long-lived shared runtime would be after the first recalculation.
  scoretable(makeRows(20_000));
  const rows = makeRows(10_000);
  const all = [["deal id, inherent score, inherent band, score, band, decision, top driver, hard stops, flags, drivers"]];
  for (const [label, outputs] of [
    ["default outputs (score, band, decision, top driver)", undefined],
    ["all outputs except drivers", [["deal id, inherent score, inherent band, score, band, decision, top driver, hard stops, flags"]]],
    ["all outputs", all],
  ] as const) {
    const { ms, cpuMs, result } = timeRuns(rows, outputs as unknown[][] | undefined, 15);
    const payload = Array.isArray(result) ? Buffer.byteLength(JSON.stringify(result)) : 0;
    const shown = Array.isArray(result)
      ? `payload ${mb(payload)} JSON (${(payload / 10_000).toFixed(0)} bytes/row)`
      : `refused: ${(result as { message?: string }).message}`;
    console.log(`10,000 rows, ${label}: median ${ms.toFixed(1)} ms (CPU ${cpuMs.toFixed(1)} ms); ${shown}`);
  }
  const first = timeRuns(makeRows(1_000), undefined, 15);
  console.log(`1,000 rows, default outputs: median ${first.ms.toFixed(1)} ms (CPU ${first.cpuMs.toFixed(1)} ms)`);

  console.log("\n## Functions bundle (dist/addin, production build)");
  const dir = path.join(__dirname, "..", "dist", "addin");
  const bundle = path.join(dir, "functions.js");
  if (!fs.existsSync(bundle)) {
    console.log("dist/addin/functions.js not found - run `npm run build` first");
    return;
  }
  const code = fs.readFileSync(bundle);
  const text = code.toString("utf8");
  console.log(`functions.js ${kb(code.length)} minified, ${kb(zlib.gzipSync(code).length)} gzip (budget 300 KB minified)`);
  console.log(`functions.json ${kb(fs.statSync(path.join(dir, "functions.json")).size)}`);
  console.log(`exceljs in functions.js: ${/WorkbookWriter|exceljs/.test(text) ? "YES - it must not be" : "no"}`);
}

if (require.main === module) main();
