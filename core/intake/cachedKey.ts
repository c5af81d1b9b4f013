import { normalizeKey } from "../text/normalizeKey";

/** normalizeKey memoised: coded cells repeat across rows, and Unicode normalisation is not free. */
const keyMemo = new Map<string, string>();
export function cachedKey(text: string): string {
  let k = keyMemo.get(text);
  if (k === undefined) {
    k = normalizeKey(text);
    if (keyMemo.size > 20_000) keyMemo.clear();
    keyMemo.set(text, k);
  }
  return k;
}
