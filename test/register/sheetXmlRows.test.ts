import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS, { type CellValue, type Style } from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import type { RegisterSheet } from "../../core/register/registerBook";
import { excelJsRows } from "../../core/register/sheetRows";
import { sheetXmlRows } from "../../cli/output/sheetXmlRows";
import { tempDir } from "./registerTestKit";

/** Shared column styles as the register uses them: number formats, wrapping, fonts, and none at all. */
const STYLES: (Partial<Style> | undefined)[] = [
  { numFmt: "@", alignment: { wrapText: true, vertical: "top" } },
  { alignment: { vertical: "top" } },
  { numFmt: "#,##0", alignment: { vertical: "top", horizontal: "center" }, font: { size: 10 } },
  { numFmt: "yyyy-mm-dd" },
  undefined,
  { font: { bold: true, color: { argb: "FF9C0006" } } },
];

type Row = { values: CellValue[]; height?: number };

/** Text with markup characters, control characters, line breaks, surrogates and emoji. */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom('=HYPERLINK("x")', "a & b < c > 'd' \"e\"", "line\nbreak\r\ttab", "\u0000\u0008\u000b\u001f\u007f", "😀\ud800", " lead"),
);
const value: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  text,
  fc.double(),
  fc.integer(),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }),
  fc.constant(undefined),
  // Values the direct path hands to exceljs.
  fc.boolean(),
  fc.constant({ richText: [{ text: "rich" }] } as CellValue),
);
const row: fc.Arbitrary<Row> = fc.record({
  values: fc.array(value, { maxLength: STYLES.length }),
  height: fc.option(fc.integer({ min: 15, max: 409 }), { nil: undefined }),
});

async function writeBook(file: string, header: boolean, rows: Row[], direct: boolean): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  book.created = book.modified = new Date(Date.UTC(2026, 0, 1));
  const sheet = book.addWorksheet("Rows");
  sheet.columns = STYLES.map(() => ({ width: 12 }));
  if (header) {
    sheet.addRow(STYLES.map((_, i) => `Column ${i + 1}`));
    sheet.getRow(1).height = 30;
  }
  const out = (direct ? sheetXmlRows : excelJsRows)(sheet as RegisterSheet);
  for (const r of rows) out.add(r.values, STYLES, r.height);
  out.flush();
  sheet.addRow(["written after the rows"]).commit();
  sheet.commit();
  await book.commit();
}

async function parts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out[name] = await zip.files[name].async("string");
  return out;
}

describe("register rows written as sheet XML", () => {
  it("give a workbook identical, part by part and byte by byte, to the one exceljs writes for the same rows", async () => {
    const dir = await tempDir();
    try {
      let k = 0;
      await fc.assert(
        fc.asyncProperty(fc.boolean(), fc.array(row, { maxLength: 40 }), async (header, rows) => {
          const a = path.join(dir, `direct-${k}.xlsx`);
          const b = path.join(dir, `exceljs-${k++}.xlsx`);
          await writeBook(a, header, rows, true);
          await writeBook(b, header, rows, false);
          expect(await parts(a)).toEqual(await parts(b));
        }),
        { numRuns: 60 },
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("give the same workbook as exceljs when the rows run to many megabytes, one of them longer than a block", async () => {
    const dir = await tempDir();
    try {
      const long = "Destination: Brazil - 3 of 5; lower of the percentile ranks & more <text> 'quoted' \"twice\" é 😀\n".repeat(8);
      const rows: Row[] = Array.from({ length: 6000 }, (_, i) => ({
        values: [`D-${i}`, long.slice(i % 50), i * 1.5, new Date(Date.UTC(2026, 0, 1 + (i % 365))), i % 3 ? undefined : "x", true],
        height: i % 4 ? undefined : 45,
      }));
      // A row longer than the 1 MB block it is encoded into.
      rows.splice(3000, 0, { values: ["huge", "é<&>".repeat(120_000), 1], height: 409 });
      const a = path.join(dir, "direct.xlsx");
      const b = path.join(dir, "exceljs.xlsx");
      await writeBook(a, true, rows, true);
      await writeBook(b, true, rows, false);
      const [pa, pb] = [await parts(a), await parts(b)];
      expect(pa["xl/worksheets/sheet1.xml"].length).toBeGreaterThan(5_000_000);
      expect(pa).toEqual(pb);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("go through exceljs unchanged on the in-memory workbook", () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Rows");
    const out = sheetXmlRows(sheet as RegisterSheet);
    out.add(["a", 1, undefined, new Date(Date.UTC(2026, 0, 2))], STYLES, 30);
    out.flush();
    const r = sheet.getRow(1);
    expect(r.values).toEqual([undefined, "a", 1, undefined, new Date(Date.UTC(2026, 0, 2))]);
    expect(r.height).toBe(30);
    expect(r.getCell(1).numFmt).toBe("@");
    expect(r.getCell(4).numFmt).toBe("yyyy-mm-dd");
  });
});
