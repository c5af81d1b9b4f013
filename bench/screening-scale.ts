/**
 * `export-risk screen` at scale (issue 13): N partner names, all different, against every shipped list
 * (OFAC SDN 2024, OFAC SDN 2021 with alt and add, US CSL, UN), each run a separate process measured whole
 * by /usr/bin/time (wall, user+system CPU, peak RSS). Also the fixed cost (reading the lists and building
 * the index, one name) and the labelled sets' real and altered names (bench/screening-labelled-set.ts,
 * bench/screening-variants-ii.ts), whose names reach the fuzzy scorer far more often than generated ones.
 * Prints figures; asserts nothing. Sizes: SCALE_NAMES=100000,1000000 (default). `npm run bench -- screening-scale`
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { measureProcess, type Measure } from "./measureProcess";
import { buildLabelledSet, EVALUATION_LISTS, loadRealLists, NEGATIVE_NAMES } from "./screening-labelled-set";
import { buildVariantSetII } from "./screening-variants-ii";

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "bin", "export-risk.js");
const sanctions = path.resolve(root, "..", "shared", "data", "sanctions");
const LISTS = [
  "ofac-sdn-2024-05-03.csv",
  "ofac-2021/sdn.csv",
  "ofac-2021/alt.csv",
  "ofac-2021/add.csv",
  "us-csl-sample.csv",
  "un-consolidated-2026-02-27.xml",
];

/** The whole `export-risk` process for these arguments. */
const measure = (args: string[]): Measure => measureProcess([cli, ...args]);

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Partner-like names, all different: two common words, the row number in base 36, a legal form (as bench/streaming.ts). */
async function writeGeneratedNames(file: string, count: number): Promise<void> {
  const words = ["Global", "Trading", "Systems", "Secure", "Networks", "Holdings", "Digital", "Logistics", "Vector", "Northern"];
  const forms = ["Ltd", "LLC", "GmbH", "SA", "FZE", "Pte Ltd", "JSC", "BV"];
  const handle = await fs.open(file, "w");
  let chunk = "Partner,Country\n";
  for (let i = 0; i < count; i++) {
    chunk += `${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${i.toString(36).toUpperCase()} ${forms[i % forms.length]},Singapore\n`;
    if (chunk.length > 1 << 20) {
      await handle.write(chunk);
      chunk = "";
    }
  }
  await handle.write(chunk);
  await handle.close();
}

export async function writeLabelledNames(file: string): Promise<number> {
  const { lists } = loadRealLists(EVALUATION_LISTS);
  const names = [...buildLabelledSet(lists).map((x) => x.query), ...buildVariantSetII(lists).map((x) => x.query), ...NEGATIVE_NAMES];
  await fs.writeFile(file, "Partner,Country\n" + names.map((n) => `${csvCell(n)},Iran`).join("\n") + "\n");
  return names.length;
}

function report(label: string, names: number, m: Measure, fixed?: Measure): void {
  const perName = fixed && names > 1 ? `, ${(((m.cpuS - fixed.cpuS) * 1e6) / names).toFixed(0)} us CPU per name after the fixed cost` : "";
  console.log(
    `${label.padEnd(40)} ${names.toLocaleString("en-GB").padStart(9)} names: ${m.wallS.toFixed(1)} s wall, ${m.cpuS.toFixed(1)} s CPU, ` +
      `peak RSS ${m.rssMb.toFixed(0)} MB, exit ${m.status}${perName}`,
  );
}

export async function main(): Promise<void> {
  const sizes = (process.env.SCALE_NAMES ?? "100000,1000000").split(",").map(Number);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "export-risk-screen-"));
  execFileSync(process.execPath, [path.join(root, "scripts", "build-cli.js")], { cwd: root });
  const listArgs = [...LISTS.flatMap((f) => ["--list", path.join(sanctions, f)]), "--as-of", "2024-05-03"];
  const run = (file: string, format = "csv") =>
    measure(["screen", file, ...listArgs, "--format", format, "--out", path.join(dir, `out.${format}`)]);
  console.log(
    `## screen against every shipped list (${LISTS.join(", ")}); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
  );
  try {
    const one = path.join(dir, "one.csv");
    await fs.writeFile(one, "Partner\nAcme Holdings\n");
    const fixed = run(one);
    report("fixed cost: read lists, build index", 1, fixed);
    const labelled = path.join(dir, "labelled.csv");
    const count = await writeLabelledNames(labelled);
    report("labelled sets (real and altered names)", count, run(labelled, "ndjson"), fixed);
    for (const n of sizes) {
      const file = path.join(dir, `names-${n}.csv`);
      await writeGeneratedNames(file, n);
      report("generated partner names, CSV out", n, run(file), fixed);
      await fs.rm(file, { force: true });
    }
    console.log("target (issue 13): 1,000,000 names < 60 s wall, peak RSS < 600 MB");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
