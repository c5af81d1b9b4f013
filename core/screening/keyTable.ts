/**
 * The index's postings (retrieval key -> listed names) packed into typed arrays: keys are looked up by a
 * 32-bit hash of their text, computed from the letters without building the key string, and the names of
 * all keys live in one array. Two keys with the same hash share one merged posting: a search then sees a
 * few more names, never fewer, and every name it sees is scored or bounded exactly, so results do not change.
 * A few hundred thousand keys cost a few typed arrays instead of as many objects, which keeps the heap
 * small and garbage collection short during a long run.
 */
export interface KeyTable {
  /** Open-addressing slots: group number, or -1 for an empty slot; length is a power of two. */
  slots: Int32Array;
  /** Hash of each group. */
  hashes: Int32Array;
  /** Names of group g: ids[start[g] .. start[g + 1]), ascending. */
  start: Int32Array;
  ids: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

function step(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

/**
 * Hash of the key `prefix + word.slice(from, to)`, leaving out the letter at `skip` (a one-letter deletion)
 * when given; `prefix` is one letter.
 */
export function keyHash(prefix: string, word: string, skip = -1, from = 0, to = word.length): number {
  let h = step(FNV_OFFSET, prefix.charCodeAt(0));
  for (let i = from; i < to; i++) if (i !== skip) h = step(h, word.charCodeAt(i));
  return h;
}

/** Hash of a whole key string ("tmohammad"): the same as keyHash of its first letter and the rest. */
export function keyStringHash(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = step(h, key.charCodeAt(i));
  return h;
}

function mergeSorted(lists: number[][]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Packs postings (each ascending) into a key table. */
export function buildKeyTable(postings: Map<string, number[]>): KeyTable {
  const groups = new Map<number, number[][]>();
  for (const [key, ids] of postings) {
    const h = keyStringHash(key);
    const g = groups.get(h);
    if (g) g.push(ids);
    else groups.set(h, [ids]);
  }
  const count = groups.size;
  let size = 1;
  while (size < count * 2) size <<= 1;
  const slots = new Int32Array(size).fill(-1);
  const hashes = new Int32Array(count);
  const start = new Int32Array(count + 1);
  let total = 0;
  for (const lists of groups.values()) for (const l of lists) total += l.length;
  const ids = new Int32Array(total);
  let g = 0;
  let o = 0;
  for (const [h, lists] of groups) {
    const merged = lists.length === 1 ? lists[0] : mergeSorted(lists);
    ids.set(merged, o);
    start[g] = o;
    o += merged.length;
    hashes[g] = h;
    let i = h & (size - 1);
    while (slots[i] !== -1) i = (i + 1) & (size - 1);
    slots[i] = g;
    g++;
  }
  start[count] = o;
  return { slots, hashes, start, ids: o === total ? ids : ids.slice(0, o) };
}

/** The group of a key hash, or -1 when no key has it. */
export function findKey(table: KeyTable, hash: number): number {
  const mask = table.slots.length - 1;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const g = table.slots[i];
    if (g === -1 || table.hashes[g] === hash) return g;
  }
}

/** Names of a group, ascending (a view, not a copy). */
export function groupIds(table: KeyTable, g: number): Int32Array {
  return table.ids.subarray(table.start[g], table.start[g + 1]);
}
