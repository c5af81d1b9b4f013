import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { ROOT, SANCTIONS } from "./realLists";

const SDN = path.join(SANCTIONS, "ofac-sdn-2024-05-03.csv");
const UN = path.join(SANCTIONS, "un-consolidated-2026-02-27.xml");
let cli: string | undefined;

/**
 * Bundles the current cli/ sources into a temporary file (never the shared dist/), inside node_modules/.cache
 * so that the bundle's dynamic import of exceljs resolves as it does from dist/.
 */
function cliPath(): string {
  if (cli) return cli;
  mkdirSync(path.join(ROOT, "node_modules", ".cache"), { recursive: true });
  const out = path.join(ROOT, "node_modules", ".cache", `export-risk-screen-test-${process.pid}.js`);
  execFileSync(
    process.execPath,
    [
      "-e",
      `require("esbuild").buildSync({entryPoints:[${JSON.stringify(path.join(ROOT, "cli", "main.ts"))}],outfile:${JSON.stringify(out)},bundle:true,platform:"node",target:"node20",format:"cjs",packages:"external",logLevel:"error"})`,
    ],
    { cwd: ROOT },
  );
  return (cli = out);
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cliPath(), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => {
  if (cli) rmSync(cli, { force: true });
});

const dir = mkdtempSync(path.join(os.tmpdir(), "screen-cli-"));
const partners = path.join(dir, "partners.csv");
writeFileSync(partners, "Reseller,Country\nIntellexa S.A.,Greece\nMicrosoft Corporation,US\n\n,FR\n");

describe("export-risk screen", () => {
  it("prints one JSON object per non-blank row and exits 1 when a name matches", () => {
    const r = run(["screen", partners, "--list", SDN, "--list", UN, "--format", "json"]);
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { row: number; status: string }) => [x.row, x.status])).toEqual([
      [2, "match"],
      [3, "clear"],
      [5, "error"],
    ]);
    expect(rows[0].hits[0]).toEqual({
      source: "OFAC SDN",
      entryId: expect.any(String),
      listName: expect.stringMatching(/^INTELLEXA/),
      matchedName: expect.any(String),
      aliasQuality: "primary",
      programme: "CYBER2",
      score: 1,
      explanation: expect.objectContaining({ tokens: [expect.objectContaining({ query: "intellexa", listed: "intellexa", how: "exact" })] }),
    });
    expect(rows[2].error).toBe("the Reseller cell is empty");
  });

  it("exits 0 when every name is clear, and reads .xlsx", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Partners");
    ws.addRows([
      ["Partner name", "Country"],
      ["Siemens AG", "DE"],
      ["Deloitte LLP", "GB"],
    ]);
    const xlsx = path.join(dir, "partners.xlsx");
    await wb.xlsx.writeFile(xlsx);
    const r = run(["screen", xlsx, "--list", SDN, "--format", "csv"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(
      "row,name,status,source,entry_id,list_name,matched_name,alias_quality,programme,score,decision,decided_by,decided_at,decision_reason,error,kind,explanation",
    );
    expect(r.stdout).toContain("2,Siemens AG,clear");
  });

  it("records a decision with `decide`, after which the cleared hit no longer fails the run", () => {
    const one = path.join(dir, "one.csv");
    writeFileSync(one, "Name\nCytrox AD\n");
    const decisions = path.join(dir, "decisions.json");
    expect(run(["screen", one, "--list", SDN]).code).toBe(1);
    const d = run([
      "decide",
      "--decisions",
      decisions,
      "--list",
      SDN,
      "--name",
      "Cytrox AD",
      "--entry",
      "48067",
      "--status",
      "cleared",
      "--by",
      "A. Reviewer",
      "--reason",
      "Test of the workflow",
      "--date",
      "2026-03-01",
    ]);
    expect(d.code).toBe(0);
    expect(JSON.parse(readFileSync(decisions, "utf8")).decisions[0]).toMatchObject({
      source: "OFAC SDN",
      entryId: "48067",
      inputKey: "cytrox",
      status: "cleared",
    });
    // At the default threshold the related holding company (48069) alerts too; the reviewer clears it as well.
    expect(run(["screen", one, "--list", SDN, "--decisions", decisions]).code).toBe(1);
    const d2 = run([
      "decide",
      "--decisions",
      decisions,
      "--list",
      SDN,
      "--name",
      "Cytrox AD",
      "--entry",
      "48069",
      "--status",
      "cleared",
      "--by",
      "A. Reviewer",
      "--reason",
      "Test of the workflow",
      "--date",
      "2026-03-01",
    ]);
    expect(d2.code).toBe(0);
    const after = run(["screen", one, "--list", SDN, "--decisions", decisions, "--format", "json"]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)[0].hits[0].decision).toEqual({
      status: "cleared",
      by: "A. Reviewer",
      at: "2026-03-01",
      reason: "Test of the workflow",
    });
  });

  it("exits 2 naming the file and line of a malformed list", () => {
    const bad = path.join(dir, "sdn.csv");
    writeFileSync(
      bad,
      '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n173,"ANGLO-CARIBBEAN CO., LTD.",-0- \r\n',
    );
    const r = run(["screen", partners, "--list", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}, line 2: expected the 12 columns of OFAC sdn.csv, found 3`);
  });

  it("exits 2 for a usage error", () => {
    expect(run(["screen", partners]).code).toBe(2);
    expect(run(["screen", partners, "--list", SDN, "--threshold", "7"]).code).toBe(2);
  });
});
