import fc from "fast-check";
import { wrappedLines } from "../../core/register/rowHeight";

/** The greedy word wrap written out character by character: what wrappedLines must count. */
function referenceLines(text: string, width: number, fontSize = 11): number {
  const perLine = Math.max(1, Math.floor((width * 1.15 * 11) / fontSize) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    if (paragraph.length <= perLine) {
      lines++;
      continue;
    }
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      if (!word.length) continue;
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        if (used > 0) count++;
        count += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      }
    }
    lines += count;
  }
  return lines;
}

describe("wrappedLines", () => {
  it("counts the lines of a greedy word wrap, for any words, spaces, line breaks, widths and font sizes", () => {
    const text = fc
      .array(fc.constantFrom("a", "bb", "word", "x".repeat(70), " ", "  ", "\n", "é", "😀"), { maxLength: 80 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), fc.constantFrom(10, 11), (t, width, size) => {
        expect(wrappedLines(t, width, size)).toBe(referenceLines(t, width, size));
      }),
      { numRuns: 500 },
    );
  });
});
