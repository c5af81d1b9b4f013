import type { Assessment, Deal } from "../model/types";
import { assessDeal } from "./assessDeal";
import type { ScoringContext } from "./context";

const MEMO_LIMIT = 100_000;
const memos = new WeakMap<ScoringContext, Map<string, Assessment>>();

/**
 * assessDeal for tables: an assessment depends only on the deal's coded fields (and, with
 * screening, on the names), and pipelines repeat the same combinations, so identical inputs share
 * one frozen Assessment instead of rebuilding it row after row.
 */
export function assessDealMemo(deal: Deal, ctx: ScoringContext): Assessment {
  let memo = memos.get(ctx);
  if (!memo) memos.set(ctx, (memo = new Map()));
  let key =
    deal.capability + "|" + deal.scale + "|" + deal.country + "|" + deal.endUserType + "|" + deal.partnerType + "|" +
    (deal.partnerName ? 1 : 0) + "|" + deal.partnerCountry + "|" + deal.partnerDueDiligence + "|" +
    deal.redFlags.join(",") + "|" + deal.mitigations.join(",");
  if (ctx.screener) key += "|" + deal.endUserName + "|" + deal.partnerName;
  let a = memo.get(key);
  if (!a) {
    a = freezeAssessment(assessDeal(deal, ctx));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, a);
  }
  return a;
}

function freezeAssessment(a: Assessment): Assessment {
  for (const v of Object.values(a)) if (v && typeof v === "object") Object.freeze(v);
  return Object.freeze(a);
}
