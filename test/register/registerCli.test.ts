import { promises as fs } from "fs";
import * as path from "path";
import type { JsonResult } from "../../core/result/toJsonResult";
import { registerColumns } from "../../core/register/registerColumns";
import { columnLetter } from "../../core/register/sheets/writeRegisterSheet";
import { runCli } from "./cliBuild";
import { readWithOpenpyxl, ROOT, SAMPLE, tempDir, type PyBook } from "./registerTestKit";
import { hostileRowsCsv } from "./hostileRows";

const col = (header: string) => registerColumns.findIndex((c) => c.header === header);

describe("export-risk register (read back with openpyxl)", () => {
  let dir: string;
  let book: PyBook;
  let json: JsonResult[];

  beforeAll(async () => {
    dir = await tempDir();
    const out = path.join(dir, "risk-register.xlsx");
    const r = runCli(["register", SAMPLE, "-o", out, "--as-of", "2026-03-31", "--title", "R&D exports: board register"]);
    expect(r.stderr).toMatch(/Wrote .*risk-register\.xlsx: \d+ deals; 4 rows could not be scored/);
    // Like score, a register with rows in error exits 1: rows were left out.
    expect(r.code).toBe(1);
    book = readWithOpenpyxl(out);
    // The register assesses as at its --as-of date.
    const score = runCli(["score", SAMPLE, "--format", "json", "--as-at", "2026-03-31"]);
    json = JSON.parse(score.stdout) as JsonResult[];
  });

  const sheet = (name: string) => book.sheets.find((s) => s.name === name)!;

  test("sheet names, order and row counts", () => {
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Read me",
      "Dashboard",
      "Register",
      "Partners",
      "Methodology",
      "Reference data",
      "Input errors",
      "Snapshot",
    ]);
    const ok = json.filter((r) => r.status === "ok");
    expect(sheet("Register").maxRow).toBe(ok.length + 1);
    expect(sheet("Register").maxColumn).toBe(registerColumns.length);
    const errors = json.filter((r) => r.status === "error").flatMap((r) => r.errors);
    expect(sheet("Input errors").maxRow).toBe(errors.length + 1);
  });

  test("register values equal `export-risk score --format json` for every deal", () => {
    const ok = json.filter((r) => r.status === "ok");
    const rows = sheet("Register").rows.slice(1);
    ok.forEach((r, i) => {
      const cells = rows[i].map(([v]) => v);
      expect(cells[col("Deal ID")]).toBe(r.id);
      expect(cells[col("Source row")]).toBe(r.row);
      expect([cells[col("Inherent L")], cells[col("Inherent S")], cells[col("Inherent score")]]).toEqual([
        r.inherent!.likelihood,
        r.inherent!.severity,
        r.inherent!.score,
      ]);
      expect([cells[col("Residual L")], cells[col("Residual S")], cells[col("Residual score")]]).toEqual([
        r.residual!.likelihood,
        r.residual!.severity,
        r.residual!.score,
      ]);
      expect(String(cells[col("Inherent band")]).toLowerCase()).toBe(r.inherent!.band);
      expect(String(cells[col("Residual band")]).toLowerCase()).toBe(r.residual!.band);
      expect(String(cells[col("Decision")]).toLowerCase().replace(/ /g, "-")).toBe(r.decision);
      expect(cells[col("Drivers")] ?? "").toBe(r.drivers.join("\n"));
      expect(cells[col("Hard stops")] ?? null).toBe(r.hardStops.length ? r.hardStops.map((h) => h.message).join("\n") : null);
      expect(cells[col("Licence check")] ? "licence-check" : null).toBe(r.flags.includes("licence-check") ? "licence-check" : null);
    });
  });

  test("input errors match the json errors, and a formula-like customer there is text", () => {
    const errors = json
      .filter((r) => r.status === "error")
      .flatMap((r) => r.errors.map((e) => [r.row, r.id, e.column, e.value, e.message, "Escalate"]));
    const rows = sheet("Input errors")
      .rows.slice(1)
      .map((row) => row.map(([v]) => v ?? ""));
    expect(rows).toEqual(errors);
  });

  test("frozen panes, filters and print set-up on the list sheets", () => {
    expect(sheet("Register")).toMatchObject({
      freeze: "C2",
      filter: expect.stringMatching(new RegExp(`^A1:${columnLetter(registerColumns.length)}\\d+$`)),
      printTitleRows: "$1:$1",
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(sheet("Partners")).toMatchObject({ freeze: "A3", filter: expect.stringMatching(/^A2:H\d+$/) });
    expect(sheet("Reference data")).toMatchObject({ freeze: "A3", filter: expect.stringMatching(/^A2:J\d+$/) });
    expect(sheet("Input errors")).toMatchObject({ freeze: "A2", filter: "A1:F5" });
    expect(sheet("Register").conditionalFormats).toBeGreaterThanOrEqual(5);
    expect(sheet("Register").validations.length).toBe(4);
    // "&" in a title is doubled in the print header, or Excel reads it as a command.
    expect(sheet("Register").header).toContain("R&&D exports: board register");
    expect(book.properties).toMatchObject({
      title: "R&D exports: board register",
      created: "2026-03-31T00:00:00",
      modified: "2026-03-31T00:00:00",
    });
  });

  test("text that starts with = + - or @ is a text cell (data type 's') wherever it appears", async () => {
    const file = path.join(dir, "hostile.csv");
    await fs.writeFile(file, hostileRowsCsv());
    const out = path.join(dir, "hostile.xlsx");
    expect(runCli(["register", file, "-o", out, "--as-of", "2026-03-31"]).code).toBe(0);
    const hostile = readWithOpenpyxl(out);
    let seen = 0;
    for (const s of hostile.sheets) {
      for (const row of s.rows) {
        for (const [v, type] of row) {
          if (typeof v === "string" && /^[=+\-@]/.test(v)) {
            seen++;
            expect([s.name, v, type]).toEqual([s.name, v, "s"]);
          }
          expect(type).not.toBe("f");
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(20);
  });
});

describe("export-risk register refuses bad input and never leaves a partial file", () => {
  test("a file with no deal table exits 2 with a clear message and writes nothing", async () => {
    const dir = await tempDir();
    const bad = path.join(dir, "notes.csv");
    await fs.writeFile(bad, "hello,world\nthis is,not a pipeline\n");
    const r = runCli(["register", bad, "-o", path.join(dir, "register.xlsx"), "--as-of", "2026-03-31"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notes\.csv: No recognisable header row/);
    expect(await fs.readdir(dir)).toEqual(["notes.csv"]);
  });

  test("an existing register is left untouched when the new input is bad", async () => {
    const dir = await tempDir();
    const out = path.join(dir, "register.xlsx");
    await fs.writeFile(out, "previous register");
    const r = runCli(["register", path.join(dir, "missing.csv"), "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does not exist/);
    expect(await fs.readFile(out, "utf8")).toBe("previous register");
    expect(await fs.readdir(dir)).toEqual(["register.xlsx"]);
  });

  test("a table where no row can be scored exits 2 and says where to look", async () => {
    const dir = await tempDir();
    const bad = path.join(dir, "deals.csv");
    await fs.writeFile(
      bad,
      "Deal ID,Customer,Destination country,Product category,End-user category\nX-1,Acme,Atlantis,Spyware,Intelligence service\n",
    );
    const r = runCli(["register", bad, "-o", path.join(dir, "register.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/none of the 1 rows could be scored - row 2: .*Atlantis/);
    expect(await fs.readdir(dir)).toEqual(["deals.csv"]);
  });

  test("a bad --as-of date or output name exits 2 before anything is read", async () => {
    const dir = await tempDir();
    const a = runCli(["register", SAMPLE, "-o", path.join(dir, "r.xlsx"), "--as-of", "31/03/2026"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/--as-of '31\/03\/2026' is not a date - use YYYY-MM-DD/);
    const b = runCli(["register", SAMPLE, "-o", path.join(dir, "r.csv")]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/ending in \.xlsx/);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  test("--list screens end users and partners: the Partners sheet shows the hit and the Read me the list and its hash", async () => {
    const dir = await tempDir();
    const deals = path.join(dir, "deals.csv");
    await fs.writeFile(
      deals,
      "Deal ID,Destination country,Product category,End-user category,End user,Reseller,Partner type\nL-1,Greece,Spyware,Police,Hellenic Police,Cytrox AD,Reseller\nL-2,Germany,Antivirus,Enterprise,Contoso GmbH,,\n",
    );
    const out = path.join(dir, "register.xlsx");
    const sdn = path.join(ROOT, "..", "shared", "data", "sanctions", "ofac-sdn-2024-05-03.csv");
    const r = runCli(["register", deals, "-o", out, "--as-of", "2026-03-31", "--list", sdn, "--list-as-of", "2024-05-03"]);
    expect(r.code).toBe(0);
    const b = readWithOpenpyxl(out);
    const text = (name: string) =>
      b.sheets
        .find((s) => s.name === name)!
        .rows.map((row) => row.map(([v]) => v ?? "").join(" | "))
        .join("\n");
    expect(text("Partners")).toMatch(/L-1 \| .*partner \| Cytrox AD \| .*CYTROX AD/);
    expect(text("Partners")).not.toMatch(/No restricted-party lists were screened/i);
    expect(text("Read me")).toMatch(/OFAC Specially Designated Nationals.*2024-05-03/);
    expect(text("Read me")).toMatch(/sha256:[0-9a-f]{64}/);
    expect(text("Register")).toMatch(/Restricted-party match: partner 'Cytrox AD'/);
  });
});
