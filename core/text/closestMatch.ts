import { compactKey } from "./normalizeKey";

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/**
 * The candidate that best resembles `text`, for "did you mean" suggestions; undefined when
 * nothing is close enough to be a helpful guess. Candidates are [display, ...aliases].
 */
export function closestMatch(text: string, candidates: ReadonlyArray<readonly [string, ...string[]]>): string | undefined {
  const key = compactKey(text);
  if (!key) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [display, keys] of candidateKeys(candidates)) {
    for (const k of keys) {
      // Lengths alone bound the distance: skip names that cannot beat the best so far.
      if (Math.abs(k.length - key.length) / Math.max(key.length, k.length) >= Math.min(bestScore, 0.46)) {
        if (!(k.length >= 3 && key.length >= 3 && (k.includes(key) || key.includes(k)))) continue;
      }
      let d = editDistance(key, k) / Math.max(key.length, k.length);
      // A name that contains the text (or the reverse) is a strong hint: "forensic tools" -> forensics.
      if (k.length >= 3 && key.length >= 3 && (k.includes(key) || key.includes(k))) d = Math.min(d, 0.2);
      if (d < bestScore) {
        bestScore = d;
        best = display;
      }
    }
  }
  return bestScore <= 0.45 ? best : undefined;
}

const keyCache = new WeakMap<object, Array<[string, string[]]>>();
function candidateKeys(candidates: ReadonlyArray<readonly [string, ...string[]]>): Array<[string, string[]]> {
  let keys = keyCache.get(candidates);
  if (!keys) {
    keys = candidates.map(([display, ...aliases]) => [display, [display, ...aliases].map(compactKey).filter(Boolean)]);
    keyCache.set(candidates, keys);
  }
  return keys;
}
