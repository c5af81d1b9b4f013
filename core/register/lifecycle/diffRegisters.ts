import type { DealBasis } from "../../reviews/reviewTypes";
import { memoryLineSpool, type LineSpool } from "../lineSpool";
import type { RegisterSnapshot, SnapshotDeal, SnapshotHead } from "./registerSnapshot";

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
  /** In the order they were found (each deal as its row went by, then the removed and not assessed); read once. */
  changes: Iterable<RegisterChange>;
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

/** A deal's key: its id (or row), and a repeated id told apart by its occurrence ("D-1", "D-1 #2"). */
function keyOf(seen: Map<string, number>, id: string, row: number): string {
  const base = id || `row ${row}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base} #${n}`;
}

/**
 * The previous register's deals, keyed as the diff keys them. Each is kept as whatever `read` turns
 * into the deal when it is compared (the deal itself; its snapshot JSON text; the number of its text
 * in a temporary file on the command line) and taken out when a deal of this register matches it:
 * what is left at the end was removed or could not be assessed.
 */
export class PreviousDeals<H = SnapshotDeal> {
  private readonly held = new Map<string, H>();
  private readonly seen = new Map<string, number>();

  constructor(private readonly read: (held: H) => SnapshotDeal) {}

  add(id: string, row: number, held: H): void {
    this.held.set(keyOf(this.seen, id, row), held);
  }

  get size(): number {
    return this.held.size;
  }

  has(key: string): boolean {
    return this.held.has(key);
  }

  take(key: string): SnapshotDeal | undefined {
    if (!this.held.has(key)) return undefined;
    const h = this.held.get(key) as H;
    this.held.delete(key);
    return this.read(h);
  }

  /** The deals never taken, in the previous register's order. */
  *rest(): Generator<[string, SnapshotDeal]> {
    for (const [key, h] of this.held) yield [key, this.read(h)];
  }

  static of(deals: readonly SnapshotDeal[]): PreviousDeals {
    const p = new PreviousDeals<SnapshotDeal>((d) => d);
    for (const d of deals) p.add(d.id, d.row, d);
    return p;
  }
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

/**
 * A previous register's snapshot as a register run compares with it: its facts, and its deals kept
 * compactly (see PreviousDeals). Its deals are taken as they are compared: use it for one run.
 */
// What a deal is kept as is the reader's own business (any: a class with a reader of H is invariant in H).
export type PreviousSnapshot = SnapshotHead & { deals: PreviousDeals<any> };

/** The register-wide facts a diff compares: the as-of date and the versions behind the deals. */
export type SnapshotFacts = Pick<RegisterSnapshot, "asOf" | "methodology" | "reference" | "lists">;

/** A register's deals compared with the previous register's as they go by (see createDiffTally). */
export interface DiffTally {
  /** A deal of this register, in row order. */
  addDeal(now: SnapshotDeal): void;
  /** A row of this register that could not be scored (its deal, if the previous register had it, is "not assessed"). */
  addError(id: string, row: number): void;
  /** The changes once every row has gone by; the previous deals left over were removed or not assessed. */
  finish(after: SnapshotFacts): RegisterDiff;
}

/**
 * What changed between two registers, worked out while this register's rows go by: each deal is
 * compared with the previous register's deal of the same key and that one is let go, so nothing of
 * this register is held but the keys seen; the changes found wait in `spool` (a temporary file on
 * the command line: a methodology change can change every deal). `reviewed`: this register was
 * built with decision records (without them sign-offs are not compared).
 */
export function createDiffTally<H>(
  before: SnapshotFacts,
  previous: PreviousDeals<H>,
  reviewed: boolean,
  spool: LineSpool = memoryLineSpool(),
): DiffTally {
  const seen = new Map<string, number>();
  const inError = new Map<string, number>();
  const counts = { "New deal": 0, "Removed deal": 0, "Not assessed": 0 } as Record<ChangeKind, number>;
  let changed = 0;
  const found = (c: RegisterChange) => {
    counts[c.kind] = (counts[c.kind] ?? 0) + 1;
    spool.add(JSON.stringify(c));
  };
  return {
    addDeal(now) {
      const key = keyOf(seen, now.id, now.row);
      const was = previous.take(key);
      if (!was) {
        found({
          kind: "New deal",
          dealId: key,
          customer: now.customer,
          before: "",
          after: `${now.decision}, residual ${now.residualBand}`,
          causes: [CAUSES.input],
        });
        return;
      }
      const own = dealChanges(key, was, now, reviewed);
      if (own.length) changed++;
      for (const c of own) found(c);
    },
    addError(id, row) {
      // Only an id the previous register still has to match can make a deal "not assessed".
      if (id && previous.has(id)) inError.set(id, row);
    },
    finish(after) {
      for (const [key, was] of previous.rest()) {
        const row = inError.get(key);
        // Still in the pipeline but unreadable: never reported as gone, and never as cleared.
        found({
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
        changes: spooledChanges(spool),
        added: counts["New deal"],
        removed: counts["Removed deal"],
        notAssessed: counts["Not assessed"],
        changed,
        context,
      };
    },
  };
}

function* spooledChanges(spool: LineSpool): Generator<RegisterChange> {
  for (const line of spool.lines()) yield JSON.parse(line) as RegisterChange;
}

/** What changed between two registers: new and removed deals, and every decision, band or sign-off change with its causes. */
export function diffRegisters(before: RegisterSnapshot, after: RegisterSnapshot): RegisterDiff & { changes: RegisterChange[] } {
  const tally = createDiffTally(before, PreviousDeals.of(before.deals), after.reviewed);
  for (const d of after.deals) tally.addDeal(d);
  for (const e of after.errors ?? []) tally.addError(e.id, e.row);
  const diff = tally.finish(after);
  return { ...diff, changes: [...diff.changes] };
}
