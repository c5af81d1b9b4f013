import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/runCli";
import { runCliMeasured } from "../support/runCliMeasured";
import { sparseWorkbook } from "../support/sparseWorkbook";

jest.setTimeout(300_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "export-risk-readers-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("input readers: what a hostile or unusual input file does", () => {
  test("a value in column XFD on each of 200,000 rows does not make the rows dense: scored in bounded memory", async () => {
    const file = path.join(dir, "sparse.xlsx");
    await fs.writeFile(file, await sparseWorkbook(200_000));
    const out = path.join(dir, "sparse.csv");
    const r = runCliMeasured(["score", file, "--format", "csv", "--out", out]);
    expect(r.stderr).not.toMatch(/unexpected error/);
    expect(r.status).toBe(0);
    const text = await fs.readFile(out, "utf8");
    expect(text.trimEnd().split("\n").length).toBe(200_001);
    // Dense rows would be 200,000 x 16,384 cells (the released CLI reached 4.3 GB and aborted).
    expect(r.maxRssMb).toBeLessThan(500);
  });

  test("a FIFO as the deal file is refused at once as not a regular file (it would hang)", async () => {
    const fifo = path.join(dir, "deals.csv");
    execFileSync("mkfifo", [fifo]);
    const r = runCliMeasured(["score", fifo], { timeoutMs: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not a regular file/);
  });

  test("/dev/zero as the deal file is refused as not a regular file (it never ends)", () => {
    const r = runCliMeasured(["score", "/dev/zero"], { timeoutMs: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/'\/dev\/zero' is not a regular file/);
  });

  test.each([
    ["UTF-16LE", "utf16le", Buffer.from([0xff, 0xfe])],
    ["UTF-16BE", "utf16be", Buffer.from([0xfe, 0xff])],
  ])("a %s text file with a byte-order mark (Excel's Unicode text export, tab-separated) is read", async (_label, enc, bom) => {
    const text = "Deal ID\tCountry\tCapability\tCustomer\r\nU-1\tNorway\tAntivirus\tØresund Ltd\r\nU-2\tIran\tSpyware\tشركة\r\n";
    const le = Buffer.from(text, "utf16le");
    const body = enc === "utf16le" ? le : Buffer.from(le).swap16();
    const file = path.join(dir, `unicode-${enc}.txt`);
    await fs.writeFile(file, Buffer.concat([bom, body]));
    const r = runCli(["score", file, "--format", "json"]);
    expect(r.stderr).toMatch(/^Columns read: Deal ID \(A\) -> Deal ID; Country \(B\) -> Country/);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { id: string; decision: string }) => [x.id, x.decision])).toEqual([
      ["U-1", "proceed"],
      ["U-2", "stop"],
    ]);
  });

  test("formula cells: the saved result is used; a formula saved without a result is an input error naming it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Deals");
    ws.addRow(["Deal ID", "Country", "Capability"]);
    ws.addRow(["F-1", { formula: 'IF(1,"Norway","Iran")', result: "Norway" }, "Antivirus"]);
    ws.addRow(["F-2", { formula: "VLOOKUP(A3,Countries!A:B,2,FALSE)" }, "Antivirus"]);
    const file = path.join(dir, "formulas.xlsx");
    await wb.xlsx.writeFile(file);
    const r = runCli(["score", file, "--format", "json"]);
    expect(r.status).toBe(1);
    const [ok, bad] = JSON.parse(r.stdout);
    expect(ok).toMatchObject({ id: "F-1", status: "ok", decision: "proceed" });
    expect(bad).toMatchObject({ id: "F-2", status: "error" });
    expect(bad.errors[0]).toMatchObject({ column: "Country", value: "=VLOOKUP(A3,Countries!A:B,2,FALSE)" });
    expect(bad.errors[0].message).toMatch(/formula with no saved value/);
    expect(r.stdout).not.toMatch(/object Object/);
  });

  test("Excel error cells (#N/A, #REF!) are input errors naming the error, never '[object Object]' or a blank", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Deals");
    ws.addRow(["Deal ID", "Country", "Capability", "Red flags"]);
    ws.addRow(["E-1", { error: "#N/A" }, "Antivirus", ""]);
    ws.addRow(["E-2", "Norway", "Antivirus", { error: "#REF!" }]);
    ws.addRow(["E-3", { formula: "VLOOKUP(A4,X!A:B,2,FALSE)", result: { error: "#N/A" } }, "Antivirus", ""]);
    const file = path.join(dir, "errors.xlsx");
    await wb.xlsx.writeFile(file);
    const r = runCli(["score", file, "--format", "json"]);
    expect(r.status).toBe(1);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { status: string }) => x.status)).toEqual(["error", "error", "error"]);
    expect(rows[0].errors[0]).toMatchObject({ column: "Country", value: "#N/A" });
    // A red-flags cell that shows #REF! is not read as "no red flags".
    expect(rows[1].errors[0]).toMatchObject({ column: "Red flags", value: "#REF!" });
    expect(rows[2].errors[0]).toMatchObject({ column: "Country", value: "#N/A" });
    expect(r.stdout).not.toMatch(/object Object/);
  });

  test("an empty deal file and a header-only deal file exit 2 with a clear message and write nothing", async () => {
    const empty = path.join(dir, "empty.csv");
    const headerOnly = path.join(dir, "header-only.csv");
    await fs.writeFile(empty, "");
    await fs.writeFile(headerOnly, "Deal ID,Country,Capability\n");
    const out = path.join(dir, "never.json");
    const a = runCli(["score", empty, "--format", "json", "--out", out]);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/The table is empty/);
    const b = runCli(["score", headerOnly, "--format", "json", "--out", out]);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/there are no deals below the header row/);
    expect(b.stdout).toBe("");
    await expect(fs.stat(out)).rejects.toMatchObject({ code: "ENOENT" });
  });

  test("screen on an empty file or a header-only file exits 2: no names is not an all-clear", async () => {
    const empty = path.join(dir, "no-names.csv");
    const headerOnly = path.join(dir, "names-header.csv");
    await fs.writeFile(empty, "");
    await fs.writeFile(headerOnly, "Partner,Country\n");
    const list = path.join(dir, "watch.csv");
    await fs.writeFile(list, "Name\nAcme Spyware Ltd\n");
    for (const f of [empty, headerOnly]) {
      const r = runCli(["screen", f, "--list", list]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/there are no names to screen/);
    }
  });
});

describe("xlsx text", () => {
  test("characters of several bytes are read whole wherever the file's chunks split them (20,000 Greek names screened)", async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(dir, "greek.xlsx"), useSharedStrings: false });
    const ws = wb.addWorksheet("Partners");
    ws.addRow(["Partner", "Country"]).commit();
    const names: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const name = `Εταιρεία Ωμέγα Δέλτα ${i} Τεχνολογίες Ασφαλείας Α.Ε.`;
      names.push(name);
      ws.addRow([name, "Ελλάδα"]).commit();
    }
    ws.commit();
    await wb.commit();
    const list = path.join(dir, "watch-greek.csv");
    await fs.writeFile(list, "Name\nAcme Spyware Ltd\n");
    const out = path.join(dir, "greek.ndjson");
    const r = runCli(["screen", path.join(dir, "greek.xlsx"), "--list", list, "--format", "ndjson", "--out", out]);
    expect(r.stderr).not.toMatch(/unexpected error/);
    const read = (await fs.readFile(out, "utf8"))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l).name);
    expect(read.filter((n: string) => n.includes("\uFFFD"))).toEqual([]);
    expect(read).toEqual(names);
  });
});
