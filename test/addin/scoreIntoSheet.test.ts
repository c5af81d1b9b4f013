import { FakeWorkbook } from "../support/fakeExcel";
import { pipelineOfSize, samplePipelineRows } from "../support/samplePipeline";
import { scoreIntoSheet, type ScoreRequest } from "../../addin/excel/scoreIntoSheet";
import { resultColumns } from "../../addin/excel/resultColumns";
import { createContext } from "../../core/scoring/createContext";
import { scoreTable } from "../../core/intake/scoreTable";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { basisSourcesOf } from "../../core/reviews/dealBasis";
import { reviewLookup } from "../../core/reviews/reviewLookup";

const ctx = createContext();
const profile = defaultProfile();
const assessedAt = "2026-11-20 10:00 UTC";

function request(source: ScoreRequest["source"], extra: Partial<ScoreRequest> = {}): ScoreRequest {
  return {
    source,
    profile,
    assessedAt,
    reviews: { lookup: reviewLookup([], basisSourcesOf(ctx), "2026-11-20") },
    score: (rows, first) => scoreTable(rows, ctx, { firstRowNumber: first }).results,
    ...extra,
  };
}

function workbookWith(rows: (string | number)[][], at = { row: 0, column: 0 }): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("Deals", rows, at);
  wb.addTable("Deals", "Deals", rows.length, rows[0].length, at);
  (global as unknown as { Excel: unknown }).Excel = wb.excel();
  return wb;
}

const headers = resultColumns.map((c) => c.header);
const sample = samplePipelineRows();
const width = sample[0].length; // 17 input columns: A..Q, results from R

describe("scoring a deals table into the sheet", () => {
  test("ten rows take two round trips and write only the tool's columns beside the table", async () => {
    const rows = pipelineOfSize(10);
    const wb = workbookWith(rows);
    const before = rows.map((_, r) => wb.row("Deals", r).slice(0, width));
    const out = await scoreIntoSheet(request({ kind: "table", name: "Deals" }));
    expect(out.status).toBe("done");
    expect(out.syncs).toBe(2);
    expect(wb.syncs).toBe(2);
    expect(wb.row("Deals", 0).slice(width)).toEqual(headers);
    // the deals themselves are untouched, and every write lies in columns R..AB
    rows.forEach((_, r) => expect(wb.row("Deals", r).slice(0, width)).toEqual(before[r]));
    for (const w of wb.writes) expect(w).toMatch(/^Deals!([R-Z]|A[AB])\d+(:([R-Z]|A[AB])\d+)?$/);
    // values are the core's assessment of the same rows
    const core = scoreTable(rows, ctx).results;
    core.forEach((r) => {
      const cells = wb.row("Deals", r.row - 1).slice(width);
      if (r.status !== "ok") throw new Error(`sample row ${r.row} should score`);
      expect(cells[0]).toBe(r.assessment.residual.score);
      expect(cells[1]).toBe(profile.bands.find((b) => b.id === r.assessment.residual.band)!.label);
      expect(cells[2]).toBe(profile.decisions.find((d) => d.id === r.assessment.decision)!.label);
      expect(cells[4]).toBe(r.assessment.drivers.slice(0, 4).join("; "));
      expect(cells.slice(5)).toEqual([assessedAt, "techUK-2014@2", "", "", "", "Not signed off"]);
    });
    // band colours: one rule per band on the band column's data cells
    const cfs = wb.conditionalFormats.filter((f) => f.column === width + 1);
    expect(cfs.map((f) => f.rule.formula1)).toEqual(['="Low"', '="Medium"', '="High"', '="Critical"']);
    expect(cfs.every((f) => f.row === 1 && f.rowCount === 10)).toBe(true);
  });

  test("10,000 rows take the same few round trips, each write under Excel's request limit", async () => {
    const rows = pipelineOfSize(10_000);
    const wb = workbookWith(rows);
    const out = await scoreIntoSheet(request({ kind: "table", name: "Deals" }));
    expect(out.status).toBe("done");
    expect(out.syncs).toBeLessThanOrEqual(5);
    expect(Math.max(...wb.writeCharsPerSync)).toBeLessThan(5_000_000);
    expect(wb.value("Deals!R10001")).not.toBe("");
    expect(wb.value("Deals!X10001")).toBe("techUK-2014@2");
  });

  test("a small write budget splits the rows into blocks, one sync each, and every row is written", async () => {
    const rows = pipelineOfSize(200);
    const wb = workbookWith(rows);
    const out = await scoreIntoSheet(request({ kind: "table", name: "Deals" }, { budgetChars: 20_000 }));
    expect(out.status).toBe("done");
    expect(wb.writeCharsPerSync.length).toBeGreaterThan(2);
    expect(out.syncs).toBe(1 + wb.writeCharsPerSync.length);
    expect(wb.value("Deals!X201")).toBe("techUK-2014@2");
  });

  test("re-running updates the same columns and adds no columns, names or colour rules", async () => {
    const rows = pipelineOfSize(10);
    const wb = workbookWith(rows);
    await scoreIntoSheet(request({ kind: "table", name: "Deals" }));
    const names = wb.namesOf("Deals");
    const after1 = rows.map((_, r) => wb.row("Deals", r));
    wb.sheet("Deals").set(1, 4, "Canada"); // row 2's destination changes
    await scoreIntoSheet(request({ kind: "table", name: "Deals" }, { assessedAt: "2026-11-21 09:00 UTC" }));
    expect(wb.namesOf("Deals")).toEqual(names);
    expect(wb.conditionalFormats).toHaveLength(4);
    expect(wb.row("Deals", 0)).toEqual(after1[0]);
    expect(wb.row("Deals", 3)[width + 5]).toBe("2026-11-21 09:00 UTC");
    expect(wb.row("Deals", 3).length).toBe(width + headers.length);
  });

  test("the tool's columns are found again after the user inserts a column before them", async () => {
    const rows = pipelineOfSize(5);
    const wb = workbookWith(rows);
    (global as unknown as { Excel: unknown }).Excel = wb.excel();
    await scoreIntoSheet(request({ kind: "usedRange", sheet: "Deals" }));
    wb.insertColumns("Deals", 3, 1);
    wb.sheet("Deals").set(0, 3, "Notes");
    await scoreIntoSheet(request({ kind: "usedRange", sheet: "Deals" }));
    expect(wb.row("Deals", 0).slice(width + 1)).toEqual(headers);
    expect(wb.row("Deals", 0).length).toBe(width + 1 + headers.length);
  });

  test("a user's column with the tool's header is never overwritten: the run stops and asks", async () => {
    const rows = pipelineOfSize(5).map((r, i) => [...r, i === 0 ? "Risk: decision" : "my own note"]);
    const wb = workbookWith(rows);
    const out = await scoreIntoSheet(request({ kind: "table", name: "Deals" }));
    expect(out.status).toBe("conflict");
    if (out.status !== "conflict") return;
    expect(out.conflicts[0].message).toMatch(/Column R \('Risk: decision'\) was not created by this tool/);
    expect(wb.writes).toEqual([]);
    // the user agrees to new columns after the data: their column keeps its cells
    const again = await scoreIntoSheet(request({ kind: "table", name: "Deals" }, { afterUsedRange: true }));
    expect(again.status).toBe("done");
    expect(wb.row("Deals", 2)[width]).toBe("my own note");
    expect(wb.row("Deals", 0).slice(width + 1)).toEqual(headers);
  });

  test("cells beside a selected range that hold the user's data stop the run before anything is written", async () => {
    const rows = pipelineOfSize(5);
    const wb = workbookWith(rows);
    wb.sheet("Deals").set(3, width + 2, "keep me");
    wb.selection = { sheet: "Deals", row: 0, column: 0, rowCount: 6, columnCount: width };
    const out = await scoreIntoSheet(request({ kind: "selection" }));
    expect(out.status).toBe("conflict");
    expect(out.syncs).toBe(2);
    expect(wb.writes).toEqual([]);
    expect(wb.value("Deals!T4")).toBe("keep me");
  });

  test("a deleted result column is written again and its dead marker removed", async () => {
    const wb = workbookWith(pipelineOfSize(5));
    await scoreIntoSheet(request({ kind: "usedRange", sheet: "Deals" }));
    wb.deleteColumn("Deals", width + 4); // the drivers column
    const out = await scoreIntoSheet(request({ kind: "usedRange", sheet: "Deals" }));
    expect(out.status).toBe("done");
    expect(Object.values(wb.namesOf("Deals"))).not.toContain("=#REF!");
    expect(Object.keys(wb.namesOf("Deals"))).toHaveLength(headers.length);
    expect(wb.row("Deals", 0).filter((h) => h === "Risk: drivers")).toHaveLength(1);
  });

  test("a protected sheet gives a clear message and nothing is written", async () => {
    const wb = workbookWith(pipelineOfSize(3));
    wb.sheet("Deals").protected = true;
    const out = await scoreIntoSheet(request({ kind: "table", name: "Deals" }));
    expect(out).toMatchObject({ status: "failed", message: expect.stringMatching(/Sheet 'Deals' is protected/) });
    expect(wb.writes).toEqual([]);
  });

  test("a table that no longer exists becomes a message that says what to do", async () => {
    workbookWith(pipelineOfSize(3));
    const out = await scoreIntoSheet(request({ kind: "table", name: "OldDeals" }));
    expect(out).toMatchObject({ status: "failed", message: expect.stringMatching(/could not be found.*Pick the deals table again/) });
  });

  test("row errors point at the offending cell in sheet coordinates", async () => {
    const wb = workbookWith(sample, { row: 2, column: 1 }); // table starts at B3
    const out = await scoreIntoSheet(request({ kind: "table", name: "Deals" }));
    if (out.status !== "done") throw new Error(out.status);
    const atlantis = out.errors.find((e) => e.id === "D-063")!;
    const sheetRow = 3 + sample.findIndex((r) => r[0] === "D-063");
    expect(atlantis.address).toBe(`F${sheetRow}`); // Destination country is the 5th column: B+4 = F
    expect(wb.value(`Deals!${atlantis.address}`)).toBe("Atlantis");
    expect(atlantis.message).toMatch(new RegExp(`^Row ${sheetRow} \\(D-063\\), Destination country 'Atlantis'`));
    // An unknown country: nothing stops it for sure, so the sheet says provisional escalate, never a blank.
    expect(wb.row("Deals", sheetRow - 1)[1 + width + 2]).toBe("Input error - provisional escalate");
  });
});

describe("a table too large for one response", () => {
  test("is read in row blocks with getRangeByIndexes when Excel refuses the whole range, and every row is scored", async () => {
    const rows = pipelineOfSize(60);
    const wb = workbookWith(rows);
    wb.responseLimitCells = 500; // Excel on the web's ~5 MB, scaled down
    const out = await scoreIntoSheet(request({ kind: "table", name: "Deals" }));
    expect(out.status).toBe("done");
    expect(wb.readCellsPerSync.length).toBeGreaterThan(2);
    expect(Math.max(...wb.readCellsPerSync)).toBeLessThanOrEqual(500);
    const expected = scoreTable(rows, ctx).results;
    const decision = wb.row("Deals", 0).indexOf("Risk: decision");
    expect(rows.slice(1).map((_, i) => wb.row("Deals", i + 1)[decision])).toHaveLength(expected.length);
    expect(wb.row("Deals", 60)[decision]).not.toBe("");
  });
});
