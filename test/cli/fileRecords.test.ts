import fc from "fast-check";
import { readdirSync } from "fs";
import * as os from "os";
import { fileRecords } from "../../cli/output/fileRecords";

const ours = () => readdirSync(os.tmpdir()).filter((f) => f.startsWith(`export-risk-records-${process.pid}-`));

describe("texts kept in a temporary file and read back by number", () => {
  it("gives back each text under its number, in any order, whatever its characters", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 80 }), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 80 }),
        (texts, picks) => {
          const records = fileRecords();
          try {
            const numbers = texts.map((t) => records.add(t));
            expect(numbers).toEqual(texts.map((_, i) => i));
            // Read while some are still in the write block, others already in the file.
            for (const p of picks) if (texts.length) expect(records.get(p % texts.length)).toBe(texts[p % texts.length]);
          } finally {
            records.dispose();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps texts whole across its 1 MB blocks, with multi-byte characters and one text longer than a block", () => {
    const records = fileRecords();
    try {
      const texts = Array.from({ length: 30_000 }, (_, i) => `{"id":"D-${i}","customer":"é 😀 ${"x".repeat(i % 97)}"}`);
      texts.splice(15_000, 0, "é".repeat(700_000));
      for (const t of texts) records.add(t);
      for (let i = texts.length - 1; i >= 0; i -= 7) expect(records.get(i)).toBe(texts[i]);
      expect(records.get(15_000)).toBe(texts[15_000]);
      expect(() => records.get(texts.length)).toThrow(RangeError);
    } finally {
      records.dispose();
    }
  });

  it("removes its file when disposed", () => {
    const records = fileRecords();
    records.add("a");
    expect(ours()).toHaveLength(1);
    records.dispose();
    expect(ours()).toHaveLength(0);
  });
});
