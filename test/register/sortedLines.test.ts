import fc from "fast-check";
import { memoryLineSpool, type LineSpool } from "../../core/register/lineSpool";
import { sortedLines } from "../../core/register/sortedLines";

/** A spool that counts what went through it, so a test can see that runs were spooled. */
function countingSpools() {
  const made: { lines: number }[] = [];
  const make = (): LineSpool => {
    const inner = memoryLineSpool();
    const seen = { lines: 0 };
    made.push(seen);
    return {
      add(line) {
        seen.lines++;
        inner.add(line);
      },
      lines: () => inner.lines(),
    };
  };
  return { made, make };
}

type Item = { key: string; n: number };
const byKey = (a: Item, b: Item) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

describe("sortedLines: a list sorted without holding it", () => {
  test("gives what a stable in-memory sort gives, whatever the run length (runs spooled and merged)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c", "d", "é", "A", ""), { maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        (keys, run) => {
          const items = keys.map((key, n) => ({ key, n }));
          const spools = countingSpools();
          const sorted = sortedLines(byKey, spools.make, run);
          for (const item of items) sorted.add(item);
          // The expected order: sorted by key, ties in the order added (Array.prototype.sort is stable).
          expect([...sorted.sorted()]).toEqual([...items].sort(byKey));
          // Past one run, every item went through a spool; within one, none did.
          const spooled = spools.made.reduce((n, s) => n + s.lines, 0);
          expect(spooled).toBe(items.length > run ? items.length : 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("holds at most one run in memory: 10 runs of 100 items are merged from their spools", () => {
    const spools = countingSpools();
    const sorted = sortedLines<Item>(byKey, spools.make, 100);
    for (let i = 0; i < 1000; i++) sorted.add({ key: String((i * 7919) % 1000).padStart(4, "0"), n: i });
    const out = [...sorted.sorted()];
    expect(spools.made.map((s) => s.lines)).toEqual(Array(10).fill(100));
    expect(out.map((x) => x.key)).toEqual(Array.from({ length: 1000 }, (_, i) => String(i).padStart(4, "0")));
  });
});
