import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";

/** Rows between two full collections: a few tens of milliseconds each, for a flat peak. */
const EVERY = 20_000;

let collect: (() => void) | undefined;

/**
 * A full garbage collection every EVERY rows of a long run. Left alone, V8 lets the heap of a
 * busy process grow well past what it keeps alive (a million-row run would end several hundred
 * MB higher than a ten-thousand-row one); a periodic full collection resets its growth limit to
 * the live data, which a streaming run keeps small. `gc` is reached the documented way for a
 * process started without --expose-gc: set the flag, then take it from a new context.
 *
 * With `aboveMb`, the heap is only looked at every `every` rows and collected when it holds more
 * than that, or than twice what the last collection left alive if that is more (a register keeps
 * every partner it has seen): a run whose garbage V8 already keeps in check pays for no extra
 * collection, and one with much live data is not collected over and over for it.
 */
export function createHeapTrim(every = EVERY, aboveMb?: number): () => void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  const gc = collect;
  let rows = 0;
  if (aboveMb === undefined)
    return () => {
      if (++rows % every === 0) gc();
    };
  const floor = aboveMb * 1024 * 1024;
  let limit = floor;
  return () => {
    if (++rows % every !== 0 || process.memoryUsage().heapUsed <= limit) return;
    gc();
    limit = Math.max(floor, 2 * process.memoryUsage().heapUsed);
  };
}
