import { scoreIntoSheet } from "../../addin/excel/scoreIntoSheet";
import { createContext } from "../../core/scoring/createContext";
import { scoreTable } from "../../core/intake/scoreTable";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { basisSourcesOf, dealBasis } from "../../core/reviews/dealBasis";
import { reviewLookup } from "../../core/reviews/reviewLookup";
import { createReview } from "../../core/reviews/createReview";
import type { ReviewRecord } from "../../core/reviews/reviewTypes";
import type { ReviewSource } from "../../addin/excel/reviewColumns";
import { FakeWorkbook } from "../support/fakeExcel";
import { samplePipelineRows } from "../support/samplePipeline";

const ctx = createContext();
const profile = defaultProfile();
const rows = samplePipelineRows();
const width = rows[0].length;
const countryColumn = rows[0].indexOf("Destination country");

function workbook(data = rows): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("Deals", data);
  wb.addTable("Deals", "Deals", data.length, data[0].length);
  (globalThis as unknown as { Excel: unknown }).Excel = wb.excel();
  return wb;
}

/** An escalation of the sample's first escalated deal, signed off as the deal stands in the sample. */
function signOff(): { record: ReviewRecord; sheetRow: number } {
  const scored = scoreTable(rows, ctx).results.find((r) => r.status === "ok" && r.assessment.decision === "escalate" && r.deal.id);
  if (!scored || scored.status !== "ok") throw new Error("the sample has an escalated deal");
  const r = createReview(
    {
      dealId: scored.deal.id,
      decision: "escalate",
      reviewer: "A. Lee",
      approver: "B. Khan",
      date: "2026-03-31",
      conditions: [{ text: "End-use visit", owner: "C. Ortiz", due: "2026-06-30" }],
    },
    "escalate",
    dealBasis(scored.deal, scored.assessment, basisSourcesOf(ctx)),
    profile,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return { record: r.record, sheetRow: scored.row - 1 };
}

async function score(wb: FakeWorkbook, reviews: ReviewSource) {
  const out = await scoreIntoSheet({
    source: { kind: "table", name: "Deals" },
    profile,
    assessedAt: "T",
    reviews,
    score: (r, first) => scoreTable(r, ctx, { firstRowNumber: first }).results,
  });
  if (out.status !== "done") throw new Error(JSON.stringify(out));
  const head = wb.row("Deals", 0);
  const at = (h: string) => head.indexOf(h);
  return (sheetRow: number) =>
    ["Risk: decision taken", "Risk: approved by", "Risk: review by", "Risk: review status"].map((h) => wb.row("Deals", sheetRow)[at(h)]);
}

describe("the review columns of the score run", () => {
  const { record, sheetRow } = signOff();
  const lookup = (today: string) => ({ lookup: reviewLookup([record], basisSourcesOf(ctx), today) });

  test("a signed-off deal shows its decision taken, approver and review date; the others show they are not signed off", async () => {
    const wb = workbook();
    const cells = await score(wb, lookup("2026-04-01"));
    expect(cells(sheetRow)).toEqual(["Escalate", "B. Khan", "2026-09-30", "Current (review by 2026-09-30)"]);
    const other = sheetRow === 1 ? 2 : 1;
    expect(cells(other)[3]).toMatch(/^(Not signed off|Not assessed: fix the input, then sign the deal off)$/);
    expect(cells(other).slice(0, 3)).toEqual(["", "", ""]);
  });

  test("an edited deal reads as stale when scored again: nothing of the old sign-off is carried onto it", async () => {
    const wb = workbook();
    await score(wb, lookup("2026-04-01"));
    wb.sheets.get("Deals")!.set(sheetRow, countryColumn, "Kenya");
    const cells = await score(wb, lookup("2026-04-01"));
    expect(cells(sheetRow)).toEqual([
      "",
      "",
      "",
      "Stale - needs a new review: Since the review of 2026-03-31, the deal's input, the reference data changed",
    ]);
  });

  test("past its review-by date the record is overdue, still naming who approved it", async () => {
    const cells = await score(workbook(), lookup("2026-10-01"));
    expect(cells(sheetRow)).toEqual(["Escalate", "B. Khan", "2026-09-30", "Overdue: review was due 2026-09-30"]);
  });

  test("records that could not be read make every state unknown, never 'not signed off'", async () => {
    const cells = await score(workbook(), { unavailable: "the stored data is missing or altered" });
    expect(cells(sheetRow)).toEqual(["", "", "", "Unknown: the stored data is missing or altered"]);
  });

  test("a user's own 'Approved by' column beside the deals is read as theirs and never written", async () => {
    const mine = rows.map((r, i) => [...r, i === 0 ? "Approved by" : `mine ${i}`]);
    const wb = workbook(mine);
    await score(wb, lookup("2026-04-01"));
    mine.forEach((r, i) => expect(wb.row("Deals", i)[width]).toBe(r[width]));
  });
});
