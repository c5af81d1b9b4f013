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

/**
 * The runs merged: the least head first, and of equal heads the earlier run's (its items were added
 * first). The heads are kept in a binary heap, so each item costs a few comparisons however many runs.
 */
function* merge<T>(runs: Iterator<T>[], compare: (a: T, b: T) => number): Generator<T> {
  const heap: { value: T; run: number }[] = [];
  const before = (a: { value: T; run: number }, b: { value: T; run: number }) => {
    const c = compare(a.value, b.value);
    return c < 0 || (c === 0 && a.run < b.run);
  };
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let least = at;
      if (l < heap.length && before(heap[l], heap[least])) least = l;
      if (r < heap.length && before(heap[r], heap[least])) least = r;
      if (least === at) return;
      [heap[at], heap[least]] = [heap[least], heap[at]];
      at = least;
    }
  };
  runs.forEach((r, run) => {
    const first = r.next();
    if (!first.done) heap.push({ value: first.value, run });
  });
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  while (heap.length) {
    const top = heap[0];
    yield top.value;
    const next = runs[top.run].next();
    if (next.done) {
      const last = heap.pop()!;
      if (heap.length) heap[0] = last;
    } else heap[0] = { value: next.value, run: top.run };
    if (heap.length) down(0);
  }
}
