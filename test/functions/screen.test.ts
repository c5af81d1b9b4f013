import { createScreener, importLists, makeDecision, type ScreeningList } from "../../core/screening";
import { resetFunctionsSettings, setFunctionsScreener, setFunctionsSettings } from "../../functions/context";
import { screen, screentable, scoretable } from "../../functions/functions";
import { realFile } from "../screening/realLists";
import { asError, installCustomFunctionsStandIn, StandInError } from "./customFunctionsStandIn";

beforeAll(installCustomFunctionsStandIn);
afterEach(resetFunctionsSettings);

function load(file: string): ScreeningList {
  const r = importLists([realFile(file)])[0];
  if (!r.ok) throw new Error(`${file} did not import: ${r.error.message}`);
  return r.list;
}
let sdn: ScreeningList;
let csl: ScreeningList;
let sdnScreener: ReturnType<typeof createScreener>;
beforeAll(() => {
  sdn = load("ofac-sdn-2024-05-03.csv");
  csl = load("us-csl-sample.csv");
  sdnScreener = createScreener([sdn]);
});

const NO_LISTS = "No restricted-party lists are loaded - open the Partners pane to load them";

describe("with no lists loaded", () => {
  test("SCREEN says #N/A with the reason instead of anything that reads as clear", () => {
    const e = asError(screen("Cytrox AD"));
    expect([e.code, e.message]).toEqual(["#N/A", NO_LISTS]);
  });
  test("SCREENTABLE says the same", () => {
    const e = asError(screentable([["Name"], ["Cytrox AD"]]));
    expect([e.code, e.message]).toEqual(["#N/A", NO_LISTS]);
  });
});

describe("error cells in a range of names (allowErrorForDataTypeAny)", () => {
  beforeEach(() => setFunctionsScreener(sdnScreener));
  test("an #N/A where a name should be is 'not screened' with the reason, never clear; the other names are screened", () => {
    const rows = screentable([["Name"], [new StandInError("#N/A")], ["Cytrox A.D."]]) as unknown[][];
    expect(rows[1].slice(0, 2)).toEqual(["not screened", "The name cell holds #N/A - correct it and the name is screened"]);
    expect(rows[2][0]).toBe("match");
  });
});

describe("SCREEN over the 2024 SDN list", () => {
  beforeEach(() => setFunctionsScreener(sdnScreener));

  test("a designated spyware vendor, spelt differently, is a match with the entry, programme, list and score", () => {
    const [row] = screen("Cytrox A.D.") as unknown[][];
    expect(row.slice(0, 5)).toEqual(["match", "CYTROX AD", "OFAC SDN 48067: CYTROX AD", "CYBER2", "OFAC SDN"]);
    expect(row[5]).toBeGreaterThanOrEqual(0.88);
    expect(row[6]).toBe("");
  });

  test("a name far from every entry is clear, with the hit columns blank", () => {
    expect(screen("Northwind Traders Ltd", "United Kingdom")).toEqual([["clear", "", "", "", "", "", ""]]);
  });

  test("a blank name, or something that is not a name, is #VALUE! with what to give", () => {
    for (const bad of ["", "   ", null, undefined, true]) {
      const e = asError(screen(bad as unknown as string));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/Give the name of a partner/);
    }
  });

  test("a cleared hit shows as cleared with the reviewer's words; a confirmed one stays a match", () => {
    const entry = (id: string) => sdn.entries.find((e) => e.entryId === id)!;
    const decide = (id: string, status: "cleared" | "confirmed") =>
      makeDecision({
        entry: entry(id),
        inputName: "Cytrox A.D.",
        status,
        by: "A. Reviewer",
        at: "2026-11-20",
        reason: "different company, Sofia register 123",
      });
    // "Cytrox A.D." hits CYTROX AD and, less closely, CYTROX HOLDINGS: clearing one leaves the other showing.
    setFunctionsScreener(createScreener([sdn], { decisions: [decide("48067", "cleared")] }));
    expect((screen("Cytrox A.D.") as unknown[][])[0].slice(0, 3)).toEqual([
      "match",
      "CYTROX HOLDINGS ZARTKORUEN MUKODO RESZVENYTARSASAG",
      expect.stringMatching(/^OFAC SDN 48069/),
    ]);
    setFunctionsScreener(createScreener([sdn], { decisions: [decide("48067", "cleared"), decide("48069", "cleared")] }));
    const [row] = screen("Cytrox A.D.") as unknown[][];
    expect(row.slice(0, 3)).toEqual(["cleared", "CYTROX AD", "OFAC SDN 48067: CYTROX AD"]);
    expect(row[6]).toBe("cleared by A. Reviewer on 2026-11-20: different company, Sofia register 123");
    // Same name in other case and punctuation: the decision holds; another name: it alerts again.
    expect((screen("CYTROX AD") as unknown[][])[0][0]).toBe("cleared");
    expect((screen("Cytrx AD") as unknown[][])[0][0]).toBe("match");
    setFunctionsScreener(createScreener([sdn], { decisions: [decide("48067", "confirmed"), decide("48069", "cleared")] }));
    expect((screen("Cytrox A.D.") as unknown[][])[0].slice(0, 2)).toEqual(["match", "CYTROX AD"]);
    expect((screen("Cytrox A.D.") as unknown[][])[0][6]).toMatch(/^confirmed by A. Reviewer/);
  });
});

describe("SCREENTABLE over the CSL sample", () => {
  beforeEach(() => setFunctionsScreener(createScreener([csl])));

  test("a column with a header: the header row gets the titles, one row per name, blank for blank", () => {
    const out = screentable([["Partner name"], ["200G PSA Holdings, L.L.C."], [""], ["Contoso Reseller GmbH"], [null]]) as unknown[][];
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual(["Screening status", "Matched name", "List entry", "Programme", "List", "Score", "Review"]);
    expect(out[1].slice(0, 2)).toEqual(["match", "200G PSA HOLDINGS LLC"]);
    expect(out[1][4]).toBe("US CSL");
    expect(out[2]).toEqual(["", "", "", "", "", "", ""]);
    expect(out[3][0]).toBe("clear");
    expect(out[4]).toEqual(["", "", "", "", "", "", ""]);
  });

  test("a column without a header: every row is a name", () => {
    const out = screentable([["Abu Reihan Group"], ["Fabrikam Inc"]]) as unknown[][];
    expect(out.map((r) => r[0])).toEqual(["match", "clear"]);
  });

  test("a partner table: the names column is found by its header and the other columns are ignored", () => {
    const out = screentable([
      ["Ref", "Country", "Reseller"],
      ["P1", "China", "54th Research Institute of China"],
      ["P2", "Norway", "Nordic Secure AS"],
    ]) as unknown[][];
    expect(out.map((r) => r[0])).toEqual(["Screening status", "match", "clear"]);
  });

  test("a wide range without a names header is #VALUE! saying how to mark the column", () => {
    const e = asError(
      screentable([
        ["a", "b"],
        ["c", "d"],
      ]),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/No column of names found.*header such as Name, Partner/);
  });

  test("an empty range is #VALUE!", () => {
    expect(asError(screentable([])).message).toMatch(/The range is empty/);
  });
});

test("the lists stay loaded when the methodology settings change, and SCORETABLE stops a deal whose end user is listed", () => {
  setFunctionsScreener(sdnScreener);
  setFunctionsSettings({});
  expect((screen("Intellexa S.A.") as unknown[][])[0][0]).toBe("match");
  const out = scoretable([
    ["Deal ID", "Destination country", "Product category", "End-user category", "End user"],
    ["D1", "Greece", "Firewall", "Enterprise", "Intellexa SA"],
  ]) as unknown[][];
  expect(out[0][2]).toBe("Stop");
});
