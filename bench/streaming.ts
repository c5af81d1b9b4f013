/**
 * The command line at scale (issue 13): score, register, review, data impact, map and screen on
 * generated pipelines whose combinations are all distinct, each run as a separate process measured
 * whole by /usr/bin/time (wall time, CPU time, peak RSS). The floor is the same CSV read and
 * written back by the CLI's own reader and writer with no scoring, measured in the same run; a
 * second floor is the disk's share, writing as many bytes as the run's output. Prints figures;
 * asserts nothing.
 * Sizes: BENCH_ROWS=100000,1000000 (default). `npm run bench -- streaming`
 * The score runs and their floors are each run BENCH_REPEAT times (default 3) and the fastest is
 * shown with every run's wall time: on this machine one run's time swings by a third from one
 * minute to the next, mostly the disk's.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { measureProcess, type Measure } from "./measureProcess";
import { writePipelineCsv, writePipelineXlsx } from "./distinctPipeline";

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "bin", "export-risk.js");
const lists = path.resolve(root, "..", "shared", "data", "sanctions");

/**
 * Each run starts with the page cache written back (`sync`): the runs write gigabytes, and a run
 * that found the previous run's output still being flushed would be slowed by it.
 */
const measure = (args: string[]): Measure => {
  execFileSync("sync");
  return measureProcess(args);
};

const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));

type Measured = Measure & { walls?: number[] };

/**
 * A run repeated `REPEAT` times, its output removed before each (replacing a file of gigabytes
 * costs the run its deletion): the fastest run, with the highest peak RSS of them all.
 */
async function measureBest(args: string[], out?: string): Promise<Measured> {
  const runs: Measure[] = [];
  for (let i = 0; i < REPEAT; i++) {
    if (out) await fs.rm(out, { force: true });
    runs.push(measure(args));
  }
  const best = runs.reduce((a, b) => (b.wallS < a.wallS ? b : a));
  return { ...best, rssMb: Math.max(...runs.map((r) => r.rssMb)), walls: runs.map((r) => r.wallS) };
}

const n = (x: number) => x.toLocaleString("en-GB");

function line(label: string, rows: number, m: Measured, target: string, floor?: Measure): void {
  const ratio = floor ? `, ${(m.wallS / floor.wallS).toFixed(1)}x floor wall / ${(m.cpuS / floor.cpuS).toFixed(1)}x floor CPU` : "";
  const best = m.walls && m.walls.length > 1 ? `, best of ${m.walls.length} (${m.walls.map((w) => w.toFixed(1)).join(", ")} s)` : "";
  console.log(
    `${label.padEnd(34)} ${n(rows).padStart(9)} rows: ${m.wallS.toFixed(1)} s wall, ${m.cpuS.toFixed(1)} s CPU, ` +
      `${n(Math.round(rows / m.wallS))} rows/s, peak RSS ${m.rssMb.toFixed(0)} MB, exit ${m.status}${ratio}${best}  [target ${target}]`,
  );
}

/**
 * The disk's share: a process that only writes as many bytes as a run wrote (zeros, 1 MB at a time).
 * No formatting of the run can take less than this.
 */
async function writeFloor(label: string, rows: number, produced: string, target: string): Promise<void> {
  const bytes = (await fs.stat(produced)).size;
  const script =
    "const fs=require('fs');const [out,n]=process.argv.slice(1);const b=Buffer.alloc(1<<20);const fd=fs.openSync(out,'w');" +
    "for(let left=+n;left>0;left-=b.length)fs.writeSync(fd,b,0,Math.min(b.length,left));fs.closeSync(fd);fs.rmSync(out)";
  const m = await measureBest(["-e", script, produced + ".floor", String(bytes)]);
  line(`${label} (${(bytes / 1e9).toFixed(2)} GB)`, rows, m, target);
}

/** One name per row, all different: partner-like names built from the row number. */
async function writeNames(file: string, count: number): Promise<void> {
  const words = ["Global", "Trading", "Systems", "Secure", "Networks", "Holdings", "Digital", "Logistics", "Vector", "Northern"];
  const forms = ["Ltd", "LLC", "GmbH", "SA", "FZE", "Pte Ltd", "JSC", "BV"];
  const out: string[] = ["Partner,Country"];
  for (let i = 0; i < count; i++) {
    out.push(`${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${i.toString(36).toUpperCase()} ${forms[i % forms.length]},Singapore`);
  }
  await fs.writeFile(file, out.join("\n") + "\n");
}

export async function main(): Promise<void> {
  const sizes = (process.env.BENCH_ROWS ?? "100000,1000000").split(",").map(Number);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "export-risk-bench-"));
  execFileSync(process.execPath, [path.join(root, "scripts", "build-cli.js")], { cwd: root });
  const floorJs = path.join(dir, "floorCopy.js");
  execFileSync(
    process.execPath,
    [
      "-e",
      `require("esbuild").buildSync({entryPoints:[${JSON.stringify(path.join(__dirname, "floorCopy.ts"))}],outfile:${JSON.stringify(floorJs)},bundle:true,platform:"node",target:"node20",format:"cjs",packages:"external",logLevel:"error"})`,
    ],
    { cwd: root, env: { ...process.env, NODE_PATH: path.join(root, "node_modules") } },
  );
  const env = { NODE_PATH: path.join(root, "node_modules") };
  process.env.NODE_PATH = env.NODE_PATH;
  // The proposed data for `data impact`: the shipped restrictions without Iran's rows (Iran's deals change decision).
  const proposed = path.join(dir, "proposed-restrictions.json");
  const shipped = JSON.parse(await fs.readFile(path.join(root, "core", "reference", "restrictions.json"), "utf8"));
  await fs.writeFile(proposed, JSON.stringify({ ...shipped, rows: shipped.rows.filter((r: { country: string }) => r.country !== "IR") }));
  console.log("## Streaming command line (each run a separate process; /usr/bin/time: wall, CPU, peak RSS)");
  try {
    for (const rows of sizes) {
      const csv = path.join(dir, `deals-${rows}.csv`);
      await writePipelineCsv(csv, rows);
      const out = (ext: string) => path.join(dir, `out-${rows}.${ext}`);
      const floor = await measureBest([floorJs, csv, out("floor.csv")], out("floor.csv"));
      line("floor: read + write CSV, no scoring", rows, floor, "-");
      line(
        "score CSV -> CSV",
        rows,
        await measureBest([cli, "score", csv, "--format", "csv", "--out", out("csv")], out("csv")),
        "1M < 5 s, < 300 MB",
        floor,
      );
      await writeFloor("floor: write the CSV's bytes only", rows, out("csv"), "-");
      line(
        "score CSV -> JSON",
        rows,
        await measureBest([cli, "score", csv, "--format", "json", "--out", out("json")], out("json")),
        "1M < 7 s, < 300 MB",
        floor,
      );
      await writeFloor("floor: write the JSON's bytes only", rows, out("json"), "-");
      line(
        "score CSV -> NDJSON",
        rows,
        await measureBest([cli, "score", csv, "--format", "ndjson", "--out", out("ndjson")], out("ndjson")),
        "1M < 7 s, < 300 MB",
        floor,
      );
      await fs.rm(out("json"), { force: true });
      await fs.rm(out("ndjson"), { force: true });
      const xlsx = path.join(dir, `deals-${rows}.xlsx`);
      await writePipelineXlsx(xlsx, rows);
      line(
        "score xlsx -> CSV",
        rows,
        measure([cli, "score", xlsx, "--format", "csv", "--out", out("x.csv")]),
        "1M completes, < 500 MB",
        floor,
      );
      await fs.rm(xlsx, { force: true });
      line(
        "register",
        rows,
        measure([cli, "register", csv, "-o", out("xlsx"), "--as-of", "2026-11-30"]),
        "100k < 8 s, < 400 MB; 1M < 800 MB",
        floor,
      );
      // The commands that read a pipeline for one answer: each streams it, so memory stays flat too.
      line(
        "review (a deal on no row: exit 2)",
        rows,
        measure([
          cli,
          "review",
          csv,
          "--reviews",
          out("reviews.json"),
          "--deal",
          "NOT-IN-THE-TABLE",
          "--decision",
          "escalate",
          "--reviewer",
          "Bench",
        ]),
        "- (every row scored, none held)",
        floor,
      );
      line(
        "data impact --restrictions",
        rows,
        measure([cli, "data", "impact", csv, "--restrictions", proposed, "--format", "json"]),
        "- (two scorings, only changes held)",
        floor,
      );
      line("map", rows, measure([cli, "map", csv, "-o", out("mapping.csv")]), "- (distinct values held)", floor);
      const names = path.join(dir, `names-${rows}.csv`);
      await writeNames(names, rows);
      const listArgs = [
        "--list",
        path.join(lists, "ofac-sdn-2024-05-03.csv"),
        "--list",
        path.join(lists, "ofac-2021", "sdn.csv"),
        "--list",
        path.join(lists, "ofac-2021", "alt.csv"),
        "--list",
        path.join(lists, "ofac-2021", "add.csv"),
        "--list",
        path.join(lists, "us-csl-sample.csv"),
        "--list",
        path.join(lists, "un-consolidated-2026-02-27.xml"),
        "--as-of",
        "2024-05-03",
      ];
      line(
        "screen names, every shipped list",
        rows,
        measure([cli, "screen", names, ...listArgs, "--format", "csv", "--out", out("screen.csv")]),
        "1M < 60 s, < 600 MB",
      );
      for (const f of await fs.readdir(dir))
        if (f.startsWith(`out-${rows}`) || f.startsWith(`deals-${rows}`) || f.startsWith(`names-${rows}`))
          await fs.rm(path.join(dir, f), { force: true });
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
