import { execFileSync } from "child_process";
import * as path from "path";
import ExcelJS from "exceljs";
import { startRegister } from "../../core";
import { readPreviousSnapshot } from "../../cli/registerExtras";
import { runCli } from "../register/cliBuild";
import { readWithOpenpyxl, registerInputFor, tempDir, type PyBook } from "../register/registerTestKit";
import { csv, DEALS, writeFile } from "./lifecycleKit";
import { HEADER } from "./reviewKit";

/** Excel's most characters in one cell: a longer one makes it report the workbook as damaged. */
const EXCEL_CELL_LIMIT = 32_767;

/** A register made by the code before snapshot version 2 (commit cc102f1): deals N-1, K-1, D-1, T-1; X-1 and Y-1 in error; continued on 'Snapshot (2)'. */
const VERSION_1 = path.join(__dirname, "fixtures", "register-snapshot-v1.xlsx");

const broken = (row: string[]) => row.map((v, i) => (i === 4 ? "Atlantis" : v));
const withId = (row: string[], id: string) => [id, ...row.slice(1)];

/** Every cell of every Snapshot sheet, as openpyxl reads it. */
function snapshotCells(book: PyBook): unknown[][] {
  return book.sheets.filter((s) => s.name.startsWith("Snapshot")).flatMap((s) => s.rows.map((r) => r.map((c) => c[0])));
}
const longest = (rows: unknown[][]) => Math.max(...rows.flatMap((r) => r.map((v) => (v == null ? 0 : String(v).length))));

/**
 * What Excel's repair does to a workbook with a longer cell: it cuts the text to 32,767 characters.
 * Done here with openpyxl, which loads and saves the workbook as another program would.
 */
function cutAsExcelRepairs(file: string, out: string): number {
  const script = [
    "import sys, openpyxl",
    "book = openpyxl.load_workbook(sys.argv[1])",
    "cut = 0",
    "for ws in book.worksheets:",
    "  for row in ws.iter_rows():",
    "    for c in row:",
    "      if isinstance(c.value, str) and len(c.value) > 32767:",
    "        c.value = c.value[:32767]; cut += 1",
    "book.save(sys.argv[2])",
    "print(cut)",
  ].join("\n");
  return Number(execFileSync("/usr/bin/python3", ["-c", script, file, out], { encoding: "utf8" }).trim());
}

function changeKinds(book: PyBook): Map<string, number> {
  const sheet = book.sheets.find((s) => s.name === "Changes")!;
  const header = sheet.rows.findIndex((r) => r[0]?.[0] === "Change");
  const kinds = new Map<string, number>();
  for (const r of sheet.rows.slice(header + 1)) kinds.set(String(r[0][0]), (kinds.get(String(r[0][0])) ?? 0) + 1);
  return kinds;
}

describe("a register with more rows in error than one cell can list", () => {
  const DEALS_IN_QUARTER = 3_000;
  let dir: string;
  let q2: string;
  let q2Book: PyBook;
  const rows = (inError: (i: number) => boolean) =>
    Array.from({ length: DEALS_IN_QUARTER }, (_, i) => {
      const row = withId(Object.values(DEALS)[i % 6], `Q-${i}`);
      return inError(i) ? broken(row) : row;
    });

  beforeAll(async () => {
    dir = await tempDir();
    const q1Csv = await writeFile(dir, "q1.csv", csv(rows(() => false)));
    const q2Csv = await writeFile(dir, "q2.csv", csv(rows((i) => i % 2 === 1)));
    expect(runCli(["register", q1Csv, "-o", path.join(dir, "q1.xlsx"), "--as-of", "2026-09-30"]).stderr).toContain("Wrote");
    q2 = path.join(dir, "q2.xlsx");
    const r = runCli(["register", q2Csv, "-o", q2, "--as-of", "2026-12-31", "--previous", path.join(dir, "q1.xlsx")]);
    expect(r.stderr).toContain("1500 rows could not be scored");
    q2Book = readWithOpenpyxl(q2);
  });

  it("has no Snapshot cell longer than Excel holds, a row of its own for each row in error, and each such deal not assessed, never removed", () => {
    const cells = snapshotCells(q2Book);
    // What version 1 put in one cell: every row in error's id and row.
    const listed = JSON.stringify(Array.from({ length: 1_500 }, (_, i) => ({ id: `Q-${2 * i + 1}`, row: 2 * i + 3 })));
    expect(listed.length).toBeGreaterThan(EXCEL_CELL_LIMIT);
    expect(longest(cells)).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(cells[0]).toEqual(["export-risk register snapshot", "2"]);
    expect(cells.slice(2, 6).map((r) => r[0])).toEqual(["deal", "error", "deal", "error"]);
    expect(changeKinds(q2Book)).toEqual(new Map([["Not assessed", 1_500]]));
  });

  it("still serves as the previous register after a program that keeps 32,767 characters a cell saved it", async () => {
    const saved = path.join(dir, "q2-saved.xlsx");
    const cut = cutAsExcelRepairs(q2, saved);
    const previous = await readPreviousSnapshot(saved);
    expect(previous.deals).toHaveLength(1_500);
    expect(previous.errors).toEqual(Array.from({ length: 1_500 }, (_, i) => ({ id: `Q-${2 * i + 1}`, row: 2 * i + 3 })));
    const q3 = runCli([
      "register",
      path.join(dir, "q2.csv"),
      "-o",
      path.join(dir, "q3.xlsx"),
      "--as-of",
      "2027-03-31",
      "--previous",
      saved,
    ]);
    expect(q3.stderr).toContain("Wrote");
    expect(changeKinds(readWithOpenpyxl(path.join(dir, "q3.xlsx")))).toEqual(
      new Map([["No changes: the same deals with the same decisions, bands and sign-offs.", 1]]),
    );
    expect(cut).toBe(0);
  });
});

describe("a deal or a row in error whose JSON is longer than a cell holds", () => {
  it("is written across the row's cells, each within Excel's limit, and read back whole", async () => {
    const dir = await tempDir();
    const longOk = "L".repeat(40_000);
    const longBroken = "M".repeat(70_000);
    const file = await writeFile(dir, "long.csv", csv([withId(DEALS["N-1"], longOk), broken(withId(DEALS["K-1"], longBroken))]));
    const out = path.join(dir, "long.xlsx");
    expect(runCli(["register", file, "-o", out, "--as-of", "2026-12-31"]).stderr).toContain("Wrote");
    const cells = snapshotCells(readWithOpenpyxl(out));
    expect(longest(cells)).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(cells.find((r) => r[0] === "deal")!.length).toBeGreaterThan(2);
    expect(cells.find((r) => r[0] === "error")!.length).toBeGreaterThan(3);
    const previous = await readPreviousSnapshot(out);
    expect(previous.deals.map((d) => d.id)).toEqual([longOk]);
    expect(previous.errors).toEqual([{ id: longBroken, row: 3 }]);
  });
});

describe("a snapshot longer than a sheet, with rows across cells", () => {
  it("continues on 'Snapshot (2)' and later sheets and reads back whole", async () => {
    const long = (id: string) => id + "-" + "Z".repeat(50_000);
    const rows = [
      HEADER,
      DEALS["N-1"],
      broken(withId(DEALS["K-1"], long("X"))),
      withId(DEALS["D-1"], long("D")),
      DEALS["T-1"],
      broken(DEALS["A-1"]),
    ];
    const { results, ...meta } = registerInputFor(rows);
    const file = path.join(await tempDir(), "split.xlsx");
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    // 3 rows a sheet: the marker, the register row and one deal, then a continuation mark and two rows a sheet.
    const register = startRegister(book, meta, { rowLimit: 3 });
    for (const r of results) await register.add(r);
    await register.finish();
    await book.commit();

    const workbook = readWithOpenpyxl(file);
    expect(workbook.sheets.filter((s) => s.name.startsWith("Snapshot")).map((s) => s.name)).toEqual([
      "Snapshot",
      "Snapshot (2)",
      "Snapshot (3)",
    ]);
    expect(longest(snapshotCells(workbook))).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    const previous = await readPreviousSnapshot(file);
    expect(previous.deals.map((d) => d.id)).toEqual(["N-1", long("D"), "T-1"]);
    expect(previous.errors).toEqual([
      { id: long("X"), row: 3 },
      { id: "A-1", row: 6 },
    ]);
  });
});

describe("a previous register whose snapshot is version 1", () => {
  it("is read across its continuation sheet, with the rows in error its register row lists", async () => {
    const previous = await readPreviousSnapshot(VERSION_1);
    expect(previous.version).toBe(1);
    expect(previous.deals.map((d) => d.id)).toEqual(["N-1", "K-1", "D-1", "T-1"]);
    expect(previous.errors).toEqual([
      { id: "X-1", row: 3 },
      { id: "Y-1", row: 6 },
    ]);
  });

  it("is compared with: a deal now in error is not assessed, a dropped one removed, and the new register is version 2", async () => {
    const dir = await tempDir();
    const file = await writeFile(dir, "q4.csv", csv([DEALS["N-1"], broken(DEALS["K-1"]), DEALS["T-1"], DEALS["A-1"]]));
    const out = path.join(dir, "q4.xlsx");
    expect(runCli(["register", file, "-o", out, "--as-of", "2026-12-31", "--previous", VERSION_1]).stderr).toContain("Wrote");
    const book = readWithOpenpyxl(out);
    const kinds = changeKinds(book);
    expect([kinds.get("Not assessed"), kinds.get("Removed deal"), kinds.get("New deal")]).toEqual([1, 1, 1]);
    const cells = snapshotCells(book);
    expect(cells[0]).toEqual(["export-risk register snapshot", "2"]);
    expect(cells.filter((r) => r[0] === "error")).toEqual([["error", '{"id":"K-1","row":3}']]);
  });
});
