import type { LineSpool } from "./lineSpool";

/** Items sorted in memory at a time; a longer list is sorted in runs of this many, each spooled. */
const RUN = 50_000;

/**
 * A list sorted without holding it: items are added in any order and read back once, sorted by
 * `compare` (ties keep the order they were added in). Up to `run` items are sorted in memory; past
 * that, each run of `run` items is sorted and spooled as JSON lines (`spool` makes one spool a run),
 * and the runs are merged as they are read back. A million items hold `run` of them and one item a run.
 */
export interface SortedLines<T> {
  add(item: T): void;
  /** The items in order; read once, after the last `add`. */
  sorted(): Iterable<T>;
}

export function sortedLines<T>(compare: (a: T, b: T) => number, spool: () => LineSpool, run = RUN): SortedLines<T> {
  let held: T[] = [];
  const runs: LineSpool[] = [];
  const spill = () => {
    const s = spool();
    for (const item of held.sort(compare)) s.add(JSON.stringify(item));
    runs.push(s);
    held = [];
  };
  return {
    add(item) {
      if (held.length >= run) spill();
      held.push(item);
    },
    sorted() {
      // Array.prototype.sort is stable: ties keep the order they were added in.
      if (!runs.length) return held.sort(compare);
      if (held.length) spill();
      return merge(
        runs.map((s) => parsed<T>(s.lines())),
        compare,
      );
    },
  };
}

function* parsed<T>(lines: Iterable<string>): Iterator<T> {
  for (const line of lines) yield JSON.parse(line) as T;
}

/** The runs merged: the least head first, and of equal heads the earlier run's (its items were added first). */
function* merge<T>(runs: Iterator<T>[], compare: (a: T, b: T) => number): Generator<T> {
  const heads: (IteratorResult<T> | undefined)[] = runs.map((r) => r.next());
  for (;;) {
    let least = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (!h || h.done) continue;
      if (least < 0 || compare(h.value, (heads[least] as IteratorYieldResult<T>).value) < 0) least = i;
    }
    if (least < 0) return;
    yield (heads[least] as IteratorYieldResult<T>).value;
    heads[least] = runs[least].next();
  }
}
