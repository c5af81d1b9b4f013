import { validateRestrictionTable, defaultRestrictionTable, indexRestrictions } from "../../core/reference/restrictions";
import type { RestrictionMeasure } from "../../core/reference/referenceTypes";
import shippedJson from "../../core/reference/restrictions.json";

const countriesFor = (measure: RestrictionMeasure): string[] =>
  defaultRestrictionTable()
    .rows.filter((r) => r.measure === measure)
    .map((r) => r.country)
    .sort();

const validTable = () => ({
  id: "my-restrictions",
  title: "Our restrictions",
  asOf: "2026-11-01",
  source: "Compliance team",
  caveat: "Checked monthly",
  rows: [{ country: "Russia", measure: "comprehensive-sanctions", authority: "UK", source: "gov.uk", asOf: "2026-11-01" }],
});

describe("shipped restrictions table", () => {
  test("has exactly the methodology's default countries per measure", () => {
    expect(countriesFor("comprehensive-sanctions")).toEqual(["BY", "IR", "KP", "RU", "SY"]);
    expect(countriesFor("interception-monitoring-restriction")).toEqual(["BY", "IR", "MM", "RU", "SY", "VE"]);
    expect(countriesFor("arms-embargo")).toEqual([
      "AF",
      "AM",
      "AZ",
      "CD",
      "CF",
      "CN",
      "HT",
      "IQ",
      "LB",
      "LY",
      "MM",
      "SD",
      "SO",
      "SS",
      "VE",
      "YE",
      "ZW",
    ]);
    expect(countriesFor("state-of-concern")).toEqual(["CN", "IR", "KP", "RU"]);
  });

  test("every row is dated and sourced, and the caveat says to check the official lists", () => {
    const table = defaultRestrictionTable();
    expect(table.asOf).toBe("2026-11-27");
    for (const row of table.rows) {
      expect(row.asOf).toBe("2026-11-27");
      expect(row.source.length).toBeGreaterThan(10);
      expect(row.authority.length).toBeGreaterThan(1);
    }
    expect(shippedJson.caveat).toMatch(/not been checked/);
    expect(shippedJson.caveat).toContain("Current arms embargoes and other restrictions");
  });

  test("is indexed by alpha-2", () => {
    const index = indexRestrictions(defaultRestrictionTable());
    expect(
      index
        .get("MM")
        ?.map((r) => r.measure)
        .sort(),
    ).toEqual(["arms-embargo", "interception-monitoring-restriction"]);
    expect(index.get("NO")).toBeUndefined();
  });
});

describe("validateRestrictionTable", () => {
  test("accepts country names and codes and stores alpha-2", () => {
    const table = validTable();
    table.rows.push({ country: "Burma", measure: "arms-embargo", authority: "UK/EU", source: "gov.uk", asOf: "2026-10-31" });
    const result = validateRestrictionTable(table);
    expect(result.ok && result.table.rows.map((r) => r.country)).toEqual(["RU", "MM"]);
  });

  test("names the row and field of an unknown country, measure or bad date", () => {
    const table = validTable();
    table.rows.push(
      { country: "Atlantis", measure: "arms-embargo", authority: "UK", source: "gov.uk", asOf: "2026-11-01" },
      { country: "Frnace", measure: "embargo", authority: "UK", source: "gov.uk", asOf: "2026-02-30" },
    );
    const result = validateRestrictionTable(table);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { row: 2, field: "country", message: "Row 2: country 'Atlantis' is not recognised - use a country name or ISO code" },
      {
        row: 3,
        field: "country",
        message: "Row 3: country 'Frnace' is not recognised - use a country name or ISO code (did you mean 'France'?)",
      },
      {
        row: 3,
        field: "measure",
        message:
          "Row 3: measure 'embargo' is not known - use one of comprehensive-sanctions, interception-monitoring-restriction, arms-embargo, state-of-concern",
      },
      { row: 3, field: "asOf", message: "Row 3: asOf '2026-02-30' is not a date - use YYYY-MM-DD" },
    ]);
  });

  test("reports missing fields and a broken header", () => {
    const result = validateRestrictionTable({ id: "x", title: "x", asOf: "27/11/2026", source: "x", rows: [{ country: "RU" }, 7] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => e.message);
    expect(messages).toContain("The restrictions table needs a text 'caveat'");
    expect(messages).toContain("The table's asOf '27/11/2026' is not a date - use YYYY-MM-DD");
    expect(messages).toContain("Row 1: 'measure' is missing - give it as text");
    expect(messages).toContain("Row 1: 'asOf' is missing - give it as text");
    expect(messages).toContain("Row 2 is not an object with country, measure, authority, source and asOf");
    expect(validateRestrictionTable([]).ok).toBe(false);
  });
});
