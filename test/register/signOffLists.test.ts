import fc from "fast-check";
import { byDueList, byRankList, inOrderList } from "../../core/register/lifecycle/signOffLists";
import type { SignOffLine } from "../../core/register/lifecycle/lifecycleFigures";

const line = (row: number, rank: number, due?: string): SignOffLine => ({
  row,
  rank,
  id: `D-${row}`,
  customer: "C",
  what: "w",
  ...(due ? { due } : {}),
});
const lines = fc
  .array(fc.record({ rank: fc.integer({ min: 0, max: 4 }), day: fc.integer({ min: 1, max: 9 }) }), { maxLength: 200 })
  .map((xs) => xs.map((x, i) => line(i, x.rank, `2026-12-0${x.day}`)));

describe("dashboard sign-off lists gathered row by row keep what sorting every line would show", () => {
  test("by rank: the count of all lines and the first ones of a stable sort, most severe first", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 30 }), (all, kept) => {
        const list = byRankList(kept);
        all.forEach((l) => list.add(l));
        const want = all
          .slice()
          .sort((a, b) => b.rank - a.rank)
          .slice(0, kept);
        expect(list.list()).toEqual({ count: all.length, lines: want });
      }),
    );
  });

  test("by due date: the count of all lines and the first ones of a stable sort, soonest first", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 30 }), (all, kept) => {
        const list = byDueList(kept);
        all.forEach((l) => list.add(l));
        const want = all
          .slice()
          .sort((a, b) => (a.due ?? "").localeCompare(b.due ?? ""))
          .slice(0, kept);
        expect(list.list()).toEqual({ count: all.length, lines: want });
      }),
    );
  });

  test("in input order: the count of all lines and the first ones", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 30 }), (all, kept) => {
        const list = inOrderList(kept);
        all.forEach((l) => list.add(l));
        expect(list.list()).toEqual({ count: all.length, lines: all.slice(0, kept) });
      }),
    );
  });
});
