import fc from "fast-check";
import { csvField } from "../../cli/output/csvLine";
import { SharedTexts } from "../../cli/output/sharedTexts";
import { piecesBytes, type Piece } from "../../cli/output/pieces";

const tricky = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", " ", "|", "\uFEFF", "\u2028", "a", "é", "\ud800");
const text = fc.oneof(
  fc.string(),
  fc.array(tricky, { maxLength: 6 }).map((xs) => xs.join("")),
);
/** Lists that repeat texts, as drivers do from row to row. */
const lists = fc.array(fc.array(fc.oneof(text, fc.constantFrom("Capability: x - severity 5 of 5", 'say "so"')), { maxLength: 5 }), {
  maxLength: 20,
});

describe("SharedTexts writes a list of texts exactly as the plain functions do", () => {
  it("csvField(text) is csvField(text), asked again and again", () => {
    fc.assert(
      fc.property(lists, (ls) => {
        const shared = new SharedTexts();
        for (const t of [...ls.flat(), ...ls.flat()]) expect(shared.csvField(t)).toBe(csvField(t));
      }),
      { numRuns: 300 },
    );
  });

  it("jsonList(list) is JSON.stringify(list)", () => {
    fc.assert(
      fc.property(lists, (ls) => {
        const shared = new SharedTexts();
        for (const l of [...ls, ...ls]) expect(shared.jsonList(l)).toBe(JSON.stringify(l));
      }),
      { numRuns: 500 },
    );
  });

  it("csvJoined(list, ' | ') is csvField(list.join(' | ')), formula starts, edge spaces and empty texts included", () => {
    fc.assert(
      fc.property(lists, (ls) => {
        const shared = new SharedTexts();
        for (const l of [...ls, ...ls]) expect(shared.csvJoined(l, " | ")).toBe(csvField(l.join(" | ")));
      }),
      { numRuns: 500 },
    );
    const shared = new SharedTexts();
    for (const l of [["", " x"], ["a", ""], ["=1", "b"], ["a,b"], ["\uFEFFa"], ["x", "-y"]])
      expect(shared.csvJoined(l, " | ")).toBe(csvField(l.join(" | ")));
  });
});

describe("SharedTexts' pieces are the bytes of the plain functions' text", () => {
  const utf8 = (s: string) => Buffer.from(s, "utf8");

  it("csvJoinedInto, jsonListInto and csvFieldBytes, asked again and again", () => {
    fc.assert(
      fc.property(lists, (ls) => {
        const shared = new SharedTexts();
        for (const l of [...ls, ...ls]) {
          const csv: Piece[] = [];
          shared.csvJoinedInto(csv, l, " | ");
          expect(piecesBytes(csv)).toEqual(utf8(csvField(l.join(" | "))));
          const json: Piece[] = [];
          shared.jsonListInto(json, l);
          expect(piecesBytes(json)).toEqual(utf8(JSON.stringify(l)));
          for (const t of l) expect(Buffer.from(shared.csvFieldBytes(t))).toEqual(utf8(csvField(t)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a text met with two separators is joined with the one asked for", () => {
    const shared = new SharedTexts();
    for (const sep of [" | ", "; ", " | "]) {
      const out: Piece[] = [];
      shared.csvJoinedInto(out, ["a", "b"], sep);
      expect(piecesBytes(out).toString()).toBe(`a${sep}b`);
    }
  });
});
