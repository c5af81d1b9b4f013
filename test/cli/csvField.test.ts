import fc from "fast-check";
import Papa from "papaparse";
import { csvField, csvLine } from "../../cli/output/csvLine";

/** papaparse's own writer with the options the command line promises: the reference csvField must match. */
const papaLine = (values: unknown[]) => Papa.unparse([values], { escapeFormulae: true, newline: "\n" }) + "\n";

const tricky = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", " ", "\uFEFF", "a", "1", "é");

describe("csvField writes a field as papaparse's unparse with escapeFormulae does", () => {
  it("for any text, including formula starts, quotes, separators, newlines and edge spaces", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(tricky, { maxLength: 8 }).map((xs) => xs.join("")),
        ),
        (s) => {
          expect(csvField(s)).toBe(papaLine([s]).slice(0, -1));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("for numbers, booleans and empty values, and for whole records", () => {
    expect(csvLine([1, 2.5, true, null, undefined, "", "x"])).toBe(papaLine([1, 2.5, true, null, undefined, "", "x"]));
    expect(csvLine(["=SUM(A1)", " lead", "trail ", 'say "hi"', "a,b"])).toBe(papaLine(["=SUM(A1)", " lead", "trail ", 'say "hi"', "a,b"]));
  });
});
