import { promises as fs } from "fs";
import * as path from "path";
import Papa from "papaparse";
import { MAPPING_HEADER, mappingLineCells, proposeMapping } from "../../core";
import { createContext } from "../../core";
import { runCli } from "./cliBuild";
import { readWithOpenpyxl, ROOT, tempDir, type PyBook } from "./registerTestKit";

const CRM = path.join(ROOT, "examples", "crm-export.csv");
const REVIEWED = path.join(ROOT, "examples", "crm-export.mapping.csv");

const sheetRows = (book: PyBook, name: string): unknown[][] =>
  book.sheets.find((s) => s.name === name)!.rows.map((r) => r.map((c) => c[0]).filter((v) => v !== null && v !== ""));

describe("a register that cannot be misread (CRM export, read back with openpyxl)", () => {
  let dir: string;
  let raw: { code: number; stderr: string };
  let rawBook: PyBook;

  beforeAll(async () => {
    dir = await tempDir();
    const out = path.join(dir, "unmapped.xlsx");
    raw = runCli(["register", CRM, "-o", out, "--as-of", "2026-12-01"]);
    rawBook = readWithOpenpyxl(out);
  });

  test("register exits 1 when rows had input errors, and says every column it read and did not read", () => {
    expect(raw.code).toBe(1);
    expect(raw.stderr).toMatch(/Columns read: .*Ship-to Country \(I\) -> Country/);
    expect(raw.stderr).toMatch(/Columns not read: .*Billing Country \(S\): a CRM field the assessment does not use/);
  });

  test("the dashboard opens with a red banner counting the deals not assessed by provisional decision", () => {
    const dash = sheetRows(rawBook, "Dashboard");
    expect(dash[1][0]).toMatch(/^4 deals not assessed: provisional 2 stop, 2 escalate\./);
  });

  test("deals by decision has a Not assessed row, and the total is every input row", () => {
    const dash = sheetRows(rawBook, "Dashboard");
    const na = dash.find((r) => r.includes("Not assessed"))!;
    expect(na.slice(na.indexOf("Not assessed"), na.indexOf("Not assessed") + 2)).toEqual(["Not assessed", 4]);
    const totals = dash.filter((r) => r.includes("Total"));
    expect(totals.some((r) => r[r.length - 1] === 15)).toBe(true);
  });

  test("provisional stops are in the hard-stops list, and the top risks list the deals not assessed", () => {
    const dash = sheetRows(rawBook, "Dashboard");
    const stops = dash.filter((r) => String(r[r.length - 1]).startsWith("Provisional - deal not assessed"));
    expect(stops.map((r) => r[0])).toEqual(["006Qy00000A1x04", "006Qy00000A1x13"]);
    expect(String(stops[0][3])).toMatch(/Comprehensive sanctions on North Korea/);
    expect(dash.some((r) => String(r[0]).startsWith("Not assessed, and so not ranked above (4"))).toBe(true);
    expect(dash.find((r) => r[0] === "006Qy00000A1x04" && r.includes("Provisional: Stop"))).toBeDefined();
    expect(dash.flat()).not.toContain("No deal meets a hard stop.");
    const errors = sheetRows(rawBook, "Input errors");
    expect(errors.find((r) => r[1] === "006Qy00000A1x04")?.[5]).toMatch(/^Stop - Comprehensive sanctions on North Korea/);
  });

  test("with the reviewed mapping every deal is assessed, exit 0, and the Read me records the mapping's SHA-256 and each column", async () => {
    const out = path.join(dir, "mapped.xlsx");
    const r = runCli(["register", CRM, "--mapping", REVIEWED, "-o", out, "--as-of", "2026-12-01"]);
    expect(r.stderr).toMatch(/Wrote .*: 15 deals\.\n/);
    expect(r.code).toBe(0);
    const book = readWithOpenpyxl(out);
    const readMe = sheetRows(book, "Read me");
    expect(readMe.find((x) => x[0] === "Intake mapping")?.[1]).toMatch(/^Intake mapping crm-export\.mapping\.csv, sha256 [0-9a-f]{64}$/);
    expect(readMe.find((x) => x[0] === "Opportunity Name (B)")?.[1]).toBe("Not read: not used, as your mapping file says");
    expect(readMe.find((x) => x[0] === "Product Line (K)")?.[1]).toBe("Read as Capability");
    expect(sheetRows(book, "Dashboard")[1][0]).not.toMatch(/not assessed/);
  });

  test("map writes a mapping for the export that the register then accepts", async () => {
    const out = path.join(dir, "proposed.csv");
    const r = runCli(["map", CRM, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/19 columns .* and 80 distinct values; \d+ lines marked REVIEW/);
    const reg = runCli(["register", CRM, "--mapping", out, "-o", path.join(dir, "proposed.xlsx"), "--as-of", "2026-12-01"]);
    expect(reg.stderr).toMatch(/lines of proposed\.csv are still marked REVIEW/);
    expect(reg.code).toBe(1);
  });
});

describe("map reads the export row by row", () => {
  test("its file holds the lines the whole-table proposal gives, below a title block too; an empty file is refused", async () => {
    const dir = await tempDir();
    const text = (await fs.readFile(CRM, "utf8")).replace(/^\uFEFF/, "");
    // A title block above the header, as exports from reports have.
    const titled = path.join(dir, "titled.csv");
    await fs.writeFile(titled, `Opportunities report\nRun 2026-11-30,,\n\n${text}`);
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
    const expected = proposeMapping(rows, createContext()).lines.map(mappingLineCells);
    for (const input of [CRM, titled]) {
      const out = path.join(dir, `${path.basename(input)}.mapping.csv`);
      const r = runCli(["map", input, "-o", out]);
      expect(r.code).toBe(0);
      const written = Papa.parse<string[]>((await fs.readFile(out, "utf8")).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
      expect(written[0]).toEqual([...MAPPING_HEADER]);
      expect(written.slice(1)).toEqual(expected.map((cells) => cells.map((c) => String(c ?? ""))));
    }
    const blank = path.join(dir, "blank.csv");
    await fs.writeFile(blank, "\n\n");
    const refused = runCli(["map", blank, "-o", path.join(dir, "blank.mapping.csv")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("the table is empty");
    await expect(fs.stat(path.join(dir, "blank.mapping.csv"))).rejects.toThrow();
    // Blank rows above a table past the rows searched for a header: said as such, not "empty".
    const low = path.join(dir, "low.csv");
    await fs.writeFile(low, "\n".repeat(25) + text);
    const tooLow = runCli(["map", low, "-o", path.join(dir, "low.mapping.csv")]);
    expect(tooLow.code).toBe(2);
    expect(tooLow.stderr).toContain("its first 20 rows are blank - the header row must be within them");
  });
});

describe("screen --mapping", () => {
  test("screens the pipeline's partner and customer columns the mapping names, and says which", async () => {
    const dir = await tempDir();
    const list = path.join(dir, "watch.csv");
    await fs.writeFile(list, "Name\nFalcon Systems FZE\n");
    const r = runCli(["screen", CRM, "--mapping", REVIEWED, "--list", list, "--format", "json"]);
    expect(r.stderr).toMatch(
      /^Screening Channel Partner \(M, partner\), Account Name \(C, customer\) - mapping crm-export\.mapping\.csv, sha256 [0-9a-f]{64}/,
    );
    const rows = JSON.parse(r.stdout) as Array<{ row: number; name: string; status: string }>;
    expect(rows.find((x) => x.name === "Falcon Systems FZE")).toMatchObject({ row: 3, status: "match" });
    expect(rows.filter((x) => x.row === 3).map((x) => x.name)).toEqual(["Falcon Systems FZE", "Emirates Integrated Telecom"]);
    expect(r.code).toBe(1);
  });
});
