import { createReference, defaultReference } from "../../core/reference/defaultReference";
import { restrictionsInForce, wgiForYear, wgiYearLimit } from "../../core/reference/restrictionsInForce";
import { defaultRestrictionTable } from "../../core/reference/restrictions";

const ref = defaultReference();
const measures = (country: string, asAt: string) =>
  restrictionsInForce(ref, country, asAt)
    .rows.map((r) => `${r.measure} ${r.authority}`)
    .sort();

describe("restrictionsInForce", () => {
  test("a row applies from its 'from' date inclusive: Hong Kong's UK arms embargo on 2020-07-19 and 2020-07-20", () => {
    expect(measures("HK", "2020-07-19")).not.toContain("arms-embargo UK");
    expect(measures("HK", "2020-07-20")).toContain("arms-embargo UK");
  });

  test("a row stops applying on its 'to' date: the US Syria programme on 2025-06-30 and 2025-07-01", () => {
    expect(measures("SY", "2025-06-30")).toContain("comprehensive-sanctions US");
    expect(measures("SY", "2025-07-01")).not.toContain("comprehensive-sanctions US");
  });

  test("a row with no recorded start applies, with a warning when the date is before the table's as-of date", () => {
    // Russia's company-policy rows have no start; the UK interception prohibitions start on 2022-06-23.
    const early = restrictionsInForce(ref, "RU", "2019-01-01");
    expect(early.rows.map((r) => r.measure).sort()).toEqual(["comprehensive-sanctions", "state-of-concern"]);
    expect(early.warnings).toHaveLength(2);
    expect(early.warnings[0]).toMatch(
      /has no recorded start date; it is applied as at 2019-01-01, though the table only shows it in force on 2026-12-01$/,
    );
    expect(restrictionsInForce(ref, "RU", "2026-12-01").warnings).toEqual([]);
  });

  test("a destination with no row has none in force on any date", () => {
    expect(restrictionsInForce(ref, "NO", "2012-06-30")).toEqual({ rows: [], warnings: [] });
  });

  test("a user's table is dated the same way", () => {
    const table = defaultRestrictionTable();
    const own = createReference({
      restrictions: {
        ...table,
        rows: [...table.rows, { ...table.rows[0], country: "NI", measure: "arms-embargo", from: "2024-01-01", to: "2025-01-01" }],
      },
    });
    expect(restrictionsInForce(own, "NI", "2023-12-31").rows).toEqual([]);
    expect(restrictionsInForce(own, "NI", "2024-06-01").rows).toHaveLength(1);
    expect(restrictionsInForce(own, "NI", "2025-01-01").rows).toEqual([]);
  });
});

describe("wgiForYear", () => {
  test("uses the latest year up to the as-at year minus one: 2012-06-30 gives WGI 2011", () => {
    expect(wgiYearLimit("2012-06-30")).toBe(2011);
    expect(wgiForYear(ref, "EG", "2012-06-30")?.year).toBe(2011);
    expect(wgiForYear(ref, "EG", "2026-12-01")?.year).toBe(2023);
  });

  test("before 2002 the WGI was biennial: 2000-03-01 gives WGI 1998; before 1997 there are no figures", () => {
    expect(wgiForYear(ref, "EG", "2000-03-01")?.year).toBe(1998);
    expect(wgiForYear(ref, "EG", "1996-12-31")).toBeUndefined();
  });
});
