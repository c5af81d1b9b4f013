import { FakeWorkbook, excelStores } from "../support/fakeExcel";
import { pipelineOfSize } from "../support/samplePipeline";
import { addDealRow } from "../../addin/excel/addDealRow";
import { scoreIntoSheet } from "../../addin/excel/scoreIntoSheet";
import { asText } from "../../addin/excel/textCells";
import { createContext } from "../../core/scoring/createContext";
import { scoreTable } from "../../core/intake/scoreTable";
import { defaultProfile } from "../../core/methodology/loadProfile";

/** Text Excel would turn into a formula, a number or a date if written as it is. */
const hostile = ["=1+1", "+44 20", "-5", "@SUM(A1)", "1-2", "00123"];

function install(wb: FakeWorkbook): FakeWorkbook {
  (global as unknown as { Excel: unknown }).Excel = wb.excel();
  return wb;
}

test("the stand-in Excel coerces such text as Excel does when it is written bare, so the tests below can fail", () => {
  expect(hostile.map((v) => excelStores(v))).toEqual(["#FORMULA:=1+1", "#FORMULA:+44 20", -5, "#FORMULA:@SUM(A1)", 46001, 123]);
  expect(hostile.map((v) => excelStores(asText(v)))).toEqual(hostile);
});

test.each(hostile)("a deal appended from Assess keeps the name %p as text", async (name) => {
  const wb = install(new FakeWorkbook());
  wb.addSheet("Deals", [["Deal ID", "Customer", "Destination country"]]);
  wb.addTable("Deals", "Deals", 1, 3);
  const r = await addDealRow("Deals", () => [name, name, "Germany"]);
  expect(r).toEqual({ address: "Deals!A2:C2" });
  expect(wb.row("Deals", 1)).toEqual([name, name, "Germany"]);
});

test("appending a deal leaves columns the deal does not fill to Excel (null), so a calculated column keeps its formula", async () => {
  const wb = install(new FakeWorkbook());
  wb.addSheet("Deals", [["Deal ID", "Region (calculated)", "Destination country"]]);
  wb.addTable("Deals", "Deals", 1, 3);
  wb.tables[0].calculated = { 1: "=VLOOKUP([@[Destination country]],Regions,2,FALSE)" };
  const r = await addDealRow("Deals", (headers) =>
    headers.map((h) => (h === "Deal ID" ? "D-9" : h === "Destination country" ? "Kenya" : null)),
  );
  expect("address" in r).toBe(true);
  expect(wb.row("Deals", 1)).toEqual(["D-9", "=VLOOKUP([@[Destination country]],Regions,2,FALSE)", "Kenya"]);
});

test.each(hostile)("text the pipeline scoring writes beside the table (%p) stays text", async (text) => {
  const rows = pipelineOfSize(3);
  const wb = install(new FakeWorkbook());
  wb.addSheet("Deals", rows);
  wb.addTable("Deals", "Deals", rows.length, rows[0].length);
  const ctx = createContext();
  const out = await scoreIntoSheet({
    source: { kind: "table", name: "Deals" },
    profile: defaultProfile(),
    assessedAt: text,
    reviews: { unavailable: "not read in this test" },
    score: (r, first) => scoreTable(r, ctx, { firstRowNumber: first }).results,
  });
  expect(out.status).toBe("done");
  const column = wb.row("Deals", 0).indexOf("Risk: assessed at");
  expect([1, 2, 3].map((r) => wb.row("Deals", r)[column])).toEqual([text, text, text]);
});
