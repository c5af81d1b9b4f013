/**
 * Accuracy of restricted-party screening on the labelled set (bench/screening-labelled-set.ts) built from
 * the real lists: recall on true variants, precision against real non-listed names, per variant kind and
 * over a threshold sweep. `npx tsx bench/screening-accuracy.ts`
 */
import { createScreener, DEFAULT_SCREENING_THRESHOLD } from "../core/screening";
import { buildLabelledSet, EVALUATION_LISTS, loadRealLists, type LabelledName } from "./screening-labelled-set";
import { buildVariantSetII } from "./screening-variants-ii";

interface Outcome {
  threshold: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  missed: LabelledName[];
  falseAlerts: { item: LabelledName; hit: string }[];
  byKind: Map<string, { found: number; total: number }>;
}

export function evaluate(
  set: LabelledName[],
  screen: (name: string) => { source: string; entryId: string; listName: string; score: number }[],
  threshold: number,
): Outcome {
  const o: Outcome = { threshold, tp: 0, fn: 0, fp: 0, tn: 0, missed: [], falseAlerts: [], byKind: new Map() };
  for (const item of set) {
    const hits = screen(item.query);
    const k = o.byKind.get(item.kind) ?? { found: 0, total: 0 };
    k.total++;
    if (item.expected) {
      if (hits.some((h) => `${h.source}:${h.entryId}` === item.expected)) {
        o.tp++;
        k.found++;
      } else {
        o.fn++;
        o.missed.push(item);
      }
    } else if (hits.length > 0) {
      o.fp++;
      o.falseAlerts.push({ item, hit: `${hits[0].listName} (${hits[0].source} ${hits[0].entryId}, ${hits[0].score})` });
    } else {
      o.tn++;
      k.found++;
    }
    o.byKind.set(item.kind, k);
  }
  return o;
}

const pct = (x: number) => (100 * x).toFixed(1) + "%";

/** The second set (independent generator): per-kind rates and F1 over both sets at the default threshold. */
function reportSetII(lists: Parameters<typeof buildLabelledSet>[0], first: Outcome): void {
  const set = buildVariantSetII(lists) as unknown as LabelledName[];
  const t = DEFAULT_SCREENING_THRESHOLD;
  const s = createScreener(lists, { threshold: t });
  const o = evaluate(set, (n) => s.screen(n), t);
  console.log(`\nSecond labelled set (bench/screening-variants-ii.ts, independent generator): ${set.length} names, threshold ${t}`);
  for (const [k, v] of o.byKind) {
    const negative = k === "lookalike" || k === "real-negative";
    const rate = negative ? `${pct((v.total - v.found) / v.total)} alerting` : `${pct(v.found / v.total)} found`;
    console.log(`  ${k.padEnd(16)} ${v.found}/${v.total}  ${rate}`);
  }
  const tp = first.tp + o.tp;
  const fp = first.fp + o.fp;
  const fn = first.fn + o.fn;
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  console.log(
    `  second set alone: precision ${pct(o.tp / (o.tp + o.fp))}, recall ${pct(o.tp / (o.tp + o.fn))}, F1 ${((2 * o.tp) / (2 * o.tp + o.fp + o.fn)).toFixed(3)}`,
  );
  console.log(
    `  both sets: precision ${pct(p)}, recall ${pct(r)}, F1 ${((2 * p * r) / (p + r)).toFixed(3)} (TP ${tp}, FP ${fp}, FN ${fn})`,
  );
  const real = o.byKind.get("real-negative") ?? { found: 0, total: 0 };
  const firstNegatives = first.fp + first.tn;
  console.log(
    `  real non-listed names, both sets: ${first.fp + real.total - real.found} of ${firstNegatives + real.total} alerting (${pct((first.fp + real.total - real.found) / (firstNegatives + real.total))})`,
  );
  const shown = Number(process.env.SHOW_MISSED ?? 15);
  console.log(`  missed (first ${shown}):`);
  for (const m of o.missed.slice(0, shown)) console.log(`    [${m.kind}] "${m.query}"  (listed: "${m.original}", ${m.expected})`);
  console.log(`  false alerts (first ${shown}):`);
  for (const f of o.falseAlerts.slice(0, shown)) console.log(`    [${f.item.kind}] "${f.item.query}" -> ${f.hit}`);
}

export function main(): void {
  const { lists } = loadRealLists(EVALUATION_LISTS);
  const set = buildLabelledSet(lists);
  const positives = set.filter((x) => x.expected).length;
  console.log(`Labelled set: ${positives} true variants of listed names, ${set.length - positives} real non-listed names`);
  console.log(`Lists: ${lists.map((l) => `${l.source} ${l.entryCount} entries / ${l.aliasCount} aliases`).join("; ")}`);
  console.log("\nthreshold  recall   precision  false alerts on negatives");
  const outcomes: Outcome[] = [];
  const sweep =
    process.env.SWEEP === "0" ? [DEFAULT_SCREENING_THRESHOLD] : [0.8, 0.82, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.92, 0.94, 0.96];
  for (const t of sweep) {
    const s = createScreener(lists, { threshold: t });
    const o = evaluate(set, (n) => s.screen(n), t);
    outcomes.push(o);
    const recall = o.tp / (o.tp + o.fn);
    const precision = o.tp / (o.tp + o.fp);
    console.log(
      `${t.toFixed(2).padStart(9)}  ${pct(recall).padStart(6)}  ${pct(precision).padStart(9)}  ${o.fp} of ${o.fp + o.tn}${t === DEFAULT_SCREENING_THRESHOLD ? "   <- default" : ""}`,
    );
  }
  const d = outcomes.find((o) => o.threshold === DEFAULT_SCREENING_THRESHOLD)!;
  console.log(
    `\nAt the default threshold ${DEFAULT_SCREENING_THRESHOLD}: recall ${pct(d.tp / (d.tp + d.fn))}, precision ${pct(d.tp / (d.tp + d.fp))} (TP ${d.tp}, FN ${d.fn}, FP ${d.fp}, TN ${d.tn})`,
  );
  console.log("By kind (found / total; for negatives: correctly clear / total):");
  for (const [k, v] of d.byKind) console.log(`  ${k.padEnd(16)} ${v.found}/${v.total}  ${pct(v.found / v.total)}`);
  const shown = Number(process.env.SHOW_MISSED ?? 15);
  console.log(`Missed variants (first ${shown}):`);
  for (const m of d.missed.slice(0, shown)) console.log(`  [${m.kind}] "${m.query}"  (listed: "${m.original}", ${m.expected})`);
  console.log("False alerts on real non-listed names:");
  for (const f of d.falseAlerts) console.log(`  "${f.item.query}" -> ${f.hit}`);
  reportSetII(lists, d);
}

if (require.main === module) main();
