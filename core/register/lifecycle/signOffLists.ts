import type { SignOffLine } from "./lifecycleFigures";

/** A sign-off list on the dashboard: how many deals it has, and the first `kept` of them in the order it lists them. */
export interface SignOffList {
  count: number;
  lines: SignOffLine[];
}

/** Lines by rank, most severe first (input order among equals), keeping only the first `kept`. */
export function byRankList(kept: number) {
  const ranks = new Map<number, SignOffLine[]>();
  let count = 0;
  return {
    add(line: SignOffLine): void {
      count++;
      let list = ranks.get(line.rank);
      if (!list) ranks.set(line.rank, (list = []));
      if (list.length < kept) list.push(line);
    },
    list(): SignOffList {
      const lines = [...ranks.keys()].sort((a, b) => b - a).flatMap((r) => ranks.get(r)!);
      return { count, lines: lines.slice(0, kept) };
    },
  };
}

/** Lines soonest due first (input order among equals), keeping only the first `kept`. */
export function byDueList(kept: number) {
  const lines: SignOffLine[] = [];
  let count = 0;
  return {
    add(line: SignOffLine): void {
      count++;
      const due = line.due ?? "";
      let at = lines.length;
      while (at > 0 && (lines[at - 1].due ?? "").localeCompare(due) > 0) at--;
      if (at >= kept) return;
      lines.splice(at, 0, line);
      if (lines.length > kept) lines.pop();
    },
    list: (): SignOffList => ({ count, lines: lines.slice() }),
  };
}

/** Lines in input order, keeping only the first `kept`. */
export function inOrderList(kept: number) {
  const lines: SignOffLine[] = [];
  let count = 0;
  return {
    add(line: SignOffLine): void {
      count++;
      if (lines.length < kept) lines.push(line);
    },
    list: (): SignOffList => ({ count, lines: lines.slice() }),
  };
}
