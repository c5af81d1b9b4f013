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

/** Names per index: 2^21, so a hash (32 bits) and a name fit exactly in one double. */
const NAME_LIMIT = 1 << 21;

/**
 * (key hash, name) pairs gathered while indexing, packed into a key table at the end. Each pair is one
 * number (hash * 2^21 + name), so gathering and grouping cost two typed arrays and a numeric sort.
 */
export class KeyPairs {
  private packed = new Float64Array(1 << 16);
  private count = 0;

  add(hash: number, name: number): void {
    if (name >= NAME_LIMIT) throw new RangeError(`a screening index holds at most ${NAME_LIMIT} names`);
    if (this.count === this.packed.length) {
      const grown = new Float64Array(this.packed.length * 2);
      grown.set(this.packed);
      this.packed = grown;
    }
    this.packed[this.count++] = (hash >>> 0) * NAME_LIMIT + name;
  }

  table(): KeyTable {
    const packed = this.packed.subarray(0, this.count).sort();
    let groups = 0;
    let names = 0;
    for (let i = 0; i < packed.length; i++) {
      if (i > 0 && packed[i] === packed[i - 1]) continue;
      names++;
      if (i === 0 || Math.floor(packed[i] / NAME_LIMIT) !== Math.floor(packed[i - 1] / NAME_LIMIT)) groups++;
    }
    let size = 1;
    while (size < groups * 2) size <<= 1;
    const slots = new Int32Array(size).fill(-1);
    const hashes = new Int32Array(groups);
    const start = new Int32Array(groups + 1);
    const ids = new Int32Array(names);
    let g = -1;
    let o = 0;
    let lastHash = -1;
    for (let i = 0; i < packed.length; i++) {
      if (i > 0 && packed[i] === packed[i - 1]) continue;
      const hash = Math.floor(packed[i] / NAME_LIMIT);
      if (hash !== lastHash) {
        g++;
        lastHash = hash;
        hashes[g] = hash | 0;
        start[g] = o;
        let slot = hash & (size - 1);
        while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
        slots[slot] = g;
      }
      ids[o++] = packed[i] % NAME_LIMIT;
    }
    start[groups] = o;
    return { slots, hashes, start, ids };
  }
}

/** Packs postings (key -> names) into a key table. */
export function buildKeyTable(postings: Map<string, number[]>): KeyTable {
  const pairs = new KeyPairs();
  for (const [key, ids] of postings) for (const id of ids) pairs.add(keyStringHash(key), id);
  return pairs.table();
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
