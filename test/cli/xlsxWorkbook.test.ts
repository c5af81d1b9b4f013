import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
// exceljs's own zip library (a dependency of exceljs): used here only to store a workbook's parts in another order.
import JSZip from "jszip";
import { openTableSource } from "../../cli/input/openTableSource";
import { openXlsxWorkbook } from "../../cli/input/xlsxWorkbook";
import { FileError } from "../../cli/input/fileError";
import { CellProblem } from "../../core";

jest.setTimeout(120_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-workbook-"));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** A workbook as exceljs writes it: the workbook part last in the zip, the shared strings after the sheets. */
async function notesThenDeals(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").addRow(["This workbook holds Q4 deals"]);
  const ws = wb.addWorksheet("Deals");
  ws.addRow(["Deal ID", "Destination", "Product category", "Customer type"]);
  ws.addRow(["X-1", "Iran", "Firewall", "Enterprise"]);
  await wb.xlsx.writeFile(file);
}

/** The same zip with its parts stored in `order` (paths first in the list come first). */
async function reorder(from: string, to: string, first: (p: string) => number): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(from));
  const out = new JSZip();
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  paths.sort((a, b) => first(a) - first(b));
  for (const p of paths) out.file(p, await zip.files[p].async("uint8array"));
  await fs.writeFile(to, await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("an .xlsx read through its zip's central directory", () => {
  it("finds the deal sheet of an exceljs-written workbook every time (exceljs's one-pass reader lost its last parts at random)", async () => {
    const file = path.join(dir, "notes-then-deals.xlsx");
    await notesThenDeals(file);
    for (let i = 0; i < 40; i++) {
      const source = await openTableSource(file, undefined);
      expect(source.sheet).toBe("Deals");
      const rows = [];
      for await (const row of source.rows(0)) rows.push(row.cells);
      expect(rows).toEqual([["X-1", "Iran", "Firewall", "Enterprise"]]);
      await source.close?.();
    }
  });

  it("lists sheets in the workbook's order, whatever order the zip stores them in", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await notesThenDeals(plain);
    const reversed = path.join(dir, "reversed.xlsx");
    // Sheet 2 (Deals) stored before sheet 1 (Notes), the shared strings before both, the workbook part first.
    const rank = (p: string) => (p === "xl/workbook.xml" ? 0 : p.includes("sharedStrings") ? 1 : p.endsWith("sheet2.xml") ? 2 : 3);
    await reorder(plain, reversed, rank);
    const { sheets } = await openXlsxWorkbook(reversed, { styles: false });
    expect(sheets.map((s) => s.name)).toEqual(["Notes", "Deals"]);
    const values: unknown[] = [];
    for await (const row of sheets[0].open()) values.push((row.values as unknown[]).slice(1));
    expect(values).toEqual([["This workbook holds Q4 deals"]]);
  });

  it("names a sheet whose part is missing, and a zip with no workbook part", async () => {
    const plain = path.join(dir, "plain2.xlsx");
    await notesThenDeals(plain);
    const zip = await JSZip.loadAsync(await fs.readFile(plain));
    zip.remove("xl/worksheets/sheet2.xml");
    const broken = path.join(dir, "no-sheet-part.xlsx");
    await fs.writeFile(broken, await zip.generateAsync({ type: "nodebuffer" }));
    await expect(openTableSource(broken, undefined)).rejects.toThrow(
      new FileError(
        `'${broken}' is not a readable .xlsx workbook (its sheet 'Deals' has no part xl/worksheets/sheet2.xml) - open and re-save it in Excel`,
      ),
    );
    zip.remove("xl/workbook.xml");
    const noBook = path.join(dir, "no-workbook.xlsx");
    await fs.writeFile(noBook, await zip.generateAsync({ type: "nodebuffer" }));
    await expect(openTableSource(noBook, undefined)).rejects.toThrow(/has no workbook part \(xl\/workbook\.xml\)/);
  });

  it("reads a text cell whose text the workbook lacks as a problem on its row, never as a blank", async () => {
    const plain = path.join(dir, "plain4.xlsx");
    await notesThenDeals(plain);
    const zip = await JSZip.loadAsync(await fs.readFile(plain));
    zip.remove("xl/sharedStrings.xml");
    const noStrings = path.join(dir, "no-shared-strings.xlsx");
    await fs.writeFile(noStrings, await zip.generateAsync({ type: "nodebuffer" }));
    const source = await openTableSource(noStrings, "Deals");
    const cells = source.head.flat();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell).toBeInstanceOf(CellProblem);
      expect((cell as CellProblem).message).toMatch(/text is missing from the workbook/);
    }
    await source.close();
  });

  it("says a workbook cut short is cut short", async () => {
    const plain = path.join(dir, "plain3.xlsx");
    await notesThenDeals(plain);
    const cut = path.join(dir, "cut.xlsx");
    const bytes = await fs.readFile(plain);
    await fs.writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(openTableSource(cut, undefined)).rejects.toThrow(
      `'${cut}' is not a readable .xlsx workbook (the file ends before its zip directory: it is cut short or damaged) - open and re-save it in Excel`,
    );
  });

  it("says how much of the sheet has been read, for the time left on a long run", async () => {
    const file = path.join(dir, "long.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
    const ws = wb.addWorksheet("Deals");
    ws.addRow(["Deal ID", "Destination", "Product category"]).commit();
    for (let i = 0; i < 30_000; i++) ws.addRow([`D-${i}`, "Germany", "Firewall"]).commit();
    ws.commit();
    await wb.commit();
    const source = await openTableSource(file, undefined);
    const seen: number[] = [];
    let rows = 0;
    for await (const _ of source.rows(0)) if (++rows % 3_000 === 0) seen.push(source.readFraction()!);
    seen.push(source.readFraction()!);
    expect(rows).toBe(30_000);
    expect(seen[0]).toBeLessThan(0.5);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
  });
});
