import fc from "fast-check";
import { createDiffTally, diffRegisters, PreviousDeals, type RegisterChange } from "../../core/register/lifecycle/diffRegisters";
import { dealJson, dealOfJson, type RegisterSnapshot, type SnapshotDeal } from "../../core/register/lifecycle/registerSnapshot";

/**
 * `register --previous` compares each deal with the previous register's as the rows go by, rows in
 * error among them, with the previous deals kept as JSON text. It must find exactly what comparing
 * the two whole snapshots finds. The oracle below is that whole comparison written out plainly:
 * key both sides by id and occurrence, compare the matches, and call a previous deal that is left
 * "Not assessed" when a row in error now carries its id, otherwise "Removed deal".
 */
const BASIS = { input: "i", methodology: "m", referenceDeal: "r", listsDeal: "l", reference: ["ref 1"], lists: [], profile: "p" };

function deal(id: string, row: number, decision: string, band: string, input: string): SnapshotDeal {
  return {
    id,
    row,
    customer: `Customer of ${id}`,
    inherentBand: band,
    residualBand: band,
    residualScore: 1,
    decision: decision as SnapshotDeal["decision"],
    basis: { ...BASIS, input } as unknown as SnapshotDeal["basis"],
    review: { status: "none" },
  };
}

function keyed(deals: readonly SnapshotDeal[]): [string, SnapshotDeal][] {
  const seen = new Map<string, number>();
  return deals.map((d) => {
    const base = d.id || `row ${d.row}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [n === 1 ? base : `${base} #${n}`, d];
  });
}

/** Kind, key and before/after of every change the plain whole comparison finds, in its order. */
function oracle(before: readonly SnapshotDeal[], after: readonly SnapshotDeal[], errors: readonly { id: string; row: number }[]): string[] {
  const a = new Map(keyed(before));
  const b = keyed(after);
  const out: string[] = [];
  for (const [key, now] of b) {
    const was = a.get(key);
    if (!was) out.push(`New deal|${key}`);
    else {
      if (was.decision !== now.decision) out.push(`Decision|${key}|${was.decision}|${now.decision}`);
      if (was.residualBand !== now.residualBand) out.push(`Residual band|${key}|${was.residualBand}|${now.residualBand}`);
      if (was.inherentBand !== now.inherentBand) out.push(`Inherent band|${key}|${was.inherentBand}|${now.inherentBand}`);
    }
  }
  const matched = new Set(b.map(([key]) => key));
  const inError = new Map(errors.filter((e) => e.id).map((e) => [e.id, e.row]));
  for (const [key] of a) {
    if (matched.has(key)) continue;
    const row = inError.get(key);
    out.push(row === undefined ? `Removed deal|${key}` : `Not assessed|${key}|row ${row}`);
  }
  return out;
}

function shown(changes: Iterable<RegisterChange>): string[] {
  return [...changes].map((c) => {
    if (c.kind === "New deal" || c.kind === "Removed deal") return `${c.kind}|${c.dealId}`;
    if (c.kind === "Not assessed") return `${c.kind}|${c.dealId}|row ${/input row (\d+)/.exec(c.after)![1]}`;
    return `${c.kind}|${c.dealId}|${c.before}|${c.after}`;
  });
}

const FACTS = { asOf: "2026-09-30", methodology: "m", reference: ["ref 1"], lists: [] };
const snapshot = (deals: SnapshotDeal[], errors: { id: string; row: number }[]): RegisterSnapshot => ({
  version: 2,
  title: "t",
  reviewed: false,
  ...FACTS,
  errors,
  deals,
});

/** A pipeline: ids from a small pool (so they repeat, go missing and come back), some rows in error, some ids blank. */
const rowsArb = fc.array(
  fc.record({
    id: fc.constantFrom("", "D-1", "D-2", "D-3", "D-4", "D-5"),
    error: fc.boolean(),
    decision: fc.constantFrom("proceed", "escalate", "stop"),
    band: fc.constantFrom("low", "high"),
    input: fc.constantFrom("a", "b"),
  }),
  { maxLength: 14 },
);

type Row = { id: string; error: boolean; decision: string; band: string; input: string };

function split(rows: Row[]) {
  const deals: SnapshotDeal[] = [];
  const errors: { id: string; row: number }[] = [];
  const order: ({ deal: SnapshotDeal } | { error: { id: string; row: number } })[] = [];
  rows.forEach((r, i) => {
    if (r.error) {
      const e = { id: r.id, row: i + 2 };
      errors.push(e);
      order.push({ error: e });
    } else {
      const d = deal(r.id, i + 2, r.decision, r.band, r.input);
      deals.push(d);
      order.push({ deal: d });
    }
  });
  return { deals, errors, order };
}

describe("comparing with the previous register row by row", () => {
  test("finds what comparing the two whole snapshots finds, with rows in error among the deals and repeated or blank ids", () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (was, now) => {
        const before = split(was);
        const after = split(now);
        const expected = oracle(before.deals, after.deals, after.errors);

        // The whole comparison.
        expect(shown(diffRegisters(snapshot(before.deals, []), snapshot(after.deals, after.errors)).changes)).toEqual(expected);

        // Row by row, the previous deals held as their stored JSON text, the rows in error where they fall.
        const shared = { reference: BASIS.reference, lists: BASIS.lists, methodology: BASIS.methodology } as never;
        const previous = new PreviousDeals<string>((json) => dealOfJson(json, shared));
        for (const d of before.deals) previous.add(d.id, d.row, dealJson(d, shared));
        const tally = createDiffTally(FACTS, previous, false);
        for (const step of after.order) {
          if ("deal" in step) tally.addDeal(step.deal);
          else tally.addError(step.error.id, step.error.row);
        }
        const diff = tally.finish(FACTS);
        expect(shown(diff.changes)).toEqual(expected);
        expect(diff.added).toBe(expected.filter((c) => c.startsWith("New deal|")).length);
        expect(diff.removed).toBe(expected.filter((c) => c.startsWith("Removed deal|")).length);
        expect(diff.notAssessed).toBe(expected.filter((c) => c.startsWith("Not assessed|")).length);
        // A matched previous deal is let go when compared: only the removed and not assessed are left.
        expect(previous.size).toBe(diff.removed + diff.notAssessed);
      }),
      { numRuns: 400 },
    );
  });
});
