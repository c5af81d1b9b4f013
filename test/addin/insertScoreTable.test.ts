import { FakeWorkbook } from "../support/fakeExcel";
import { insertScoreTable, scoreTableHeaders } from "../../addin/excel/insertScoreTable";
import { placeScoreTable } from "../../addin/excel/placeScoreTable";

const deals = [
  ["Deal ID", "Destination country", "Product category"],
  ["D1", "Germany", "Firewall"],
  ["D2", "Iran", "Spyware"],
];

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("Deals", deals);
  wb.addTable("Deals", "Deals", deals.length, deals[0].length);
  (global as unknown as { Excel: unknown }).Excel = wb.excel();
  return wb;
}

test("the formula goes one empty column clear of the table (no auto-expansion, no #SPILL! in a table), beside the first deal", async () => {
  const wb = workbook();
  const r = await insertScoreTable("Deals");
  expect(r).toMatchObject({ status: "inserted", address: "Deals!E2", formula: "=EXPORTRISK.SCORETABLE(Deals[#All])" });
  expect(wb.formulas.get("Deals!E2")).toBe("=EXPORTRISK.SCORETABLE(Deals[#All])");
  expect(["E1", "F1", "G1", "H1"].map((a) => wb.value(`Deals!${a}`))).toEqual(scoreTableHeaders);
  expect(wb.value("Deals!D1")).toBe("");
  expect(wb.value("Deals!D2")).toBe(""); // the gap column stays empty
});

test("when the cells beside the table are taken, the formula goes on a sheet of its own and the pane says why", async () => {
  const wb = workbook();
  wb.sheet("Deals").set(2, 5, "a note");
  const r = await insertScoreTable("Deals");
  expect(r).toMatchObject({ status: "inserted", address: "Export risk scores!A2" });
  expect(r.status === "inserted" && r.note).toMatch(/not empty.*new sheet 'Export risk scores'/);
  expect(wb.value("Deals!F3")).toBe("a note");
  expect(wb.formulas.get("Export risk scores!A2")).toBe("=EXPORTRISK.SCORETABLE(Deals[#All])");
});

test("a sheet of that name already there is left alone: the next free name is used", async () => {
  const wb = workbook();
  wb.sheet("Deals").set(1, 4, "taken");
  wb.addSheet("Export risk scores", [["the user's own"]]);
  const r = await insertScoreTable("Deals");
  expect(r).toMatchObject({ status: "inserted", address: "Export risk scores (2)!A2" });
  expect(wb.value("Export risk scores!A1")).toBe("the user's own");
});

test("a formula that shows #SPILL! after all is reported with what to clear, not left as a silent error cell", async () => {
  const wb = workbook();
  wb.evaluate = () => "#SPILL!";
  const r = await insertScoreTable("Deals");
  expect(r.status).toBe("failed");
  expect(r.status === "failed" && r.error).toMatch(/Deals!E2 shows #SPILL!/);
});

test("placement: anything in the gap column counts as taken", () => {
  const box = { sheet: "S", rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 3 };
  expect(
    placeScoreTable(box, 4, [
      ["", "", "", "", ""],
      ["x", "", "", "", ""],
    ]).kind,
  ).toBe("newSheet");
  expect(
    placeScoreTable(box, 4, [
      ["", "", "", "", ""],
      ["", "", "", "", ""],
    ]),
  ).toEqual({ kind: "beside", sheet: "S", row: 1, column: 4, headerRow: 0 });
});
