import type { CellError } from "../model/types";
import { ownText } from "../text/ownText";

/**
 * Builds each distinct (column, value) error once. Suggestions cost milliseconds (a search over
 * every name) and a bad value tends to repeat down a column; a column of thousands of distinct
 * bad values gets suggestions for the first few hundred only.
 */
export function createErrorMemo(): (key: string, value: string, make: (suggest: boolean) => CellError) => CellError {
  const memo = new Map<string, CellError>();
  let suggestionBudget = 500;
  return (key, value, make) => {
    const k = key + "\u0000" + value;
    let e = memo.get(k);
    if (!e) {
      e = make(suggestionBudget-- > 0);
      if (memo.size > 10_000) memo.clear();
      memo.set(ownText(k), e);
    }
    return e;
  };
}

/** "did you mean 'X'? " - or, for an ambiguous name, both candidates as the resolver gives them. */
export function suggestion(s: string | undefined): string {
  if (!s) return "";
  return s.includes(" or ") ? `did you mean ${s}? Otherwise ` : `did you mean '${s}'? Otherwise `;
}
