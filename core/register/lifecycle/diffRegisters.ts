import type { DealBasis } from "../../reviews/reviewTypes";
import type { RegisterSnapshot, SnapshotDeal } from "./registerSnapshot";

export type ChangeKind = "New deal" | "Removed deal" | "Not assessed" | "Decision" | "Residual band" | "Inherent band" | "Sign-off";

/** Causes a change can be attributed to, in the words the Changes sheet uses. */
export const CAUSES = {
  input: "the deal's input",
  methodology: "the methodology",
  reference: "the reference data",
  lists: "the lists",
  review: "a review",
  reviewDue: "the review date passed",
  other: "not explained by the recorded inputs (another tool version or as-of date)",
} as const;

export interface RegisterChange {
  kind: ChangeKind;
  dealId: string;
  customer: string;
  before: string;
  after: string;
  causes: string[];
}

export interface RegisterDiff {
  changes: RegisterChange[];
  added: number;
  removed: number;
  /** Deals of the previous register whose row could not be scored this time. */
  notAssessed: number;
  /** Deals whose decision, band or sign-off changed. */
  changed: number;
  /** Register-wide differences: methodology, reference data and lists versions. */
  context: { what: string; before: string; after: string }[];
}

/**
 * Which recorded inputs of one deal differ. Reference data and lists are compared as this deal used
 * them (its destination figures and restrictions, its screening hits), so a new table that changes
 * nothing for this deal is not named as a cause of its change.
 */
function basisCauses(a: DealBasis, b: DealBasis): string[] {
  const out: string[] = [];
  if (a.input !== b.input) out.push(CAUSES.input);
  if (a.methodology !== b.methodology) out.push(CAUSES.methodology);
  if (a.referenceDeal !== b.referenceDeal) out.push(CAUSES.reference);
  if (a.listsDeal !== b.listsDeal) out.push(CAUSES.lists);
  return out;
}

/** Deals keyed by id; a repeated id is told apart by its occurrence ("D-1", "D-1 #2"). */
function keyed(deals: readonly SnapshotDeal[]): Map<string, SnapshotDeal> {
  const seen = new Map<string, number>();
  const out = new Map<string, SnapshotDeal>();
  for (const d of deals) {
    const base = d.id || `row ${d.row}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(n === 1 ? base : `${base} #${n}`, d);
  }
  return out;
}

function signOffText(d: SnapshotDeal): string {
  const r = d.review;
  if (!r.decisionTaken) return r.status === "stale" ? "Stale sign-off" : "Not signed off";
  const by = r.approver ? `${r.reviewer}, approved by ${r.approver}` : r.reviewer;
  return `${r.decisionTaken} (${by}, ${r.date})${r.status === "overdue" ? ", overdue" : ""}`;
}

function signOffCauses(a: SnapshotDeal, b: SnapshotDeal, basis: string[]): string[] {
  const sameRecord =
    a.review.date === b.review.date && a.review.reviewer === b.review.reviewer && a.review.decisionTaken === b.review.decisionTaken;
  if (!sameRecord && b.review.decisionTaken) return [CAUSES.review];
  if (b.review.status === "stale" || (!b.review.decisionTaken && a.review.decisionTaken)) return basis.length ? basis : [CAUSES.review];
  if (b.review.status === "overdue" && a.review.status !== "overdue") return [CAUSES.reviewDue];
  return [CAUSES.review];
}

function dealChanges(key: string, a: SnapshotDeal, b: SnapshotDeal, reviewed: boolean): RegisterChange[] {
  const basis = basisCauses(a.basis, b.basis);
  const causes = basis.length ? basis : [CAUSES.other];
  const out: RegisterChange[] = [];
  const add = (kind: ChangeKind, before: string, after: string, why: string[]) =>
    out.push({ kind, dealId: key, customer: b.customer, before, after, causes: why });
  if (a.decision !== b.decision) add("Decision", a.decision, b.decision, causes);
  if (a.residualBand !== b.residualBand) add("Residual band", a.residualBand, b.residualBand, causes);
  if (a.inherentBand !== b.inherentBand) add("Inherent band", a.inherentBand, b.inherentBand, causes);
  // Without decision records this time, a sign-off cannot be compared: say nothing rather than "removed".
  if (reviewed && signOffText(a) !== signOffText(b)) add("Sign-off", signOffText(a), signOffText(b), signOffCauses(a, b, basis));
  return out;
}

function versionsText(list: readonly string[]): string {
  return list.length ? list.join("; ") : "none";
}

/** What changed between two registers: new and removed deals, and every decision, band or sign-off change with its causes. */
export function diffRegisters(before: RegisterSnapshot, after: RegisterSnapshot): RegisterDiff {
  const a = keyed(before.deals);
  const b = keyed(after.deals);
  const changes: RegisterChange[] = [];
  let changed = 0;
  for (const [key, now] of b) {
    const was = a.get(key);
    if (!was) {
      changes.push({
        kind: "New deal",
        dealId: key,
        customer: now.customer,
        before: "",
        after: `${now.decision}, residual ${now.residualBand}`,
        causes: [CAUSES.input],
      });
      continue;
    }
    const own = dealChanges(key, was, now, after.reviewed);
    if (own.length) changed++;
    changes.push(...own);
  }
  const inError = new Map((after.errors ?? []).filter((e) => e.id).map((e) => [e.id, e.row]));
  for (const [key, was] of a) {
    if (b.has(key)) continue;
    const row = inError.get(key);
    // Still in the pipeline but unreadable: never reported as gone, and never as cleared.
    changes.push({
      kind: row === undefined ? "Removed deal" : "Not assessed",
      dealId: key,
      customer: was.customer,
      before: `${was.decision}, residual ${was.residualBand}`,
      after: row === undefined ? "" : `input row ${row} could not be scored (see Input errors)`,
      causes: [CAUSES.input],
    });
  }
  const context = [
    { what: "Register as of", before: before.asOf, after: after.asOf },
    { what: "Methodology", before: before.methodology, after: after.methodology },
    { what: "Reference data", before: versionsText(before.reference), after: versionsText(after.reference) },
    { what: "Restricted-party lists", before: versionsText(before.lists), after: versionsText(after.lists) },
  ];
  return {
    changes,
    added: changes.filter((c) => c.kind === "New deal").length,
    removed: changes.filter((c) => c.kind === "Removed deal").length,
    notAssessed: changes.filter((c) => c.kind === "Not assessed").length,
    changed,
    context,
  };
}
