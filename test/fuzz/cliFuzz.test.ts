import fc from "fast-check";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runInProcess, type CliOutcome } from "./inProcessCli";

/**
 * Hostile-input fuzzing of the command line, in process: random bytes, random CSV and random workbooks as
 * deal tables, partner tables, list files, profiles and decisions. Whatever comes in, the run ends with
 * exit 0, 1 or 2, a one-line message and no stack trace or internal fault, and nothing under the output
 * name unless it succeeded. Two oracles catch silent wrong results: a listed name in any name column is
 * never "clear", and a North Korea deal is never anything but "stop" (or an input error).
 * FUZZ_REPORT=1 prints the tally by category.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const dir = mkdtempSync(path.join(os.tmpdir(), "cli-fuzz-"));
afterAll(() => {
  if (process.env.FUZZ_REPORT === "1") console.log(JSON.stringify(tally, null, 1));
  rmSync(dir, { recursive: true, force: true });
});

const LISTED = "Quillon Fuzzwright Holdings";
const watch = path.join(dir, "watch.csv");
writeFileSync(watch, `Name,Aliases\n${LISTED},\nOther Listed Party,\n`);
const names = path.join(dir, "names.csv");
writeFileSync(names, "Name\nAcme Widgets\n");

const tally: Record<string, { runs: number; exit0: number; exit1: number; clearErrors: number; crashes: number; silentWrong: number }> = {};
function count(category: string, r: CliOutcome | "crash" | "silent") {
  const t = (tally[category] ??= { runs: 0, exit0: 0, exit1: 0, clearErrors: 0, crashes: 0, silentWrong: 0 });
  t.runs++;
  if (r === "crash") t.crashes++;
  else if (r === "silent") t.silentWrong++;
  else if (r.code === 0) t.exit0++;
  else if (r.code === 1) t.exit1++;
  else t.clearErrors++;
}

let n = 0;
const fresh = (ext: string) => path.join(dir, `in-${++n}${ext}`);

/** Exit 2 ends with exactly one line "export-risk: ..." (a parser's quote of the input must not break it). */
function oneLineFailure(stderr: string): boolean {
  const at = stderr.lastIndexOf("export-risk: ");
  return at >= 0 && (at === 0 || stderr[at - 1] === "\n") && !stderr.slice(at).trimEnd().includes("\n");
}

/** The outcome rules every run must keep, whatever the input. */
async function run(category: string, args: string[], out: string): Promise<CliOutcome> {
  rmSync(out, { force: true });
  let r: CliOutcome;
  try {
    r = await runInProcess([...args, "--out", out]);
  } catch (e) {
    count(category, "crash");
    throw e;
  }
  const crashed =
    ![0, 1, 2].includes(r.code) ||
    /unexpected error|internal fault|\n\s+at |\[object Object\]/.test(r.stderr) ||
    (r.code === 2 && !oneLineFailure(r.stderr));
  if (crashed) {
    count(category, "crash");
    if (process.env.FUZZ_DEBUG) console.log(JSON.stringify(r));
  }
  expect(r.stderr).not.toMatch(/unexpected error|internal fault|\n\s+at /);
  expect([0, 1, 2]).toContain(r.code);
  if (r.code === 2) expect(oneLineFailure(r.stderr)).toBe(true);
  if (r.code === 2) expect(existsSync(out)).toBe(false);
  else expect(existsSync(out)).toBe(true);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock"))).toEqual([]);
  if (!crashed) count(category, r);
  return r;
}

const anyText = fc.oneof(
  fc.string({ unit: "grapheme-ascii", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.constantFrom("", "Distributor", "North Korea", "Name", "Country", "=1+1", "@SUM(A1)", '"', "\r\n", "\u001b[31m", "\ufeff", "0", "-0-"),
);
const csvOf = (rows: string[][], sep: string) =>
  rows.map((r) => r.map((c) => (/[",\r\n;\t|]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join("\n");

/** fast-check records have no prototype; exceljs calls hasOwnProperty on cell values. */
const plain = <T>(arb: fc.Arbitrary<T>) => arb.map((o) => JSON.parse(JSON.stringify(o)) as T);

const cellValue = fc.oneof(
  anyText,
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date(-1e13), max: new Date(1e13), noInvalidDate: true }),
  fc.constant(null),
  plain(fc.record({ formula: fc.constantFrom("1+1", "A1", "NOW()"), result: fc.oneof(anyText, fc.integer(), fc.constant(undefined)) })),
  plain(fc.record({ error: fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!") })),
  plain(fc.record({ richText: fc.array(fc.record({ text: anyText }), { maxLength: 3 }) })),
  plain(fc.record({ text: anyText, hyperlink: fc.constantFrom("https://example.com", "mailto:a@b.c") })),
);

async function xlsxOf(sheets: Array<{ name: string; cells: Array<[number, number, unknown]> }>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(`${s.name.replace(/[\\/?*[\]:']/g, "").slice(0, 25) || "S"}${i}`);
    for (const [r, c, v] of s.cells) ws.getCell(r, c).value = v as ExcelJS.CellValue;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("fuzz: the CLI under hostile input ends in exit 0, 1 or 2 with a clear message", () => {
  test("random bytes as a deal or partner table (.csv, .tsv, .txt, .xlsx)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(".csv", ".tsv", ".txt", ".xlsx"), async (bytes, ext) => {
        const f = fresh(ext);
        writeFileSync(f, bytes);
        await run("random bytes: deal table", ["score", f, "--format", "json"], path.join(dir, "score.json"));
        await run(
          "random bytes: partner table",
          ["screen", f, "--list", watch, "--as-of", "2026-01-01", "--format", "csv"],
          path.join(dir, "screen.csv"),
        );
      }),
      { numRuns: RUNS },
    );
  });

  test("random bytes as a list file, a methodology profile, a restrictions table and a decisions file", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.json().map((j) => new TextEncoder().encode(j)),
        ),
        fc.constantFrom("list", "methodology", "restrictions", "decisions"),
        async (bytes, role) => {
          const f = fresh(role === "list" ? ".xml" : ".json");
          writeFileSync(f, bytes);
          const args =
            role === "list"
              ? ["screen", names, "--list", f, "--as-of", "2026-01-01"]
              : role === "decisions"
                ? ["screen", names, "--list", watch, "--as-of", "2026-01-01", "--decisions", f]
                : ["score", path.join(dir, "..", path.basename(dir), "names.csv"), `--${role}`, f];
          await run(`random bytes/JSON: ${role} file`, [...args, "--format", "json"], path.join(dir, `${role}.out.json`));
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("random CSV tables: any cells, quotes, separators, header words and control characters", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(anyText, { maxLength: 7 }), { maxLength: 12 }),
        fc.constantFrom(",", ";", "\t", "|"),
        async (rows, sep) => {
          const f = fresh(".csv");
          writeFileSync(f, csvOf(rows, sep));
          await run("random CSV: score", ["score", f, "--format", "csv"], path.join(dir, "score.csv"));
          await run(
            "random CSV: screen",
            ["screen", f, "--list", watch, "--as-of", "2026-01-01", "--format", "json"],
            path.join(dir, "screen.json"),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("random workbooks built with exceljs: sparse cells, formulas with and without results, error cells, rich text, dates", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc.string({ maxLength: 10 }),
            cells: fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 30 }), cellValue), { maxLength: 40 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        async (sheets) => {
          const f = fresh(".xlsx");
          writeFileSync(f, await xlsxOf(sheets));
          await run("random xlsx: score", ["score", f, "--format", "json"], path.join(dir, "score.json"));
          await run(
            "random xlsx: screen",
            ["screen", f, "--list", watch, "--as-of", "2026-01-01", "--format", "json"],
            path.join(dir, "screen.json"),
          );
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  test("random deals under a real header (valid and invalid values, formulas, controls) through score and register", async () => {
    const headers = fc.shuffledSubarray(
      [
        "Deal ID",
        "Customer",
        "End user",
        "End-user category",
        "Product",
        "Deployment scale",
        "Reseller",
        "Partner type",
        "Partner country",
        "Partner due diligence",
        "Red flags",
        "Contract clauses",
        "Deal value",
        "Currency",
        "Owner",
      ],
      { maxLength: 8 },
    );
    const value = fc.oneof(
      anyText,
      fc.constantFrom(
        "Norway",
        "North Korea",
        "Iran",
        "Police",
        "Military",
        "Spyware",
        "Antivirus",
        "Distributor",
        "Yes",
        "No",
        "mass",
        "=cmd|' /C calc'!A0",
        "+1",
        "-1",
        "1e308",
        "NaN",
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        headers,
        fc.array(
          fc
            .tuple(
              fc.oneof(
                { arbitrary: fc.constantFrom("Norway", "Germany", "North Korea", "Iran", "China", "Brazil"), weight: 4 },
                { arbitrary: value, weight: 1 },
              ),
              fc.oneof(
                { arbitrary: fc.constantFrom("Antivirus", "Firewall", "Spyware", "Intrusion software", "Training"), weight: 4 },
                { arbitrary: value, weight: 1 },
              ),
              fc.array(fc.oneof({ arbitrary: fc.constant(""), weight: 6 }, { arbitrary: value, weight: 1 }), {
                minLength: 8,
                maxLength: 8,
              }),
            )
            .map(([c, p, rest]) => [c, p, ...rest]),
          { minLength: 1, maxLength: 6 },
        ),
        async (extra, rows) => {
          const head = ["Country", "Capability", ...extra];
          const f = fresh(".csv");
          writeFileSync(f, csvOf([head, ...rows.map((r) => r.slice(0, head.length))], ","));
          await run(
            "random deals: score",
            ["score", f, "--format", "json", "--list", watch, "--list-as-of", "2026-01-01"],
            path.join(dir, "deals.json"),
          );
          const reg = await run("random deals: register", ["register", f, "--as-of", "2026-03-31"], path.join(dir, "register.xlsx"));
          if (process.env.FUZZ_DEBUG) console.log(reg.stderr);
        },
      ),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  test("oracle: a listed name in any party-name column of a noisy table is never reported clear", async () => {
    const header = fc.constantFrom("Name", "Partner", "Reseller", "Customer", "End user", "Company", "Distributor name", "Supplier");
    const noise = fc.array(
      fc.tuple(
        fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 8 }).map((s) => `x_${s}`),
        fc.constantFrom("Distributor", "Reseller", "Name", "", "Acme"),
      ),
      { maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(header, noise, fc.nat({ max: 5 }), fc.nat({ max: 4 }), async (nameHeader, extra, before, col) => {
        const headers = extra.map((e) => e[0]);
        const at = Math.min(col, headers.length);
        headers.splice(at, 0, nameHeader);
        const row = (name: string) => {
          const cells: string[] = extra.map((e) => e[1]);
          cells.splice(at, 0, name);
          return cells;
        };
        const rows = [headers, ...Array.from({ length: before }, (_, i) => row(`Harmless Trading ${i}`)), row(LISTED)];
        const f = fresh(".csv");
        writeFileSync(f, csvOf(rows, ","));
        const out = path.join(dir, "oracle-screen.json");
        const r = await run(
          "oracle: listed name in a noisy table",
          ["screen", f, "--list", watch, "--as-of", "2026-01-01", "--format", "json"],
          out,
        );
        if (r.code === 0) count("oracle: listed name in a noisy table", "silent");
        expect(r.code).not.toBe(0);
        if (r.code === 1) {
          const listed = JSON.parse(readFileSync(out, "utf8")).filter((x: { name: string }) => x.name === LISTED);
          expect(listed.length).toBeGreaterThan(0);
          expect(listed.every((x: { status: string }) => x.status === "match")).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("oracle: a North Korea deal among random deals is stop or an input error, never a lower decision", async () => {
    const capability = fc.constantFrom("Antivirus", "Firewall", "Intrusion software", "Communications interception", "Training");
    const country = fc.constantFrom("Norway", "North Korea", "Germany", "Iran", "Atlantis", "", "KP", "DPRK");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(country, capability), { maxLength: 6 }),
        capability,
        fc.nat({ max: 6 }),
        async (others, cap, at) => {
          const deals = others.map(([c, p], i) => [`D-${i}`, c, p]);
          deals.splice(Math.min(at, deals.length), 0, ["NK", "North Korea", cap]);
          const f = fresh(".csv");
          writeFileSync(f, csvOf([["Deal ID", "Country", "Capability"], ...deals], ","));
          const out = path.join(dir, "oracle-score.json");
          const r = await run("oracle: North Korea deal", ["score", f, "--format", "json"], out);
          expect(r.code).not.toBe(2);
          const nk = JSON.parse(readFileSync(out, "utf8")).find((x: { id: string }) => x.id === "NK");
          const ok = nk.status === "error" || nk.decision === "stop";
          if (!ok) count("oracle: North Korea deal", "silent");
          expect(ok).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
