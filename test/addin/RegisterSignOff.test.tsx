import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { RegisterView } from "../../addin/components/RegisterView";
import { createContext } from "../../core/scoring/createContext";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { scoreTable } from "../../core/intake/scoreTable";
import { basisSourcesOf, dealBasis } from "../../core/reviews/dealBasis";
import { createReview } from "../../core/reviews/createReview";
import { parseReviews, serializeReviews } from "../../core/reviews/reviewFile";
import { FakeWorkbook } from "../support/fakeExcel";
import { renderPane } from "../support/renderPane";
import { samplePipelineRows } from "../support/samplePipeline";
import type { Reviews } from "../../addin/state/useReviews";
import { memoryReviewStore, noReviews, WithReviews } from "../support/memoryReviews";

const ctx = createContext();
const profile = defaultProfile();
const rows = samplePipelineRows();

let blobs: Blob[];
beforeEach(() => {
  blobs = [];
  (globalThis as unknown as { Office: unknown }).Office = { context: { platform: "PC" } };
  URL.createObjectURL = (b: Blob) => (blobs.push(b), "blob:x");
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = () => undefined;
});

function signedOffD003(): Reviews {
  const scored = scoreTable(rows, ctx).results.find((r) => r.id === "D-003");
  if (!scored || scored.status !== "ok") throw new Error("D-003 scores");
  const r = createReview(
    { dealId: "D-003", decision: "decline", reviewer: "A. Lee", date: "2026-03-31" },
    scored.assessment.decision,
    dealBasis(scored.deal, scored.assessment, basisSourcesOf(ctx)),
    profile,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return { ...noReviews, records: [r.record] };
}

async function registerRow(reviews: Reviews, id: string): Promise<Record<string, string>> {
  const user = userEvent.setup();
  const wb = new FakeWorkbook();
  wb.addSheet("Deals", rows);
  wb.addTable("Deals", "Deals", rows.length, rows[0].length);
  renderPane(<RegisterView profile={profile} ctx={ctx} reviews={reviews} today={() => "2026-04-01"} />, wb);
  await screen.findByRole("option", { name: "Table Deals (Deals)" }, { timeout: 10_000 });
  await user.click(screen.getByRole("button", { name: "Download register (.xlsx)" }));
  await waitFor(() => expect(blobs).toHaveLength(1), { timeout: 30_000 });
  const book = new ExcelJS.Workbook();
  const bytes = await new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blobs[0]);
  });
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet("Register")!;
  let header: string[] = [];
  let found: Record<string, string> = {};
  sheet.eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1).map((v) => String(v ?? ""));
    if (cells.includes("Decision taken")) header = cells;
    else if (header.length && cells.includes(id)) found = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
  return found;
}

describe("the register built in the pane carries the workbook's sign-offs", () => {
  test("a deal signed off in the pane shows its decision taken and current review status", async () => {
    const row = await registerRow(signedOffD003(), "D-003");
    expect(row["Decision taken"]).toMatch(/^Decline$/i);
    expect(row["Review status"]).toBe("Current (review by 2026-09-30)");
  }, 60_000);

  test("records that could not be read: no deal shows as signed off, and the pane says why", async () => {
    const row = await registerRow({ ...noReviews, unreadable: "the stored data is missing or altered" }, "D-003");
    expect(Object.values(row)).toContain("D-003");
    expect(row["Decision taken"] ?? "").toBe("");
    expect(await screen.findByText(/could not be read, so no deal shows as signed off/)).toBeTruthy();
  }, 60_000);

  test("a reviews file from export-risk review is imported into the workbook, each record once", async () => {
    const user = userEvent.setup();
    const store = memoryReviewStore();
    const record = signedOffD003().records[0];
    renderPane(
      <WithReviews
        store={store}
        render={(reviews) => <RegisterView profile={profile} ctx={ctx} reviews={reviews} today={() => "2026-04-01"} />}
      />,
    );
    await screen.findByText(/0 decision record\(s\) stored in this workbook/);
    const file = () => new File([serializeReviews([record])], "reviews.json", { type: "application/json" });
    await user.upload(screen.getByLabelText("Import decision records (reviews.json)"), file());
    expect(await screen.findByText("1 decision record(s) from reviews.json added to this workbook (0 already in it).")).toBeTruthy();
    expect(store.saved).toEqual([[record]]);
    await user.upload(screen.getByLabelText("Import decision records (reviews.json)"), file());
    expect(await screen.findByText("0 decision record(s) from reviews.json added to this workbook (1 already in it).")).toBeTruthy();
    expect(store.saved).toHaveLength(1);
    await user.upload(
      screen.getByLabelText("Import decision records (reviews.json)"),
      new File(['{"reviews":[{"dealId":"X"}]}'], "bad.json", { type: "application/json" }),
    );
    expect(await screen.findByText(/bad.json: review 1 \(deal X\) has no "reviewer"/)).toBeTruthy();
    expect(store.saved).toHaveLength(1);

    // Exported, the records are a reviews file the command line reads.
    await user.click(screen.getByRole("button", { name: "Export decision records (reviews.json)" }));
    await screen.findByText("1 decision record(s) offered as the download reviews.json, for export-risk register --reviews.");
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[blobs.length - 1]);
    });
    expect(parseReviews(text, "reviews.json")).toEqual({ ok: true, reviews: [record] });
  });
});
