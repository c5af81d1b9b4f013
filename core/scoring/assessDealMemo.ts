import type { Assessment, Deal } from "../model/types";
import { assessDeal } from "./assessDeal";
import type { ScoringContext } from "./context";

const MEMO_LIMIT = 20_000;
/** Rows in one trial (or one check) of the memo, the hits it must reach there, and rows it is then left alone when it does not pay. */
const TRIAL_ROWS = 2_000;
const PAYING_HITS = TRIAL_ROWS / 4;
const BYPASS_ROWS = 50_000;

/** A trie of Maps: each level is keyed by one input; no key string is built per row. A leaf is the assessment, or `true` in a trial. */
type Trie = Map<unknown, Trie | Assessment | true>;
interface Memo {
  root: Trie;
  size: number;
  mode: "trial" | "memo" | "bypass";
  /** Rows looked up and hits in the current trial or check; rows left in a bypass. */
  looked: number;
  hits: number;
  bypass: number;
}
const memos = new WeakMap<ScoringContext, Memo>();

/**
 * assessDeal for tables: an assessment depends only on the deal's coded fields (and, with
 * screening, on the names), and pipelines repeat the same combinations, so identical inputs share
 * one frozen Assessment instead of rebuilding it row after row. List fields are keyed by array
 * identity: table intake hands the same array to every row with the same cell text.
 *
 * A pipeline whose combinations hardly repeat (a multi-year history) gains nothing from the memo
 * and pays for it: tens of thousands of held assessments slow every garbage collection, and V8,
 * seeing them survive, starts allocating every assessment in the old generation. So the memo is
 * first tried on TRIAL_ROWS rows with markers only (no assessment held); it is used when a quarter
 * of them repeat, and checked again every TRIAL_ROWS rows; otherwise it is left alone for
 * BYPASS_ROWS rows before the next trial. Each row gets the same assessment either way.
 */
export function assessDealMemo(deal: Deal, ctx: ScoringContext): Assessment {
  let memo = memos.get(ctx);
  if (!memo) memos.set(ctx, (memo = { root: new Map(), size: 0, mode: "trial", looked: 0, hits: 0, bypass: 0 }));
  if (memo.mode === "bypass") {
    if (--memo.bypass <= 0) restart(memo, "trial");
    return assessDeal(deal, ctx);
  }
  const trial = memo.mode === "trial";
  const a = lookUp(deal, ctx, memo, trial);
  if (++memo.looked === TRIAL_ROWS) {
    if (memo.hits < PAYING_HITS) {
      restart(memo, "bypass");
      memo.bypass = BYPASS_ROWS;
    } else if (trial) restart(memo, "memo");
    memo.looked = 0;
    memo.hits = 0;
  }
  return a;
}

function restart(memo: Memo, mode: Memo["mode"]): void {
  memo.root = new Map();
  memo.size = 0;
  memo.mode = mode;
  memo.looked = 0;
  memo.hits = 0;
}

/** Walks the trie for the deal; a trial leaves a marker at the leaf and always assesses. */
function lookUp(deal: Deal, ctx: ScoringContext, memo: Memo, trial: boolean): Assessment {
  const last = ctx.screener !== undefined ? 13 : 10;
  let node = memo.root;
  for (let i = 0; i < last; i++) {
    const key = keyAt(deal, i);
    let next = node.get(key) as Trie | undefined;
    if (!next) node.set(key, (next = new Map()));
    node = next;
  }
  const key = keyAt(deal, last);
  const leaf = node.get(key);
  if (leaf !== undefined) {
    memo.hits++;
    if (!trial) return leaf as Assessment;
  }
  const a = trial ? assessDeal(deal, ctx) : freezeAssessment(assessDeal(deal, ctx));
  if (leaf !== undefined) return a;
  if (++memo.size > MEMO_LIMIT) {
    memo.root = new Map();
    memo.size = 0;
  } else node.set(key, trial ? true : a);
  return a;
}

function keyAt(d: Deal, i: number): unknown {
  if (i === 0) return d.asAt;
  switch (i - 1) {
    case 0:
      return d.capability;
    case 1:
      return d.scale;
    case 2:
      return d.country;
    case 3:
      return d.endUserType;
    case 4:
      return d.partnerType;
    case 5:
      return d.partnerName !== "";
    case 6:
      return d.partnerCountry;
    case 7:
      return d.partnerDueDiligence;
    case 8:
      return d.redFlags;
    case 9:
      return d.mitigations;
    case 10:
      return d.endUserName;
    case 11:
      return d.customer;
    default:
      return d.partnerName;
  }
}

function freezeAssessment(a: Assessment): Assessment {
  for (const v of Object.values(a)) if (v && typeof v === "object") Object.freeze(v);
  return Object.freeze(a);
}
