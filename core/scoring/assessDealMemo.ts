import type { Assessment, Deal } from "../model/types";
import { assessDeal } from "./assessDeal";
import type { ScoringContext } from "./context";

const MEMO_LIMIT = 20_000;

/** A trie of Maps: each level is keyed by one input; no key string is built per row. */
type Trie = Map<unknown, Trie | Assessment>;
interface Memo {
  root: Trie;
  size: number;
}
const memos = new WeakMap<ScoringContext, Memo>();

/**
 * assessDeal for tables: an assessment depends only on the deal's coded fields (and, with
 * screening, on the names), and pipelines repeat the same combinations, so identical inputs share
 * one frozen Assessment instead of rebuilding it row after row. List fields are keyed by array
 * identity: table intake hands the same array to every row with the same cell text.
 */
export function assessDealMemo(deal: Deal, ctx: ScoringContext): Assessment {
  let memo = memos.get(ctx);
  if (!memo) memos.set(ctx, (memo = { root: new Map(), size: 0 }));
  const screened = ctx.screener !== undefined;
  let node = memo.root;
  const last = screened ? 12 : 10;
  for (let i = 0; i <= last; i++) {
    const key = keyAt(deal, i);
    let next = node.get(key);
    if (i === last) {
      if (next) return next as Assessment;
      const a = freezeAssessment(assessDeal(deal, ctx));
      if (++memo.size > MEMO_LIMIT) {
        memo.root = new Map();
        memo.size = 0;
      } else node.set(key, a);
      return a;
    }
    if (!next) node.set(key, (next = new Map()));
    node = next as Trie;
  }
  /* istanbul ignore next -- the loop always returns */
  return assessDeal(deal, ctx);
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
    default:
      return d.partnerName;
  }
}

function freezeAssessment(a: Assessment): Assessment {
  for (const v of Object.values(a)) if (v && typeof v === "object") Object.freeze(v);
  return Object.freeze(a);
}
