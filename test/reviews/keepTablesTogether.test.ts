import ExcelJS from "exceljs";
import { keepTablesTogether, scaleToFitWidth } from "../../core/register/lifecycle/keepTablesTogether";
import { parseFxRates } from "../../core/register/lifecycle/parseFxRates";
import type { RegisterSheet } from "../../core/register/registerBook";

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } } as const;

/** A sheet of plain 15-point rows with a titled table whose header starts at `headerRow`. */
function sheetWithTable(headerRow: number, rows = 10): RegisterSheet {
  const sheet = new ExcelJS.Workbook().addWorksheet("Dashboard") as RegisterSheet;
  for (let r = 1; r < headerRow - 1; r++) sheet.getCell(r, 1).value = `line ${r}`;
  sheet.getCell(headerRow - 1, 1).value = "Top residual risks";
  sheet.getCell(headerRow, 1).value = "Deal ID";
  sheet.getCell(headerRow, 1).fill = HEADER_FILL;
  for (let r = headerRow + 1; r <= headerRow + rows; r++) sheet.getCell(r, 1).value = `D-${r}`;
  return sheet;
}

describe("no table header is left alone at the foot of a printed page", () => {
  // At 100 %, A4 landscape holds 33 rows of 15 points (499 pt).
  it("a header that would land on the last lines of a page moves to the next page with its title", () => {
    const sheet = sheetWithTable(33);
    expect(keepTablesTogether(sheet, 43, 100)).toEqual([31]);
  });
  it("a table that fits where it is gets no break", () => {
    const sheet = sheetWithTable(10);
    expect(keepTablesTogether(sheet, 20, 100)).toEqual([]);
  });
  it("a smaller print scale fits more rows on the page before breaking", () => {
    const sheet = sheetWithTable(33);
    expect(keepTablesTogether(sheet, 43, 50)).toEqual([]);
  });
  it("the scale fits the dashboard's width on the page", () => {
    expect(scaleToFitWidth([26, 16, 12, 14, 12, 12, 3, 30, 12, 12, 14, 12, 12])).toBeLessThan(100);
    expect(scaleToFitWidth([10, 10])).toBe(100);
  });
});

describe("exchange rates", () => {
  const rows = (...r: string[][]) => [["from", "to", "rate", "date"], ...r];
  it("reads rates into one currency on one date", () => {
    expect(parseFxRates(rows(["usd", "GBP", "0.79", "2026-03-31"], ["EUR", "GBP", "0.85", "2026-03-31"]), "fx.csv")).toEqual({
      ok: true,
      fx: { currency: "GBP", asOf: "2026-03-31", source: "fx.csv", rates: { USD: 0.79, EUR: 0.85 } },
    });
  });
  it("refuses mixed target currencies, mixed dates, bad rates and a missing header, naming the row", () => {
    expect(parseFxRates(rows(["USD", "GBP", "0.79", "2026-03-31"], ["EUR", "USD", "1.1", "2026-03-31"]), "fx.csv")).toEqual({
      ok: false,
      message: "fx.csv, row 3: converts into USD, but earlier rows into GBP - use one target currency",
    });
    expect(parseFxRates(rows(["USD", "GBP", "0.79", "2026-03-31"], ["EUR", "GBP", "0.85", "2026-04-01"]), "fx.csv")).toMatchObject({
      ok: false,
      message: expect.stringContaining("row 3: dated 2026-04-01"),
    });
    expect(parseFxRates(rows(["USD", "GBP", "-1", "2026-03-31"]), "fx.csv")).toMatchObject({
      ok: false,
      message: expect.stringContaining("not a positive number"),
    });
    expect(parseFxRates([["currency", "rate"]], "fx.csv")).toMatchObject({
      ok: false,
      message: expect.stringContaining("from, to, rate and date"),
    });
  });
});
