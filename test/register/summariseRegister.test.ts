import fc from "fast-check";
import { DASHBOARD_HARD_STOPS, DASHBOARD_ONE_CLAUSE, summariseRegister, TOP_RISKS } from "../../core/register/summariseRegister";
import { wrappedLines, rowHeightFor } from "../../core/register/rowHeight";
import { cellText, isoDate, MAX_CELL_TEXT } from "../../core/register/cellText";
import { csvRows, registerInputFor, SAMPLE } from "./registerTestKit";

const sample = registerInputFor(csvRows(SAMPLE)).results;
const ok = sample.filter((r) => r.status === "ok");

describe("dashboard figures", () => {
  const f = summariseRegister(sample);

  test("every scored deal is counted once in each band table, heat map and decision count", () => {
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(f.scored).toBe(ok.length);
    expect(f.errors).toBe(sample.length - ok.length);
    expect(sum(f.inherentBands)).toBe(ok.length);
    expect(sum(f.residualBands)).toBe(ok.length);
    expect(sum(f.decisions)).toBe(ok.length);
    expect(f.inherentHeat.flat().reduce((a, b) => a + b, 0)).toBe(ok.length);
    expect(f.residualHeat.flat().reduce((a, b) => a + b, 0)).toBe(ok.length);
  });

  test("a heat-map cell counts the deals with that likelihood and severity", () => {
    for (const r of ok) {
      if (r.status !== "ok") continue;
      const { likelihood: l, severity: s } = r.assessment.residual;
      const same = ok.filter(
        (o) => o.status === "ok" && o.assessment.residual.likelihood === l && o.assessment.residual.severity === s,
      ).length;
      expect(f.residualHeat[l - 1][s - 1]).toBe(same);
    }
  });

  test("the deals one clause from a better decision are exactly those whose path's first step adds one clause", () => {
    const expected = ok
      .filter((r) => r.status === "ok" && r.assessment.pathToProceed.steps[0]?.add.length === 1)
      .map((r) => (r.status === "ok" ? [r.deal.id, r.assessment.decision, r.assessment.pathToProceed.steps[0].decision] : []));
    expect(expected.length).toBeGreaterThan(0);
    expect(f.oneClauseAway.map((l) => [l.id, l.decision, l.to])).toEqual(expected);
  });

  test("the sample pipeline under version 2 has declined deals, counted apart from escalate", () => {
    expect(f.decisions.decline).toBeGreaterThan(0);
    expect(f.decisions.decline).toBe(ok.filter((r) => r.status === "ok" && r.assessment.decision === "decline").length);
  });

  test("the top risks are the highest residual scores, a stop first among equals", () => {
    expect(f.topResidual).toHaveLength(TOP_RISKS);
    const scores = ok.map((r) => (r.status === "ok" ? r.assessment.residual.score : 0)).sort((a, b) => b - a);
    expect(f.topResidual.map((t) => t.assessment.residual.score)).toEqual(scores.slice(0, TOP_RISKS));
    for (let i = 1; i < f.topResidual.length; i++) {
      const [a, b] = [f.topResidual[i - 1].assessment, f.topResidual[i].assessment];
      if (a.residual.score === b.residual.score && b.decision === "stop") expect(a.decision).toBe("stop");
    }
  });

  test("exposure adds deal values per country and currency, and counts deals without a value", () => {
    const total = f.exposureByCountry.reduce((a, l) => a + l.value, 0);
    expect(total).toBe(ok.reduce((a, r) => a + (r.deal.value ?? 0), 0));
    expect(f.exposureByCountry.reduce((a, l) => a + l.deals, 0)).toBe(ok.length);
    expect(f.exposureByCapability.reduce((a, l) => a + l.value, 0)).toBe(total);
    const values = f.exposureByCountry.map((l) => l.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  test("hard stops list every deal with a stop and its reasons", () => {
    const stops = ok.filter((r) => r.status === "ok" && r.assessment.hardStops.length);
    expect(f.hardStops.map((h) => h.id)).toEqual(stops.map((r) => r.id));
    expect(f.hardStops.every((h) => h.reasons.length > 0)).toBe(true);
  });

  test("a table with no scored deal gives zero counts, not an error", () => {
    const none = summariseRegister(sample.filter((r) => r.status === "error"));
    expect(none.scored).toBe(0);
    expect(none.topResidual).toEqual([]);
    expect(none.exposureByCountry).toEqual([]);
  });
});

describe("cell text and row heights", () => {
  test("text longer than an Excel cell allows is cut with a visible marker", () => {
    const long = cellText("x".repeat(MAX_CELL_TEXT + 10));
    expect(long).toHaveLength(MAX_CELL_TEXT);
    expect(long.endsWith("longer than an Excel cell allows]")).toBe(true);
  });

  test("only real calendar dates in YYYY-MM-DD are dates", () => {
    expect(isoDate("2026-02-28")?.toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(isoDate("2026-02-30")).toBeUndefined();
    expect(isoDate("31/03/2026")).toBeUndefined();
  });

  test("more text never needs fewer lines, and every paragraph takes a line", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), fc.integer({ min: 4, max: 80 }), (a, b, width) => {
        expect(wrappedLines(a + b, width)).toBeGreaterThanOrEqual(wrappedLines(a, width));
        expect(wrappedLines(a, width)).toBeGreaterThanOrEqual(a.split("\n").length);
      }),
    );
  });

  test("a row only gets a height when a wrapping column needs more than one line", () => {
    expect(rowHeightFor(["short", 12], [20, 8], [true, false])).toBeUndefined();
    expect(rowHeightFor(["x ".repeat(40), 12], [20, 8], [true, false])).toBeGreaterThan(30);
    expect(rowHeightFor(["x ".repeat(40)], [20], [false])).toBeUndefined();
  });
});

describe("the dashboard's lists of hard stops and of deals one clause away", () => {
  // The sample pipeline twelve times over: more hard stops and one-clause deals than the dashboard lists.
  const many = Array.from({ length: 12 }, (_, k) => sample.map((r) => ({ ...r, row: r.row + k * 1000 }))).flat();
  const f = summariseRegister(many);
  const stops = many.filter((r) => (r.status === "ok" ? r.assessment.hardStops.length : r.provisional?.hardStops.length));
  const oneAway = many.filter((r) => r.status === "ok" && r.assessment.pathToProceed.steps[0]?.add.length === 1);

  test("count every deal and keep only the first ones the dashboard shows, in row order", () => {
    expect(stops.length).toBeGreaterThan(DASHBOARD_HARD_STOPS);
    expect(f.hardStopCount).toBe(stops.length);
    expect(f.hardStops.map((h) => h.row)).toEqual(stops.slice(0, DASHBOARD_HARD_STOPS).map((r) => r.row));
    expect(oneAway.length).toBeGreaterThan(DASHBOARD_ONE_CLAUSE);
    expect(f.oneClauseAwayCount).toBe(oneAway.length);
    expect(f.oneClauseAway.map((l) => l.row)).toEqual(oneAway.slice(0, DASHBOARD_ONE_CLAUSE).map((r) => r.row));
  });
});
