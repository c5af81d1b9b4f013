import { readFileSync } from "fs";
import { join } from "path";
import {
  validateRestrictionTable,
  defaultRestrictionTable,
  indexRestrictions,
  RESTRICTION_AUTHORITIES,
} from "../../core/reference/restrictions";
import type { RestrictionMeasure } from "../../core/reference/referenceTypes";
import shippedJson from "../../core/reference/restrictions.json";
import { createReference } from "../../core/reference/defaultReference";
import { restrictionsInForce } from "../../core/reference/restrictionsInForce";
import { renderReferenceDataDoc } from "../../scripts/referenceDataDoc";

const validTable = () => ({
  id: "my-restrictions",
  title: "Our restrictions",
  asOf: "2026-11-01",
  source: "Compliance team",
  caveat: "Checked monthly",
  rows: [row({ country: "Russia", measure: "comprehensive-sanctions" })] as Record<string, unknown>[],
});

function row(fields: Record<string, unknown>): Record<string, unknown> {
  return { authority: "UK", instrument: "Test instrument", source: "https://www.gov.uk/x", from: "2020-01-01", to: null, ...fields };
}

describe("shipped restrictions table", () => {
  const inForceToday = (measure: RestrictionMeasure): string[] =>
    [
      ...new Set(
        defaultRestrictionTable()
          .rows.filter((r) => r.measure === measure && r.to === null)
          .map((r) => r.country),
      ),
    ].sort();

  test("covers the methodology's default countries per measure, plus Hong Kong, Macao (with China under the UK arms embargo), Syria's arms embargo and the UN embargo on North Korea", () => {
    expect(inForceToday("comprehensive-sanctions")).toEqual(["BY", "IR", "KP", "RU", "SY"]);
    expect(inForceToday("interception-monitoring-restriction")).toEqual(["BY", "IR", "MM", "RU", "SY", "VE"]);
    expect(inForceToday("arms-embargo")).toEqual([
      "AF",
      "AM",
      "AZ",
      "CD",
      "CF",
      "CN",
      "HK",
      "HT",
      "IQ",
      "KP",
      "LB",
      "LY",
      "MM",
      "MO",
      "SD",
      "SO",
      "SS",
      "SY",
      "VE",
      "YE",
      "ZW",
    ]);
    expect(inForceToday("state-of-concern")).toEqual(["CN", "HK", "IR", "KP", "MO", "RU"]);
  });

  test("no shipped row lacks its instrument or its source, and official rows cite an https address", () => {
    const table = defaultRestrictionTable();
    expect(table.rows.length).toBe(shippedJson.rows.length);
    for (const row of shippedJson.rows) {
      expect({ row: row.country, instrument: row.instrument.trim().length > 10 }).toEqual({ row: row.country, instrument: true });
      expect({ row: row.country, source: row.source.trim().length > 10 }).toEqual({ row: row.country, source: true });
      if (row.authority !== "company-policy") expect(row.source).toMatch(/^https:\/\//);
      expect(RESTRICTION_AUTHORITIES).toContain(row.authority);
      expect(typeof row.verified).toBe("boolean");
      // A row not verified must say what is left to check, or that it is company policy.
      if (!row.verified) expect((row as { note?: string }).note ?? "").not.toBe("");
    }
  });

  test("Hong Kong is under the UK arms embargo from 2020-07-20 and counts with China as a state of concern", () => {
    const hk = defaultRestrictionTable().rows.filter((r) => r.country === "HK");
    expect(hk.find((r) => r.measure === "arms-embargo")).toMatchObject({ authority: "UK", from: "2020-07-20", to: null, verified: true });
    expect(hk.find((r) => r.measure === "state-of-concern")).toMatchObject({ authority: "company-policy" });
  });

  test("the US Syria programme is dated: in force from 2011-08-17, lifted on 2025-07-01", () => {
    const us = defaultRestrictionTable().rows.find((r) => r.country === "SY" && r.authority === "US");
    expect(us).toMatchObject({ measure: "comprehensive-sanctions", from: "2011-08-17", to: "2025-07-01", verified: true });
  });

  test("a verified row says what was checked; a company-policy row says it is the methodology's policy and why", () => {
    for (const row of shippedJson.rows) {
      const note = (row as { note?: string }).note ?? "";
      if (row.authority === "company-policy") {
        expect({ row: row.country, note }).toEqual({
          row: row.country,
          note: expect.stringMatching(/^Company policy, not law: the methodology's .* Why/),
        });
        expect(row.verified).toBe(false);
      } else if (row.verified) {
        expect({ row: `${row.country} ${row.measure} ${row.authority}`, note }).toEqual({
          row: `${row.country} ${row.measure} ${row.authority}`,
          note: expect.stringMatching(/checked/i),
        });
      }
    }
  });

  test("Syria after 2025 is stopped only by what is still in force: the UK arms embargo and interception prohibitions, not the ended US programme", () => {
    const ref = createReference();
    const at = (asAt: string) =>
      restrictionsInForce(ref, "SY", asAt)
        .rows.map((r) => `${r.measure} ${r.authority}`)
        .sort();
    expect(at("2026-12-01")).toEqual([
      "arms-embargo UK",
      "comprehensive-sanctions company-policy",
      "interception-monitoring-restriction UK",
    ]);
    expect(at("2024-06-30")).toContain("comprehensive-sanctions US");
    expect(at("2015-06-30")).toEqual([
      "arms-embargo EU",
      "comprehensive-sanctions US",
      "comprehensive-sanctions company-policy",
      "interception-monitoring-restriction EU",
    ]);
  });

  test("Macao is under the UK arms embargo on China since 2000 and counts with China as a state of concern", () => {
    const mo = defaultRestrictionTable().rows.filter((r) => r.country === "MO");
    expect(mo.map((r) => `${r.measure} ${r.authority} ${r.from}`).sort()).toEqual([
      "arms-embargo UK 2000-05-02",
      "state-of-concern company-policy null",
    ]);
  });

  test("the caveat says to check the official lists and that company-policy rows are not law", () => {
    expect(shippedJson.caveat).toContain("Current arms embargoes and other restrictions");
    expect(shippedJson.caveat).toContain("not law");
  });

  test("is indexed by alpha-2", () => {
    const index = indexRestrictions(defaultRestrictionTable());
    expect(new Set(index.get("MM")?.map((r) => r.measure))).toEqual(new Set(["arms-embargo", "interception-monitoring-restriction"]));
    expect(index.get("NO")).toBeUndefined();
  });
});

describe("validateRestrictionTable", () => {
  test("accepts country names and codes and stores alpha-2", () => {
    const table = validTable();
    table.rows.push(row({ country: "Burma", measure: "arms-embargo", authority: "EU" }));
    const result = validateRestrictionTable(table);
    expect(result.ok && result.table.rows.map((r) => r.country)).toEqual(["RU", "MM"]);
  });

  test("names the row and field of an unknown country, measure or bad date", () => {
    const table = validTable();
    table.rows.push(
      row({ country: "Atlantis", measure: "arms-embargo" }),
      row({ country: "Frnace", measure: "embargo", authority: "UK/EU", from: "2026-02-30" }),
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
      {
        row: 3,
        field: "authority",
        message: "Row 3: authority 'UK/EU' is not known - use one of UK, EU, UN, US, company-policy",
      },
      { row: 3, field: "from", message: "Row 3: from '2026-02-30' is not a date - use YYYY-MM-DD or null" },
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
    expect(messages).toContain("Row 1: 'instrument' is missing - give it as text");
    expect(messages).toContain("Row 1: 'from' is missing - give a date (YYYY-MM-DD) or null when not known");
    expect(messages).toContain("Row 2 is not an object with country, measure, authority, instrument, source, from and to");
    expect(validateRestrictionTable([]).ok).toBe(false);
  });
});

describe("a table that would switch off every country hard stop", () => {
  const empty = () => ({ ...validTable(), rows: [] as Record<string, unknown>[] });

  test("is refused without the explicit flag", () => {
    const result = validateRestrictionTable(empty());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toContain('"noCountryHardStops": true');
    const onlyConcern = { ...validTable(), rows: [row({ country: "CN", measure: "state-of-concern" })] };
    expect(validateRestrictionTable(onlyConcern).ok).toBe(false);
  });

  test("is accepted with the flag and warns on every use", () => {
    const result = validateRestrictionTable({ ...empty(), noCountryHardStops: true });
    expect(result.ok && result.warnings).toEqual([
      "The restrictions table 'my-restrictions' has no comprehensive-sanctions, interception or arms-embargo row: no deal is stopped because of its destination",
    ]);
    const ref = createReference({ restrictions: { ...empty(), noCountryHardStops: true } as never });
    expect(ref.warnings).toHaveLength(1);
    expect(ref.provenance[2].source).toContain("WARNING: The restrictions table 'my-restrictions' has no");
  });
});

describe("validateRestrictionTable dates and sources", () => {
  test("refuses a lift date not after the start, a source that is not an address, and an unknown authority", () => {
    const table = {
      ...validTable(),
      rows: [row({ country: "RU", measure: "arms-embargo", from: "2022-01-01", to: "2021-01-01", source: "gov.uk" })],
    };
    const result = validateRestrictionTable(table);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.message)).toEqual([
        "Row 1: source 'gov.uk' is not an address - give the official https:// page",
        "Row 1: to 2021-01-01 is not after from 2022-01-01",
      ]);
  });

  test("company policy may cite its policy document instead of an address", () => {
    const table = {
      ...validTable(),
      rows: [
        ...validTable().rows,
        row({ country: "CN", measure: "state-of-concern", authority: "company-policy", source: "Board minute 2026-04" }),
      ],
    };
    const result = validateRestrictionTable(table);
    expect(result.ok && result.table.rows[1]).toMatchObject({
      authority: "company-policy",
      from: "2020-01-01",
      verified: false,
      asOf: "2026-11-01",
    });
  });
});

describe("docs/reference-data.md", () => {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "reference-data.md"), "utf8");

  test("is the rendering of the shipped table (run npm run docs:reference-data after editing the table)", () => {
    expect(doc).toBe(renderReferenceDataDoc(shippedJson));
  });

  test("names every row not verified, and counts the verified official rows", () => {
    const official = shippedJson.rows.filter((r) => r.authority !== "company-policy");
    const unverified = official.filter((r) => !r.verified);
    expect(doc).toContain(
      `${official.length} official measures (UK, EU, UN, US), of\nwhich ${official.length - unverified.length} are *verified*`,
    );
    for (const r of unverified) expect(doc).toContain(`(${r.country}), ${r.measure}, ${r.authority}: see note`);
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    expect(readme).toContain(`${official.length - unverified.length} of its ${official.length} official rows checked`);
  });

  test("lists every shipped row with its instrument, dates and source", () => {
    const table = defaultRestrictionTable();
    expect(doc).toContain(`table as of **${table.asOf}**`);
    for (const row of table.rows) {
      const line = doc
        .split("\n")
        .find((l) => l.includes(`(${row.country}) | ${row.authority} | ${row.instrument.replace(/\|/g, "\\|")} |`));
      expect({ row: `${row.country} ${row.measure} ${row.authority}`, line: line !== undefined }).toEqual({
        row: `${row.country} ${row.measure} ${row.authority}`,
        line: true,
      });
      expect(line).toContain(
        `| ${row.from ?? "-"} | ${row.to ?? "-"} | ${row.authority === "company-policy" ? "policy" : row.verified ? "yes" : "no"} |`,
      );
      if (row.source.startsWith("https://")) expect(line).toContain(`(${row.source})`);
    }
  });
});
