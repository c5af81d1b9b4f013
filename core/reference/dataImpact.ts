import type { DecisionId, ScoredRow } from "../model/types";

/** One deal whose decision would change under the proposed reference data. */
export interface DecisionChange {
  row: number;
  id: string;
  before: DecisionId | "error";
  after: DecisionId | "error";
  /** Drivers the proposed data adds ("now: ...") or removes ("no longer: "), hard stops first. */
  why: string[];
}

export interface DataImpact {
  deals: number;
  changes: DecisionChange[];
  /** Deals whose decision stays but whose residual score moves. */
  scoreOnly: number;
  /** Rows that could not be scored with either data (input errors): not compared. */
  inputErrors: number;
}

const decisionOf = (r: ScoredRow): DecisionId | "error" => (r.status === "ok" ? r.assessment.decision : "error");

/** Deals compared one at a time (a front end that streams its table holds only the changes it reports). */
export interface ImpactTally {
  /** One deal scored with the data in use and with the proposed data; its change of decision, if any. */
  add(before: ScoredRow, after: ScoredRow): DecisionChange | undefined;
  /**
   * Deals compared so far; those whose decision stays but whose residual score moves; and rows that
   * could not be scored with either data (input errors), which nothing can be said of.
   */
  counts(): { deals: number; scoreOnly: number; inputErrors: number };
}

export function createImpactTally(): ImpactTally {
  let deals = 0;
  let scoreOnly = 0;
  let inputErrors = 0;
  return {
    add(b, a) {
      deals++;
      const was = decisionOf(b);
      const now = decisionOf(a);
      if (was !== now) return { row: b.row, id: b.id, before: was, after: now, why: driverChanges(b, a) };
      if (was === "error") inputErrors++;
      if (b.status === "ok" && a.status === "ok" && b.assessment.residual.score !== a.assessment.residual.score) scoreOnly++;
      return undefined;
    },
    counts: () => ({ deals, scoreOnly, inputErrors }),
  };
}

/**
 * Compares the same pipeline scored with the data in use (before) and with proposed data (after),
 * row by row: which deals change decision and the drivers behind the change. Both lists must come
 * from the same table, so rows pair by position.
 */
export function compareScores(before: readonly ScoredRow[], after: readonly ScoredRow[]): DataImpact {
  if (before.length !== after.length) throw new Error("The two scorings are not of the same pipeline");
  const tally = createImpactTally();
  const changes: DecisionChange[] = [];
  before.forEach((b, i) => {
    const change = tally.add(b, after[i]);
    if (change) changes.push(change);
  });
  return { ...tally.counts(), changes };
}

function driverChanges(before: ScoredRow, after: ScoredRow): string[] {
  const list = (r: ScoredRow): string[] =>
    r.status === "ok" ? r.assessment.drivers : r.errors.map((e) => `Input error in ${e.column}: ${e.message}`);
  const was = new Set(list(before));
  const now = new Set(list(after));
  return [
    ...[...now].filter((d) => !was.has(d)).map((d) => `now: ${d}`),
    ...[...was].filter((d) => !now.has(d)).map((d) => `no longer: ${d}`),
  ];
}
