import { normalizeKey } from "../text/normalizeKey";
import { ownText } from "../text/ownText";

/**
 * normalizeKey memoised: coded cells repeat across rows, and Unicode normalisation is not free. A
 * key is kept as its own copy: a cell cut out of a block of the input would keep the block alive.
 */
const keyMemo = new Map<string, string>();
export function cachedKey(text: string): string {
  let k = keyMemo.get(text);
  if (k === undefined) {
    k = normalizeKey(text);
    if (keyMemo.size > 20_000) keyMemo.clear();
    keyMemo.set(ownText(text), k);
  }
  return k;
}
