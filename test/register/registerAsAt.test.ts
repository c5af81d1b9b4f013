import ExcelJS from "exceljs";
import { readBack, registerInputFor, writeInMemory } from "./registerTestKit";

/** All cell texts of a sheet, one string per row (merged cells once). */
function rowTexts(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    // A merged cell repeats its value in every cell it covers: keep it once.
    row.eachCell((cell) => {
      if (!cell.isMerged || cell.master === cell) cells.push(String(cell.value ?? ""));
    });
    out.push(cells.join(" | "));
  });
  return out;
}

describe("register: as-at date, WGI years and applied restrictions", () => {
  const rows = [
    ["Deal ID", "Customer", "Country", "End user type", "Capability", "As at"],
    ["HK-1", "Hong Kong Police Force", "Hong Kong", "Law enforcement", "Device forensics", "2020-11-15"],
    ["HK-2", "Hong Kong Police Force", "Hong Kong", "Law enforcement", "Device forensics", "2020-06-30"],
    ["NO-1", "Statnett (fictional)", "Norway", "Enterprise", "Firewall", "2012-06-30"],
  ];
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await readBack(await writeInMemory(registerInputFor(rows, "As-at register", "2026-12-01")));
  });

  test("Read me shows the as-at dates, the WGI years used and each applied restriction's instrument and source", () => {
    const readMe = rowTexts(book.getWorksheet("Read me")!);
    expect(readMe).toContain("Deals assessed as at | 2012-06-30 to 2020-11-15 (per deal, 3 dates)");
    expect(readMe).toContain("WGI year(s) used | 2011, 2019");
    const hk = readMe.find((l) => l.startsWith("HK | arms-embargo - UK: UK arms embargo on mainland China extended to Hong Kong"));
    expect(hk).toContain("in force since 2020-07-20; verified; source: https://www.gov.uk/guidance/arms-embargo-on-china)");
    expect(readMe.some((l) => l.startsWith("HK | state-of-concern - company policy:"))).toBe(true);
  });

  test("the Reference data sheet lists, per destination, the restrictions applied with instrument, dates and source", () => {
    const ref = rowTexts(book.getWorksheet("Reference data")!);
    const hk = ref.find((l) => l.startsWith("Hong Kong | HK"))!;
    expect(hk).toContain("arms-embargo - UK: UK arms embargo on mainland China extended to Hong Kong");
    expect(hk).toContain("source: https://www.gov.uk/guidance/arms-embargo-on-china");
    const norway = ref.find((l) => l.startsWith("Norway | NO"))!;
    expect(norway).not.toContain("embargo");
    expect(ref.some((l) => l.includes("Assessed as at 2012-06-30 to 2020-11-15 (per deal, 3 dates); WGI year(s) used: 2011, 2019."))).toBe(
      true,
    );
  });
});
