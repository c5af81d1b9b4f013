import { importLists, type ScreeningList } from "../../core/screening";
import { createReview } from "../../core/reviews/createReview";
import { defaultProfile } from "../../core/methodology/loadProfile";
import type { ReviewRecord } from "../../core/reviews/reviewTypes";
import { readStoredReviews, reviewsNamespace, reviewsSettingsKey, writeStoredReviews } from "../../addin/excel/reviewStore";
import { readStoredScreening, writeStoredScreening } from "../../addin/excel/screeningStore";
import { FakeWorkbook } from "../support/fakeExcel";
import { installOfficeSettings } from "../support/fakeOfficeSettings";
import { realFile } from "../screening/realLists";
import { ROWS, scoreOne } from "../reviews/reviewKit";

const profile = defaultProfile();
const { basis } = scoreOne(ROWS.egypt);

function record(i: number, extra: Partial<Parameters<typeof createReview>[0]> = {}): ReviewRecord {
  const r = createReview(
    {
      dealId: `E-${i}`,
      decision: "escalate",
      reviewer: "A. Lee",
      approver: "B. Khan",
      date: "2026-03-31",
      conditions: [{ text: "Post-shipment visit <site> & audit", owner: "C. Ortiz", due: "2026-09-30" }],
      notes: 'Ministry\'s "lawful intercept" unit; 東京 office',
      evidence: ["https://dms.example/deals/E-1/dd.pdf?a=1&b=2"],
      ...extra,
    },
    "escalate",
    basis,
    profile,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.record;
}

function host(): FakeWorkbook {
  const wb = new FakeWorkbook();
  (globalThis as unknown as { Excel: unknown }).Excel = wb.excel();
  return wb;
}

describe("decision records stored in the workbook", () => {
  test("records with markup, quotes and other scripts round-trip exactly; the settings hold only ids, count and hash", async () => {
    const settings = installOfficeSettings();
    const wb = host();
    const records = [record(1), record(2, { decision: "escalate", date: "2026-04-02" })];
    expect(await writeStoredReviews(records)).toBeUndefined();
    expect(settings.saves).toBe(1);
    expect([...wb.customXmlParts.values()].every((xml) => xml.includes(`xmlns="${reviewsNamespace}"`))).toBe(true);
    expect(JSON.parse(String(settings.store[reviewsSettingsKey]))).toMatchObject({ version: 1, count: 2 });
    expect(await readStoredReviews()).toEqual({ reviews: records, problems: [] });
  });

  test("thousands of records are split into parts under 1 MB and read back whole", async () => {
    installOfficeSettings();
    const wb = host();
    const records = Array.from({ length: 3000 }, (_, i) => record(i));
    expect(await writeStoredReviews(records)).toBeUndefined();
    const sizes = [...wb.customXmlParts.values()].map((x) => Buffer.byteLength(x, "utf8"));
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThan(1_001_000);
    const back = await readStoredReviews();
    expect(back.problems).toEqual([]);
    expect(back.reviews).toHaveLength(3000);
    expect(back.reviews[2999]).toEqual(records[2999]);
  });

  test("storing again replaces the earlier parts and leaves no strays", async () => {
    installOfficeSettings();
    const wb = host();
    await writeStoredReviews([record(1)]);
    const first = [...wb.customXmlParts.keys()];
    await writeStoredReviews([record(1), record(2)]);
    const second = [...wb.customXmlParts.keys()];
    expect(second.some((id) => first.includes(id))).toBe(false);
    expect((await readStoredReviews()).reviews.map((r) => r.dealId)).toEqual(["E-1", "E-2"]);
  });

  test("the screening store and the review store never delete each other's parts", async () => {
    installOfficeSettings();
    host();
    const imported = importLists([realFile("us-csl-sample.csv")])[0];
    if (!imported.ok) throw new Error(imported.error.message);
    const csl: ScreeningList = imported.list;
    await writeStoredReviews([record(1)]);
    await writeStoredScreening([csl], []);
    await writeStoredReviews([record(1), record(2)]);
    await writeStoredScreening([], []);
    await writeStoredScreening([csl], []);
    expect((await readStoredReviews()).reviews).toHaveLength(2);
    expect((await readStoredScreening()).lists.map((l) => l.source)).toEqual([csl.source]);
  });

  test("a lost or altered part is reported, and no record is read as if the deals were never signed off", async () => {
    installOfficeSettings();
    const wb = host();
    await writeStoredReviews([record(1)]);
    const [id, xml] = [...wb.customXmlParts][0];
    wb.customXmlParts.set(id, xml.replace("B. Khan", "B. Kahn"));
    expect(await readStoredReviews()).toEqual({
      reviews: [],
      problems: ["1 decision record(s) are recorded in this workbook but their stored data is missing or altered."],
    });
    wb.customXmlParts.delete(id);
    expect((await readStoredReviews()).problems).toHaveLength(1);
  });

  test("damaged settings are a problem, not an empty store", async () => {
    installOfficeSettings({ [reviewsSettingsKey]: "{not json" });
    host();
    expect((await readStoredReviews()).problems[0]).toMatch(/record of the decision records stored in this workbook is damaged/);
  });

  test("a workbook with nothing stored reads as no records and no problems, with no round trip", async () => {
    installOfficeSettings();
    const wb = host();
    expect(await readStoredReviews()).toEqual({ reviews: [], problems: [] });
    expect(wb.syncs).toBe(0);
  });

  test("a read-only workbook: the failure is said in words, the records stored before stay and the new parts are removed", async () => {
    const settings = installOfficeSettings();
    const wb = host();
    await writeStoredReviews([record(1)]);
    const before = [...wb.customXmlParts.keys()];
    settings.failSaves = true;
    expect(await writeStoredReviews([record(1), record(2)])).toMatch(/could not be saved in the workbook: The document is read-only/);
    expect([...wb.customXmlParts.keys()]).toEqual(before);
    expect((await readStoredReviews()).reviews.map((r) => r.dealId)).toEqual(["E-1"]);
  });
});
