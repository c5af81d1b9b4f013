import { createScreener, entryContentHash, importLists, listFacts, makeDecision, type ScreeningList } from "../../core/screening";
import { chunkXml, readChunkXml, splitText } from "../../addin/excel/customXmlText";
import { readStoredScreening, screeningSettingsKey, storedListFacts, writeStoredScreening } from "../../addin/excel/screeningStore";
import { screenIntoSheet } from "../../addin/excel/screenIntoSheet";
import { screenColumns } from "../../addin/excel/screenColumns";
import { FakeWorkbook } from "../support/fakeExcel";
import { installOfficeSettings } from "../support/fakeOfficeSettings";
import { realFile } from "../screening/realLists";

function load(file: string): ScreeningList {
  const r = importLists([realFile(file)])[0];
  if (!r.ok) throw new Error(r.error.message);
  return r.list;
}
let sdn: ScreeningList;
let csl: ScreeningList;
beforeAll(() => {
  sdn = load("ofac-sdn-2024-05-03.csv");
  csl = load("us-csl-sample.csv");
});

function host(): FakeWorkbook {
  const wb = new FakeWorkbook();
  (globalThis as unknown as { Excel: unknown }).Excel = wb.excel();
  return wb;
}

describe("custom XML chunks", () => {
  test("text with markup, quotes, control and astral characters survives split, XML and back", () => {
    const text = JSON.stringify(["<a & b>", 'say "hi"', "\u0001\uFFFE", "😀".repeat(5), "Ltd."]);
    const pieces = splitText(text, 7);
    expect(pieces.join("")).toBe(text);
    const back = pieces.map((t, i) =>
      readChunkXml(`<?xml version="1.0"?>${chunkXml({ kind: "list", key: "k&1", part: i + 1, of: pieces.length, text: t })}`)!,
    );
    expect(back.every((c) => c.key === "k&1" && c.of === pieces.length)).toBe(true);
    expect(JSON.parse(back.map((c) => c.text).join(""))).toEqual(JSON.parse(text));
  });
  test("parts are budgeted in UTF-8 bytes of the escaped text (Excel on the web's limit), not in characters", () => {
    const text = "محمد & 東京 😀 ".repeat(100_000);
    const pieces = splitText(text);
    expect(pieces.join("")).toBe(text);
    for (const p of pieces) {
      const body = chunkXml({ kind: "list", key: "k", part: 1, of: 1, text: p }).replace(/^<[^>]*>|<\/[^>]*>$/g, "");
      expect(Buffer.byteLength(body, "utf8")).toBeLessThanOrEqual(1_000_000);
    }
    expect(pieces.length).toBeGreaterThan(2);
  });
  test("XML that is not ours reads as nothing", () => {
    expect(readChunkXml("<other xmlns='x'>1</other>")).toBeUndefined();
  });
});

describe("lists stored in the workbook", () => {
  test("the 2024 SDN and the CSL sample round-trip: same facts, same entries, same decision keys, parts under 1 MB each", async () => {
    const settings = installOfficeSettings();
    const wb = host();
    const entry = sdn.entries.find((e) => e.entryId === "48067")!;
    const decision = makeDecision({
      entry,
      inputName: "Cytrox A.D.",
      status: "cleared",
      by: "A. Reviewer",
      at: "2026-11-20",
      reason: "other company",
    });
    expect(await writeStoredScreening([sdn, csl], [decision])).toBeUndefined();
    expect(settings.saves).toBe(1);
    const parts = [...wb.customXmlParts.values()];
    expect(parts.length).toBe(4); // SDN in two chunks, the CSL sample, the decisions
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(1_100_000);
    // The settings hold only the record: small, whatever the size of the lists.
    expect(String(settings.store[screeningSettingsKey]).length).toBeLessThan(5_000);
    expect(storedListFacts().map((f) => [f.source, f.entryCount, f.contentHash])).toEqual([
      [sdn.source, sdn.entryCount, sdn.contentHash],
      [csl.source, csl.entryCount, csl.contentHash],
    ]);

    const back = await readStoredScreening();
    expect(back.problems).toEqual([]);
    expect(back.lists.map((l) => l.entries.length)).toEqual([sdn.entries.length, csl.entries.length]);
    expect(listFacts(back.lists[0])).toEqual(listFacts(sdn));
    expect(back.lists[0].entries.map(entryContentHash)).toEqual(sdn.entries.map(entryContentHash));
    expect(back.lists[1].entries.map(entryContentHash)).toEqual(csl.entries.map(entryContentHash));
    expect(back.decisions).toEqual([decision]);
    // The stored decision applies to the screener rebuilt from the stored lists.
    const hits = createScreener(back.lists, { decisions: back.decisions }).screen("Cytrox A.D.");
    expect(hits.find((h) => h.entryId === "48067")?.decision?.status).toBe("cleared");
  });

  test("saving again keeps unchanged lists' parts, removes a dropped list and leaves no stray parts", async () => {
    installOfficeSettings();
    const wb = host();
    await writeStoredScreening([sdn, csl], []);
    const sdnParts = [...wb.customXmlParts.keys()].slice(0, 2);
    wb.customXmlParts.set(
      "{STRAY}",
      chunkXml({ kind: "list", key: "old", part: 1, of: 1, text: "{}" }).replace("<exportRiskData", "<exportRiskData"),
    );
    expect(await writeStoredScreening([sdn], [])).toBeUndefined();
    expect([...wb.customXmlParts.keys()]).toEqual(sdnParts);
    const back = await readStoredScreening();
    expect(back.lists.map((l) => l.source)).toEqual([sdn.source]);
  });

  test("a stored part that was lost is reported by the list's name, and the other lists still load", async () => {
    installOfficeSettings();
    const wb = host();
    await writeStoredScreening([csl, sdn], []);
    wb.customXmlParts.delete([...wb.customXmlParts.keys()][2]);
    const back = await readStoredScreening();
    expect(back.lists.map((l) => l.source)).toEqual([csl.source]);
    expect(back.problems).toEqual([
      "OFAC Specially Designated Nationals and Blocked Persons (sdn.csv) is recorded in this workbook but its stored data is missing or altered. Load the list file again.",
    ]);
  });

  test("a workbook with nothing stored reads as no lists, no decisions and no problems", async () => {
    installOfficeSettings();
    host();
    expect(await readStoredScreening()).toEqual({ lists: [], decisions: [], problems: [] });
  });

  test("a read-only workbook: the save failure is said in words", async () => {
    const settings = installOfficeSettings();
    settings.failSaves = true;
    host();
    expect(await writeStoredScreening([csl], [])).toMatch(/could not be saved in the workbook: The document is read-only/);
  });
});

describe("screening a partner table into the sheet", () => {
  const partners: (string | number)[][] = [
    ["Partner ID", "Partner name", "Country"],
    ["P-1", "200G PSA Holdings, L.L.C.", "United States"],
    ["P-2", "Contoso Reseller GmbH", "Germany"],
    ["", "", ""],
    ["P-4", "Abu Reihan Group", "Iran"],
  ];
  const headers = screenColumns.map((c) => c.header);
  function workbook(rows = partners): FakeWorkbook {
    const wb = host();
    wb.addSheet("Partners", rows);
    wb.addTable("Partners", "Partners", rows.length, rows[0].length);
    return wb;
  }

  test("writes the status, best match, entry, score, list, programme and review beside the table, in two round trips", async () => {
    const wb = workbook();
    const out = await screenIntoSheet({
      source: { kind: "table", name: "Partners" },
      screener: createScreener([csl]),
      screenedAt: "2026-11-20 10:00 UTC",
    });
    if (out.status !== "done") throw new Error(JSON.stringify(out));
    expect(out.syncs).toBe(2);
    expect(wb.row("Partners", 0)).toEqual([...partners[0], ...headers]);
    expect(wb.row("Partners", 1).slice(3, 6)).toEqual([
      "match",
      "200G PSA HOLDINGS LLC",
      expect.stringMatching(/^US CSL .*200G PSA HOLDINGS LLC$/),
    ]);
    expect(wb.row("Partners", 1)[7]).toBe("US CSL");
    expect(wb.row("Partners", 2).slice(3)).toEqual(["clear", "", "", "", "", "", "", "2026-11-20 10:00 UTC"]);
    expect(wb.row("Partners", 3).slice(3)).toEqual(["", "", "", "", "", "", "", ""]);
    expect(wb.row("Partners", 4)[3]).toBe("match");
    // The partners are untouched and every write lies in the tool's columns D..K.
    partners.forEach((r, i) => expect(wb.row("Partners", i).slice(0, 3)).toEqual(r));
    for (const w of wb.writes) expect(w).toMatch(/^Partners![D-K]\d+(:[D-K]\d+)?$/);
    expect(
      Object.keys(wb.namesOf("Partners"))
        .map((n) => n.replace(/_\d+$/, ""))
        .sort(),
    ).toEqual(screenColumns.map((c) => `ExportRisk_${c.key}`).sort());
    expect(out.sheetRows).toEqual([2, 3, 5]);
    expect(out.nameColumn).toBe(1);
  });

  test("screening again updates the same columns, adding no columns, names or colour rules; a decision shows as cleared", async () => {
    const wb = workbook();
    const screener = createScreener([csl]);
    await screenIntoSheet({ source: { kind: "table", name: "Partners" }, screener, screenedAt: "T1" });
    const names = wb.namesOf("Partners");
    const rules = wb.conditionalFormats.length;
    const entry = csl.entries.find((e) => e.listName === "200G PSA HOLDINGS LLC")!;
    const decision = makeDecision({
      entry,
      inputName: "200G PSA Holdings, L.L.C.",
      status: "cleared",
      by: "A. Reviewer",
      at: "2026-11-20",
      reason: "dissolved 2019, no link",
    });
    const out = await screenIntoSheet({
      source: { kind: "table", name: "Partners" },
      screener: createScreener([csl], { decisions: [decision] }),
      screenedAt: "T2",
    });
    expect(out.status).toBe("done");
    expect(wb.namesOf("Partners")).toEqual(names);
    expect(wb.conditionalFormats.length).toBe(rules);
    expect(wb.row("Partners", 0).length).toBe(3 + headers.length);
    expect(wb.row("Partners", 1)[3]).toBe("cleared");
    expect(wb.row("Partners", 1)[9]).toBe("cleared by A. Reviewer on 2026-11-20: dissolved 2019, no link");
    expect(wb.row("Partners", 1)[10]).toBe("T2");
  });

  test("a user's column that reads like the tool's is refused, not overwritten; written after the data only when asked", async () => {
    const rows = partners.map((r, i) => [...r, i === 0 ? "Screening: status" : "my note"]);
    const wb = workbook(rows);
    const first = await screenIntoSheet({ source: { kind: "table", name: "Partners" }, screener: createScreener([csl]), screenedAt: "T" });
    expect(first.status).toBe("conflict");
    if (first.status === "conflict")
      expect(first.conflicts[0].message).toBe("Column D ('Screening: status') was not created by this tool, so it is left as it is.");
    expect(wb.writes).toEqual([]);
    const second = await screenIntoSheet({
      source: { kind: "table", name: "Partners" },
      screener: createScreener([csl]),
      screenedAt: "T",
      afterUsedRange: true,
    });
    expect(second.status).toBe("done");
    expect(wb.row("Partners", 1)[3]).toBe("my note");
    expect(wb.value("Partners!E1")).toBe("Screening: status");
  });

  test("cells beside the table holding the user's data are never written", async () => {
    const wb = workbook();
    wb.sheet("Partners").set(2, 4, "keep me");
    const out = await screenIntoSheet({ source: { kind: "table", name: "Partners" }, screener: createScreener([csl]), screenedAt: "T" });
    expect(out.status).toBe("conflict");
    expect(wb.value("Partners!E3")).toBe("keep me");
    expect(wb.writes).toEqual([]);
  });

  test("a table without a names header says which headers are understood", async () => {
    workbook([
      ["A", "B"],
      ["x", "y"],
    ]);
    const out = await screenIntoSheet({ source: { kind: "table", name: "Partners" }, screener: createScreener([csl]), screenedAt: "T" });
    expect(out.status === "failed" && out.message).toMatch(
      /^Partners!A1:B2: no column of names in the header row - head the names column Name, Partner/,
    );
  });

  test("screening columns beside scored deals go after the score columns, which are neither input nor overwritten", async () => {
    const wb = workbook();
    const sheet = wb.sheet("Partners");
    sheet.set(0, 3, "Risk: decision");
    sheet.names.set("ExportRisk_Decision_1", { row: 0, column: 3 });
    sheet.set(1, 3, "Proceed");
    const out = await screenIntoSheet({
      source: { kind: "usedRange", sheet: "Partners" },
      screener: createScreener([csl]),
      screenedAt: "T",
    });
    expect(out.status).toBe("done");
    expect(wb.row("Partners", 0).slice(3, 5)).toEqual(["Risk: decision", "Screening: status"]);
    expect(wb.value("Partners!D2")).toBe("Proceed");
  });
});
