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

/** What a TextSink writes for a text: its UTF-8 bytes. */
const utf8 = (t: string) => Buffer.from(t, "utf8");
const csvJoinedBytes = (shared: SharedTexts, l: readonly string[]) => {
  const out: Piece[] = [];
  shared.csvJoinedInto(out, l, " | ");
  return piecesBytes(out);
};
const jsonListBytes = (shared: SharedTexts, l: readonly string[]) => {
  const out: Piece[] = [];
  shared.jsonListInto(out, l);
  return piecesBytes(out);
};

describe("SharedTexts writes the bytes of what the plain functions give", () => {
  it("csvFieldBytes(text) is csvField(text), asked again and again", () => {
    fc.assert(
      fc.property(lists, (ls) => {
        const shared = new SharedTexts();
        for (const t of [...ls.flat(), ...ls.flat()]) expect(Buffer.from(shared.csvFieldBytes(t))).toEqual(utf8(csvField(t)));
      }),
      { numRuns: 300 },
    );
  });

  it("jsonListInto(list) is JSON.stringify(list)", () => {
    fc.assert(
      fc.property(lists, (ls) => {
        const shared = new SharedTexts();
        for (const l of [...ls, ...ls]) expect(jsonListBytes(shared, l)).toEqual(utf8(JSON.stringify(l)));
      }),
      { numRuns: 500 },
    );
  });

  it("csvJoinedInto(list, ' | ') is csvField(list.join(' | ')), formula starts, edge spaces and empty texts included", () => {
    fc.assert(
      fc.property(lists, (ls) => {
        const shared = new SharedTexts();
        for (const l of [...ls, ...ls]) expect(csvJoinedBytes(shared, l)).toEqual(utf8(csvField(l.join(" | "))));
      }),
      { numRuns: 500 },
    );
    const shared = new SharedTexts();
    for (const l of [["", " x"], ["a", ""], ["=1", "b"], ["a,b"], ["\uFEFFa"], ["x", "-y"]])
      expect(csvJoinedBytes(shared, l)).toEqual(utf8(csvField(l.join(" | "))));
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
