import fc from "fast-check";
import { defaultProfile } from "../../core/methodology/loadProfile";
import type { ScoredRow } from "../../core/model/types";
import { fieldSpecs } from "../../core/intake/columns";
import { scoreTable, TableError } from "../../core/intake/scoreTable";
import { toJsonResult } from "../../core/result/toJsonResult";
import { createContext } from "../../core/scoring/createContext";

/**
 * Whatever a sheet holds, every non-blank row comes back either scored (whole-number figures in
 * range, known bands and decision) or as an error naming the column and saying what is wrong -
 * never an exception, never NaN.
 */

const ctx = createContext();
const profile = defaultProfile();
const bands = new Set(["low", "medium", "high", "critical"]);
const decisions = new Set(["proceed", "proceed-with-conditions", "escalate", "decline", "stop"]);

// Words the intake knows, so that a good share of random rows are valid and get scored.
const known = [
  ...profile.capabilities.flatMap((c) => [c.id, c.label, ...c.synonyms.slice(0, 2)]),
  ...profile.endUserTypes.flatMap((e) => [e.id, ...e.synonyms.slice(0, 2)]),
  ...profile.partners.types.map((t) => t.label),
  ...profile.redFlags.map((f) => f.id),
  ...profile.mitigations.map((m) => m.label),
  "Germany",
  "UAE",
  "Burma",
  "Türkiye",
  "Iran, Islamic Republic of",
  "Côte d'Ivoire",
  "Kosovo",
  "Faroe Islands",
  "GB",
  "USA",
  "yes",
  "no",
  "unknown",
  "national",
  "mass",
  "Direct",
  "none",
  "250k",
  "£1,200,000",
  "End use unclear; Journalists\nRe-export",
  "Audit rights, No re-export clause",
];
const formulaLike = ["=1+1", '=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "=cmd|'/c calc'!A1", "\t=1"];

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...known) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom("👩‍💻", "🇩🇪", "\u200b", "\ufeffGermany", " \n ", "Ärger;;,,\n", "Iran\u0000", "ＧＥＲＭＡＮＹ") },
  { weight: 1, arbitrary: fc.constantFrom(...formulaLike) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 1e308, Number.MAX_SAFE_INTEGER + 2) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "") },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

const headers = fieldSpecs.map((s) => s.label);
const rowArb = fc.array(cell, { minLength: 0, maxLength: headers.length + 3 });
const tableArb = fc.array(rowArb, { minLength: 1, maxLength: 8 });

function isBlank(row: readonly unknown[]): boolean {
  return row.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));
}

function checkResult(r: ScoredRow): void {
  expect(Number.isInteger(r.row)).toBe(true);
  expect(typeof r.id).toBe("string");
  if (r.status === "ok") {
    const a = r.assessment;
    for (const fig of [a.inherent, a.residual]) {
      expect(Number.isInteger(fig.score) && fig.score >= 1 && fig.score <= 25).toBe(true);
      expect(Number.isInteger(fig.severity) && fig.severity >= 1 && fig.severity <= 5).toBe(true);
      expect(Number.isInteger(fig.likelihood) && fig.likelihood >= 1 && fig.likelihood <= 5).toBe(true);
      expect(bands.has(fig.band)).toBe(true);
    }
    expect(decisions.has(a.decision)).toBe(true);
    expect(a.drivers.every((d) => typeof d === "string" && d.length > 0)).toBe(true);
    expect(r.deal.value === null || Number.isFinite(r.deal.value)).toBe(true);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(typeof e.column === "string" && e.column.length > 0).toBe(true);
      expect(typeof e.message === "string" && e.message.length > 0).toBe(true);
      expect(typeof e.value).toBe("string");
    }
  }
  // The JSON a front end prints must not carry NaN or Infinity (JSON.stringify would write null).
  const json = JSON.stringify(toJsonResult(r, "techUK-2014@1", {}));
  expect(json).not.toMatch(/NaN|Infinity/);
  for (const v of numbersIn(JSON.parse(json))) expect(Number.isFinite(v)).toBe(true);
}

function numbersIn(x: unknown): number[] {
  if (typeof x === "number") return [x];
  if (Array.isArray(x)) return x.flatMap(numbersIn);
  if (x && typeof x === "object") return Object.values(x).flatMap(numbersIn);
  return [];
}

// Kept small: an unrecognised value costs milliseconds for its "did you mean" suggestion.
const runs = { numRuns: 60 };

test("any row of random cells under a full header is scored or gets a clear error, one result per non-blank row", () => {
  fc.assert(
    fc.property(tableArb, (rows) => {
      const out = scoreTable([headers, ...rows], ctx);
      expect(out.results.map((r) => r.row)).toEqual(rows.flatMap((row, i) => (isBlank(row) ? [] : [i + 2])));
      out.results.forEach(checkResult);
    }),
    runs,
  );
});

test("random cells under the two required columns only are scored or get a clear error", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), (pairs) => {
      const out = scoreTable([["Destination", "Product category"], ...pairs], ctx);
      out.results.forEach(checkResult);
      expect(out.results.length).toBe(pairs.filter((p) => !isBlank(p)).length);
    }),
    runs,
  );
});

test("a valid row stays valid whatever random text sits in columns the tool does not use", () => {
  fc.assert(
    fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), (extras) => {
      const head = ["Country", "Capability", "End user type", ...extras.map((_, i) => `Notes ${i + 1}`)];
      const out = scoreTable([head, ["Germany", "Antivirus", "Enterprise", ...extras]], ctx);
      expect(out.results).toHaveLength(1);
      const r = out.results[0];
      expect(r.status).toBe("ok");
      if (r.status === "ok") expect(r.assessment.decision).toBe("proceed");
    }),
    { numRuns: 300 },
  );
});

test("a random header row is either recognised or refused with a TableError that says which columns are needed", () => {
  fc.assert(
    fc.property(fc.array(rowArb, { minLength: 0, maxLength: 4 }), tableArb, (top, body) => {
      let out;
      try {
        out = scoreTable([...top, ...body], ctx);
      } catch (e) {
        expect(e).toBeInstanceOf(TableError);
        expect((e as Error).message).toMatch(/header|empty/);
        return;
      }
      out.results.forEach(checkResult);
    }),
    { numRuns: 300 },
  );
});
