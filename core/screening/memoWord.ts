/**
 * A memo of a pure function of one word. Names repeat their words (a million partner names use a few
 * thousand distinct words), so each word is worked out once; the memo is emptied when it reaches `limit`
 * words, which bounds its memory whatever the input.
 */
export function memoWord<T>(f: (word: string) => T, limit = 50_000): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let v = memo.get(word);
    if (v === undefined && !memo.has(word)) {
      v = f(word);
      if (memo.size >= limit) memo.clear();
      memo.set(word, v);
    }
    return v as T;
  };
}
