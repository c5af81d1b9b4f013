import type { ScoredRow } from "../../model/types";
import { applies } from "../../reviews/reviewFor";
import { REVIEW_DECISIONS, type ReviewDecision } from "../../reviews/reviewTypes";
import type { RegisterInput } from "../registerInput";
import { diffRegisters, type RegisterDiff } from "./diffRegisters";
import { buildSnapshot, type RegisterSnapshot } from "./registerSnapshot";

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
  snapshot: RegisterSnapshot;
  diff?: RegisterDiff;
  stake: StakeLine[];
  /** Deals by the methodology's decision, all five (a version 1 profile never gives decline). */
  decisions: Record<ReviewDecision, number>;
  /** Deals the methodology declines: going ahead needs the board's approval. */
  needBoard: number;
  signOff?: {
    awaiting: SignOffLine[];
    overrides: SignOffLine[];
    overdue: SignOffLine[];
    conditionsDue: SignOffLine[];
    current: number;
  };
}

/** How far ahead the dashboard looks for conditions falling due. */
export const CONDITIONS_DUE_DAYS = 30;

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function stakeLines(results: readonly ScoredRow[], input: RegisterInput): StakeLine[] {
  const fx = input.lifecycle?.fx;
  const lines = new Map<string, StakeLine>();
  for (const r of results) {
    if (r.status !== "ok") continue;
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
  }
  const rank = (d: ReviewDecision) => -REVIEW_DECISIONS.indexOf(d);
  return [...lines.values()].sort((a, b) => rank(a.decision) - rank(b.decision) || a.currency.localeCompare(b.currency));
}

function signOff(results: readonly ScoredRow[], input: RegisterInput): LifecycleFigures["signOff"] {
  const lookup = input.reviews;
  if (!lookup) return undefined;
  const horizon = addDays(input.asOf, CONDITIONS_DUE_DAYS);
  const out = {
    awaiting: [] as SignOffLine[],
    overrides: [] as SignOffLine[],
    overdue: [] as SignOffLine[],
    conditionsDue: [] as SignOffLine[],
    current: 0,
  };
  for (const r of results) {
    if (r.status !== "ok") continue;
    const review = lookup(r);
    const base = {
      row: r.row,
      id: r.deal.id,
      customer: r.deal.customer,
      rank: REVIEW_DECISIONS.indexOf(r.assessment.decision as ReviewDecision),
    };
    if (review.status === "none") out.awaiting.push({ ...base, what: `Not signed off (methodology: ${r.assessment.decision})` });
    if (review.status === "stale") out.awaiting.push({ ...base, what: review.reasons.join(" ") });
    if (review.status === "overdue") out.overdue.push({ ...base, what: review.reasons.join(" ") });
    if (review.status === "current") out.current++;
    const rec = applies(review);
    if (!rec) continue;
    if (rec.decision !== rec.recommended)
      out.overrides.push({
        ...base,
        what: `${rec.recommended} taken as ${rec.decision} by ${rec.reviewer}${rec.approver ? `, approved by ${rec.approver}` : ""}: ${rec.overrideReason ?? ""}`,
      });
    for (const c of rec.conditions)
      if (c.due <= horizon)
        out.conditionsDue.push({
          ...base,
          due: c.due,
          what: `${c.text} - ${c.owner}, due ${c.due}${c.due < input.asOf ? " (past due)" : ""}`,
        });
  }
  // Most severe first (stable: input order among equals), so the board sees what matters in the first lines.
  for (const list of [out.awaiting, out.overdue]) list.sort((a, b) => b.rank - a.rank);
  out.conditionsDue.sort((a, b) => (a.due ?? "").localeCompare(b.due ?? ""));
  return out;
}

function countDecisions(results: readonly ScoredRow[]): Record<ReviewDecision, number> {
  const out = Object.fromEntries(REVIEW_DECISIONS.map((d) => [d, 0])) as Record<ReviewDecision, number>;
  for (const r of results) if (r.status === "ok") out[r.assessment.decision as ReviewDecision]++;
  return out;
}

const cache = new WeakMap<RegisterInput, LifecycleFigures>();

/** Computed once per register (the dashboard, the Changes and the Snapshot sheets all read it). */
export function lifecycleFigures(input: RegisterInput): LifecycleFigures {
  let f = cache.get(input);
  if (!f) {
    const snapshot = buildSnapshot(input);
    const previous = input.lifecycle?.previous;
    const needBoard = input.results.filter((r) => r.status === "ok" && (r.assessment.decision as ReviewDecision) === "decline").length;
    f = {
      snapshot,
      ...(previous ? { diff: diffRegisters(previous.snapshot, snapshot) } : {}),
      stake: stakeLines(input.results, input),
      needBoard,
      decisions: countDecisions(input.results),
      signOff: signOff(input.results, input),
    };
    cache.set(input, f);
  }
  return f;
}
