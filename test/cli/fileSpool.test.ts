import fc from "fast-check";
import { fileSpool } from "../../cli/output/fileSpool";

/** Lines as the snapshot spools them: JSON texts, so never a raw line break. */
const line = fc.string({ unit: "binary", maxLength: 60 }).map((s) => JSON.stringify(s));

describe("the snapshot spool in a temporary file", () => {
  it("gives back every line in the order added, whatever its characters", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 50 }), (lines) => {
        const spool = fileSpool();
        try {
          for (const l of lines) spool.add(l);
          expect([...spool.lines()]).toEqual(lines);
        } finally {
          spool.dispose();
        }
      }),
      { numRuns: 50 },
    );
  });

  it("keeps lines whole across its 1 MB blocks, including multi-byte characters and a line longer than a block", () => {
    const spool = fileSpool();
    try {
      const lines = Array.from({ length: 40_000 }, (_, i) => JSON.stringify(`deal ${i} é 😀 ${"x".repeat(i % 97)}`));
      lines.splice(20_000, 0, JSON.stringify("é".repeat(600_000)));
      for (const l of lines) spool.add(l);
      const back = [...spool.lines()];
      expect(back.length).toBe(lines.length);
      expect(back).toEqual(lines);
    } finally {
      spool.dispose();
    }
  });
});
