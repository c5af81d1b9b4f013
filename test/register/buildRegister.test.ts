import * as path from "path";
import ExcelJS from "exceljs";
import { REGISTER_SHEETS } from "../../core/register/buildRegister";
import { registerColumns } from "../../core/register/registerColumns";
import { columnLetter } from "../../core/register/sheets/writeRegisterSheet";
import { NOT_SCREENED_NOTICE } from "../../core/register/sheets/writePartners";
import { hostileRows } from "./hostileRows";
import { AS_OF, cellDump, csvRows, readBack, registerInputFor, SAMPLE, tempDir, writeInMemory, writeStreaming } from "./registerTestKit";

const col = (header: string) => registerColumns.findIndex((c) => c.header === header) + 1;

describe("board risk register (exceljs read-back)", () => {
  const sampleInput = registerInputFor(csvRows(SAMPLE));
  const okRows = sampleInput.results.filter((r) => r.status === "ok");
  let streamed: ExcelJS.Workbook;
  let file: string;

  beforeAll(async () => {
    file = path.join(await tempDir(), "register.xlsx");
    await writeStreaming(sampleInput, file);
    streamed = await readBack(file);
  });

  test("the sheets come in the documented order", () => {
    expect(streamed.worksheets.map((w) => w.name)).toEqual([
      "Read me",
      "Dashboard",
      "Register",
      "Partners",
      "Methodology",
      "Reference data",
      "Input errors",
      "Snapshot",
    ]);
    expect(REGISTER_SHEETS).toEqual(streamed.worksheets.map((w) => w.name));
  });

  test("the register has a header and one row per scored deal, in input order", () => {
    const ws = streamed.getWorksheet("Register")!;
    expect(ws.rowCount).toBe(okRows.length + 1);
    expect(ws.getRow(1).getCell(1).value).toBe("Deal ID");
    okRows.forEach((r, i) => expect(ws.getRow(i + 2).getCell(1).value).toBe(r.id));
  });

  test("register figures equal the scoring's figures for every deal", () => {
    const ws = streamed.getWorksheet("Register")!;
    okRows.forEach((r, i) => {
      if (r.status !== "ok") return;
      const row = ws.getRow(i + 2);
      const a = r.assessment;
      expect(
        [col("Inherent L"), col("Inherent S"), col("Inherent score"), col("Residual L"), col("Residual S"), col("Residual score")].map(
          (c) => row.getCell(c).value,
        ),
      ).toEqual([
        a.inherent.likelihood,
        a.inherent.severity,
        a.inherent.score,
        a.residual.likelihood,
        a.residual.severity,
        a.residual.score,
      ]);
      expect(row.getCell(col("Source row")).value).toBe(r.row);
    });
  });

  test("the streaming writer (Node) and the in-memory workbook (browser) give the same cells", async () => {
    const inMemory = await readBack(await writeInMemory(sampleInput));
    expect(cellDump(inMemory)).toEqual(cellDump(streamed));
  });

  test("the same input and as-of date give the same cells and document dates", async () => {
    const again = await readBack(await writeInMemory(registerInputFor(csvRows(SAMPLE))));
    expect(cellDump(again)).toEqual(cellDump(streamed));
    expect(streamed.created.toISOString()).toBe(`${AS_OF}T00:00:00.000Z`);
    expect(streamed.modified.toISOString()).toBe(`${AS_OF}T00:00:00.000Z`);
    expect(streamed.title).toBe("Test register");
  });

  test("a different as-of date changes the dates shown, and nothing is taken from the clock", async () => {
    const later = await readBack(await writeInMemory(registerInputFor(csvRows(SAMPLE), "Test register", "2027-01-15")));
    expect(later.getWorksheet("Read me")!.getRow(4).getCell(2).value).toBe("2027-01-15");
    expect(later.created.toISOString()).toBe("2027-01-15T00:00:00.000Z");
  });

  test("frozen headers, filters, print set-up and band colours are set on the register", () => {
    const ws = streamed.getWorksheet("Register")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, xSplit: 2 });
    expect(ws.autoFilter).toBe(`A1:${columnLetter(registerColumns.length)}${okRows.length + 1}`);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    expect(ws.headerFooter.oddHeader).toContain("Test register");
    expect(ws.headerFooter.oddHeader).toContain(`As of ${AS_OF}`);
    expect(ws.headerFooter.oddFooter).toContain("Page &P of &N");
    const refs = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((c) => c.ref);
    expect(refs).toEqual(expect.arrayContaining([`O2:O${okRows.length + 1}`, `V2:V${okRows.length + 1}`, `W2:W${okRows.length + 1}`]));
  });

  test("the register's Path to proceed column holds each deal's path, and the dashboard lists the deals one clause away", () => {
    const ws = streamed.getWorksheet("Register")!;
    okRows.forEach((r, i) => {
      if (r.status !== "ok") return;
      expect(ws.getCell(i + 2, col("Path to proceed")).value ?? "").toBe(r.assessment.pathToProceed.summary);
    });
    const dash = streamed.getWorksheet("Dashboard")!;
    const titles = [...Array(dash.rowCount).keys()].map((i) => String(dash.getRow(i + 1).getCell(1).value ?? ""));
    const at = titles.findIndex((t) => t.startsWith("One clause from a better decision ("));
    expect(at).toBeGreaterThan(0);
    const one = okRows.filter((r) => r.status === "ok" && r.assessment.pathToProceed.steps[0]?.add.length === 1);
    expect(titles[at]).toBe(`One clause from a better decision (${one.length})`);
    expect(titles.slice(at + 2, at + 2 + one.length)).toEqual(one.map((r) => (r.status === "ok" ? r.deal.id : "")));
    const decisions = titles.indexOf("Deals by band");
    const declineRow = [...Array(8).keys()].find((k) => dash.getRow(decisions + 1 + k).getCell(8).value === "Decline");
    expect(declineRow).toBeDefined();
  });

  test("owner columns offer drop-downs over the data rows only", () => {
    const ws = streamed.getWorksheet("Register")!;
    const last = okRows.length + 1;
    expect(ws.getCell(`AE${last}`).dataValidation).toMatchObject({ type: "list", formulae: ['"Accept,Mitigate,Transfer,Avoid"'] });
    expect(ws.getCell(`AG2`).dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell(`AF2`).dataValidation).toMatchObject({ type: "date" });
    expect(ws.getCell(`AE${last + 1}`).dataValidation).toBeUndefined();
  });

  test("the dashboard's heat maps count every scored deal once", () => {
    const ws = streamed.getWorksheet("Dashboard")!;
    const titleRow = [...Array(ws.rowCount).keys()]
      .map((i) => i + 1)
      .find((r) => String(ws.getRow(r).getCell(1).value).startsWith("Inherent risk:"))!;
    let inherent = 0;
    let residual = 0;
    for (let r = titleRow + 2; r < titleRow + 7; r++) {
      for (let c = 2; c <= 6; c++) inherent += Number(ws.getRow(r).getCell(c).value);
      for (let c = 9; c <= 13; c++) residual += Number(ws.getRow(r).getCell(c).value);
    }
    expect(inherent).toBe(okRows.length);
    expect(residual).toBe(okRows.length);
  });

  test("Partners says clearly that no lists were screened, rather than looking like an all-clear", () => {
    const ws = streamed.getWorksheet("Partners")!;
    expect(ws.getRow(1).getCell(1).value).toBe(NOT_SCREENED_NOTICE);
    const screening = ws.getRow(2).values as unknown[];
    expect(screening).toContain("Screening");
    for (let r = 3; r <= ws.rowCount; r++) expect(ws.getRow(r).getCell(8).value).toBe("Not screened");
  });

  test("Input errors lists each problem with row, column, value, reason and the row's provisional decision", () => {
    const ws = streamed.getWorksheet("Input errors")!;
    const errors = sampleInput.results.flatMap((r) =>
      r.status === "error"
        ? r.errors.map((e) => [r.row, r.id, e.column, e.value, e.message, r.provisional?.decision === "stop" ? "Stop" : "Escalate"])
        : [],
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(ws.rowCount).toBe(errors.length + 1);
    errors.forEach((e, i) => expect((ws.getRow(i + 2).values as unknown[]).slice(1)).toEqual(e.map((x) => (x === "" ? undefined : x))));
  });

  test("input text that looks like a formula stays text in every cell", async () => {
    const input = registerInputFor(hostileRows());
    expect(input.results.every((r) => r.status === "ok")).toBe(true);
    const book = await readBack(await writeInMemory(input));
    let seen = 0;
    for (const ws of book.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && /^[=+\-@]/.test(cell.value)) seen++;
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      );
    }
    expect(seen).toBeGreaterThanOrEqual(20);
    const reg = book.getWorksheet("Register")!;
    expect(reg.getRow(2).getCell(col("Customer")).value).toBe('=HYPERLINK("http://example.invalid/x","click")');
    expect(reg.getRow(2).getCell(col("Customer")).numFmt).toBe("@");
    expect(reg.getRow(6).getCell(col("Deal ID")).value).toBe("=1+1");
  });
});
