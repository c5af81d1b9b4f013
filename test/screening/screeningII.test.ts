import { createScreener, explanationText, importLists, queryVariants, type ScreeningList } from "../../core/screening";
import { realFile } from "./realLists";

function lists(...files: string[][]): ScreeningList[] {
  return files.map((group) => {
    const [r] = importLists(group.map(realFile));
    if (!r.ok) throw new Error(r.error.message);
    return r.list;
  });
}

const all = lists(["ofac-sdn-2024-05-03.csv"], ["un-consolidated-2026-02-27.xml"]);
const screener = createScreener(all, { threshold: 0.88, reviewFloor: 0.8 });
const ids = (name: string) => screener.screen(name).map((h) => h.entryId);

describe("words that do not pair up one to one", () => {
  it.each([
    ["PROM OCIONES CITADEL", "13017"],
    ["ZOR Security", "21333"],
    ["Hong Kong Kedo International Trade Co Ltd", "42937"],
    ["Hong Kong KE DO International Trade", "42937"],
  ])("a split, joined or punctuated word still alerts: '%s' on SDN %s", (name, id) => {
    expect(ids(name)).toContain(id);
  });

  it("a dropped middle word still alerts: 'GRUPO CORONA' on GRUPO CRISTAL CORONA", () => {
    expect(ids("GRUPO CORONA")).toContain("12190");
  });

  it("an initial stands for a given name: 'L. Reshetnikov' alerts on RESHETNIKOV, Leonid", () => {
    expect(ids("L. Reshetnikov")).toContain("21230");
  });

  it("an initial that is also a connecting word is kept: 'E. Khatib' alerts on KHATIB, Esmail", () => {
    expect(ids("E. Khatib")).toContain("39017");
  });

  it("a company's one-letter word is no initial: 'Southwest Airlines' does not match S. GROUP AIRLINES", () => {
    expect(screener.screen("Southwest Airlines").map((h) => h.listName)).not.toContain("S. GROUP AIRLINES LTD");
  });
});

describe("bracketed and trailing extras never hide a full match", () => {
  it("'Rapid Action Battalion (RAB)' alerts on RAPID ACTION BATTALION", () => {
    expect(ids("Rapid Action Battalion (RAB)")).toContain("33951");
  });

  it("'Intellexa SA (Athens)' alerts on INTELLEXA S.A.", () => {
    expect(ids("Intellexa SA (Athens)")).toContain("48059");
  });

  it.each(["Nordic Trading t/a Intellexa S.A.", "Acme Holdings (formerly Intellexa S.A.)", "Acme Holdings f/k/a Intellexa SA"])(
    "a name given after t/a, formerly or f/k/a is screened as a name of its own: '%s'",
    (name) => {
      expect(ids(name)).toContain("48059");
    },
  );

  it("the extras set aside are named in the explanation", () => {
    const [hit] = screener.screenDetailed("Intellexa SA (Athens)").hits;
    expect(hit.explanation.spelling).toBe("without extras");
    expect(hit.explanation.extras).toEqual(["(Athens)"]);
  });

  it("splits a name at its alias markers and keeps acronyms as names", () => {
    expect(queryVariants("Acme Ltd (ACL) trading as Foo Bar").variants.map((v) => v.text)).toEqual([
      "Acme Ltd (ACL) trading as Foo Bar",
      "Acme Ltd",
      "ACL",
      "Foo Bar",
    ]);
  });
});

describe("one inexact word never carries a match", () => {
  it.each([
    ["Intel Corporation", "INTEGRAL"],
    ["Centrica plc", "CENTURONIC"],
    ["Ying Wu", "WU, Yingjie"],
    ["Orange S.A.", "ORANGE VOLUNTEERS"],
  ])("'%s' does not alert on %s", (name, listed) => {
    expect(screener.screen(name).filter((h) => h.listName.includes(listed))).toEqual([]);
  });
});

describe("near misses", () => {
  it("are reported between the review floor and the threshold and never as a match", () => {
    const d = screener.screenDetailed("Intellexa SA");
    expect(d.nearMisses.length).toBeGreaterThan(0);
    for (const n of d.nearMisses) {
      expect(n.nearMiss).toBe(true);
      expect(n.score).toBeGreaterThanOrEqual(0.8);
      expect(n.score).toBeLessThan(0.88);
    }
    const matched = new Set(screener.screen("Intellexa SA").map((h) => h.entryId));
    for (const n of d.nearMisses) expect(matched.has(n.entryId)).toBe(false);
  });
});

describe("every hit explains itself word by word", () => {
  it("names the query part, the listed part, how they paired and the weight", () => {
    const [hit] = screener.screenDetailed("PROM OCIONES CITADEL").hits;
    expect(hit.explanation.tokens).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ query: "citadel", listed: "citadel", how: "exact" }),
        expect.objectContaining({ query: "prom + ociones", listed: "promociones", how: "joined" }),
      ]),
    );
    for (const t of hit.explanation.tokens) expect(t.weight).toBeGreaterThan(0);
    expect(explanationText(hit.explanation)).toContain("prom + ociones=promociones joined");
  });

  it("says so when the legal forms differ, and still alerts", () => {
    const hit = screener.screenDetailed("Kalashnikov Concern LLC").hits.find((h) => h.entryId === "16911");
    expect(hit?.explanation.legalForms).toBe("JOINT STOCK COMPANY on the list, LLC in the query");
  });

  it("does not call Ltd and Limited different forms", () => {
    const hit = screener.screenDetailed("Intellexa Ltd").hits.find((h) => h.listName === "INTELLEXA LIMITED");
    expect(hit?.explanation.legalForms).toBeUndefined();
  });
});

describe("the country is noted, never used to suppress", () => {
  const un = createScreener(lists(["un-consolidated-2026-02-27.xml"]));
  const name = "SADDAM HUSSEIN AL-TIKRITI";

  it("notes the same country", () => {
    const [hit] = un.screenDetailed(name, "Iraq").hits;
    expect(hit.explanation.country).toMatch(/^same country/);
  });

  it("notes a different country and keeps the hit", () => {
    const d = un.screenDetailed(name, "Norway");
    expect(d.hits.length).toBeGreaterThan(0);
    expect(d.hits[0].explanation.country).toMatch(/^different country/);
    expect(un.screen(name, "Norway").map((h) => h.entryId)).toEqual(un.screen(name).map((h) => h.entryId));
  });
});

describe("UN names in original script", () => {
  it("are imported as strong names", () => {
    const entry = all[1].entries.find((e) => e.names.some((n) => n.kind === "original script"));
    expect(entry).toBeDefined();
  });

  it("an Arabic-script query alerts on the entry", () => {
    expect(screener.screen("صدام حسين التكريتي").map((h) => h.listName)).toContain("SADDAM HUSSEIN AL-TIKRITI");
  });
});

describe("near misses in the Excel functions", () => {
  it("SCREEN shows 'near miss' with what almost matched when nothing matched: 'Intelexia SA'", () => {
    const { screenNameRow } = require("../../functions/screenSpill") as typeof import("../../functions/screenSpill");
    const sdnOnly = createScreener([all[0]], { threshold: 0.88, reviewFloor: 0.8 });
    expect(sdnOnly.screen("Intelexia SA")).toEqual([]);
    const row = screenNameRow(sdnOnly, "Intelexia SA");
    expect(row[0]).toBe("near miss");
    expect(row[1]).toMatch(/^INTELLEXA/);
    expect(row[5]).toBeGreaterThanOrEqual(0.8);
    expect(row[5]).toBeLessThan(0.88);
  });
});
