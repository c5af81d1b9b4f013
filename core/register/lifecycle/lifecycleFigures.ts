import type { ScoredRow } from "../../model/types";
import { applies } from "../../reviews/reviewFor";
import { REVIEW_DECISIONS, type ReviewDecision } from "../../reviews/reviewTypes";
import type { RegisterInput, RegisterMeta } from "../registerInput";
import { createDiffTally, PreviousDeals, type DiffTally, type RegisterDiff } from "./diffRegisters";
import { basisSourcesOfInput, snapshotMeta } from "./registerSnapshot";
import { byDueList, byRankList, inOrderList, type SignOffList } from "./signOffLists";
import { memoryLineSpool, type LineSpool } from "../lineSpool";
import { snapshotTally } from "./snapshotTally";

/** Value at stake for one decision in one currency (or converted into the FX currency). */
export interface StakeLine {
  decision: ReviewDecision;
  currency: string;
  deals: number;
  value: number;
  /** Deals with no value, or (when converting) in a currency with no rate: left out of `value`, and said so. */
  notCounted: number;
}

export interface SignOffLine {
  row: number;
  /** The methodology's decision as its place in REVIEW_DECISIONS: the most severe deals are listed first. */
  rank: number;
  /** A condition's due date (conditions are listed soonest first). */
  due?: string;
  id: string;
  customer: string;
  what: string;
}

export interface LifecycleFigures {
  /** The Snapshot sheet's rows (marker, register, one per deal or row in error); read once. */
  snapshotRows: () => Iterable<string[]>;
  diff?: RegisterDiff;
  stake: StakeLine[];
  /** Deals by the methodology's decision, all five (a version 1 profile never gives decline). */
  decisions: Record<ReviewDecision, number>;
  /** Deals the methodology declines: going ahead needs the board's approval. */
  needBoard: number;
  /** Each list counts every deal on it but keeps only the SIGN_OFF_LINES the dashboard shows. */
  signOff?: {
    awaiting: SignOffList;
    overrides: SignOffList;
    overdue: SignOffList;
    conditionsDue: SignOffList;
    current: number;
  };
}

/** Deals each sign-off list of the dashboard shows; the Register's review columns hold them all. */
export const SIGN_OFF_LINES = 25;

/** How far ahead the dashboard looks for conditions falling due. */
export const CONDITIONS_DUE_DAYS = 30;

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Value at stake per decision and currency, added up row by row. */
function stakeTally(input: RegisterMeta) {
  const fx = input.lifecycle?.fx;
  const lines = new Map<string, StakeLine>();
  return {
    add(r: ScoredRow & { status: "ok" }): void {
      const decision = r.assessment.decision as ReviewDecision;
      const own = r.deal.currency.trim().toUpperCase();
      const rate = fx ? (own === fx.currency ? 1 : fx.rates[own]) : 1;
      const currency = fx ? fx.currency : own;
      const key = `${decision}\u0000${currency}`;
      const line = lines.get(key) ?? { decision, currency, deals: 0, value: 0, notCounted: 0 };
      line.deals++;
      if (r.deal.value === null || rate === undefined || (!own && fx)) line.notCounted++;
      else line.value += r.deal.value * rate;
      lines.set(key, line);
    },
    lines(): StakeLine[] {
      const rank = (d: ReviewDecision) => -REVIEW_DECISIONS.indexOf(d);
      return [...lines.values()].sort((a, b) => rank(a.decision) - rank(b.decision) || a.currency.localeCompare(b.currency));
    },
  };
}

/** The dashboard's sign-off lists, gathered row by row (only when decision records were given). */
function signOffTally(input: RegisterMeta) {
  const lookup = input.reviews;
  if (!lookup) return undefined;
  const horizon = addDays(input.asOf, CONDITIONS_DUE_DAYS);
  const awaiting = byRankList(SIGN_OFF_LINES);
  const overdue = byRankList(SIGN_OFF_LINES);
  const overrides = inOrderList(SIGN_OFF_LINES);
  const conditionsDue = byDueList(SIGN_OFF_LINES);
  let current = 0;
  return {
    add(r: ScoredRow & { status: "ok" }): void {
      const review = lookup(r);
      const base = {
        row: r.row,
        id: r.deal.id,
        customer: r.deal.customer,
        rank: REVIEW_DECISIONS.indexOf(r.assessment.decision as ReviewDecision),
      };
      if (review.status === "none") awaiting.add({ ...base, what: `Not signed off (methodology: ${r.assessment.decision})` });
      if (review.status === "stale") awaiting.add({ ...base, what: review.reasons.join(" ") });
      if (review.status === "overdue") overdue.add({ ...base, what: review.reasons.join(" ") });
      if (review.status === "current") current++;
      const rec = applies(review);
      if (!rec) return;
      if (rec.decision !== rec.recommended)
        overrides.add({
          ...base,
          what: `${rec.recommended} taken as ${rec.decision} by ${rec.reviewer}${rec.approver ? `, approved by ${rec.approver}` : ""}: ${rec.overrideReason ?? ""}`,
        });
      for (const c of rec.conditions)
        if (c.due <= horizon)
          conditionsDue.add({
            ...base,
            due: c.due,
            what: `${c.text} - ${c.owner}, due ${c.due}${c.due < input.asOf ? " (past due)" : ""}`,
          });
    },
    figures: () => ({
      awaiting: awaiting.list(),
      overrides: overrides.list(),
      overdue: overdue.list(),
      conditionsDue: conditionsDue.list(),
      current,
    }),
  };
}

/** Figures for the decision-lifecycle parts of the register, gathered as rows go by (nothing per deal is held but the spool). */
export interface LifecycleTally {
  add(r: ScoredRow): void;
  figures(): LifecycleFigures;
}

/** `spool` keeps the Snapshot's lines, `changeSpool` the changes since the previous register. */
export function createLifecycleTally(
  input: RegisterMeta,
  spool: LineSpool = memoryLineSpool(),
  changeSpool: LineSpool = memoryLineSpool(),
): LifecycleTally {
  const stake = stakeTally(input);
  const signOff = signOffTally(input);
  // With a previous register, each deal is compared with it as it goes by: this register's snapshot
  // is not read back, and each previous deal is let go once compared.
  const previous = input.lifecycle?.previous?.snapshot;
  const diff: DiffTally | undefined = previous
    ? createDiffTally(
        previous,
        Array.isArray(previous.deals) ? PreviousDeals.of(previous.deals) : previous.deals,
        input.reviews !== undefined,
        changeSpool,
      )
    : undefined;
  const snapshot = snapshotTally(input, spool, diff);
  const decisions = Object.fromEntries(REVIEW_DECISIONS.map((d) => [d, 0])) as Record<ReviewDecision, number>;
  return {
    add(r) {
      snapshot.add(r);
      if (r.status !== "ok") return;
      decisions[r.assessment.decision as ReviewDecision]++;
      stake.add(r);
      signOff?.add(r);
    },
    figures() {
      return {
        snapshotRows: () => snapshot.rows(),
        ...(diff ? { diff: diff.finish(snapshotMeta(input, basisSourcesOfInput(input))) } : {}),
        stake: stake.lines(),
        needBoard: decisions.decline,
        decisions,
        signOff: signOff?.figures(),
      };
    },
  };
}

const cache = new WeakMap<RegisterMeta, LifecycleFigures>();

/** Figures gathered while the rows streamed by: the sheets written at the end read them through lifecycleFigures. */
export function keepLifecycleFigures(input: RegisterMeta, figures: LifecycleFigures): void {
  cache.set(input, figures);
}

/** Computed once per register (the dashboard, the Changes and the Snapshot sheets all read it). */
export function lifecycleFigures(input: RegisterInput): LifecycleFigures {
  let f = cache.get(input);
  if (!f) {
    const tally = createLifecycleTally(input);
    for (const r of input.results) tally.add(r);
    f = tally.figures();
    cache.set(input, f);
  }
  return f;
}
