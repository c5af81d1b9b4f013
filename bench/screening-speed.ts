/**
 * Speed of restricted-party screening: 10,000 names against the full 2024 OFAC SDN file (aliases from
 * Remarks), import and index included, on one core; the same names through a naive scorer that compares
 * every listed name, and a check that both find the same hits on the labelled set.
 * `npx tsx bench/screening-speed.ts`
 */
import { buildScreeningIndex, DEFAULT_SCREENING_THRESHOLD, screenName, screenNameAllPairs } from "../core/screening";
import { buildLabelledSet, loadRealLists, NEGATIVE_PEOPLE, NEGATIVE_NAMES } from "./screening-labelled-set";

const TOTAL = Number(process.env.SPEED_NAMES ?? 10_000);

/** 10,000 names: half true variants of listed names, half real non-listed names and recombined real personal names. */
function speedNames(lists: Parameters<typeof buildLabelledSet>[0]): string[] {
  const positives = buildLabelledSet(lists, Math.ceil(TOTAL / 2 / 6), 7)
    .filter((x) => x.expected)
    .map((x) => x.query)
    .slice(0, TOTAL / 2);
  const negatives: string[] = [...NEGATIVE_NAMES];
  const firsts = NEGATIVE_PEOPLE.map((p) => p.split(" ")[0]);
  const lasts = NEGATIVE_PEOPLE.map((p) => p.split(" ").slice(1).join(" "));
  for (let i = 0; negatives.length < TOTAL - positives.length; i++)
    negatives.push(`${firsts[i % firsts.length]} ${lasts[(i * 7 + 3) % lasts.length]}`);
  return [...positives, ...negatives];
}

export function main(): void {
  const threshold = DEFAULT_SCREENING_THRESHOLD;
  // Names are prepared before the clock starts; the clock covers reading the list, indexing and screening.
  const { lists: preview } = loadRealLists([["ofac-sdn-2024-05-03.csv"]]);
  const names = speedNames(preview);

  const t0 = performance.now();
  const { lists, importMs } = loadRealLists([["ofac-sdn-2024-05-03.csv"]]);
  const t1 = performance.now();
  const index = buildScreeningIndex(lists);
  const t2 = performance.now();
  let alerts = 0;
  for (const n of names) if (screenName(index, n, { threshold }).length > 0) alerts++;
  const t3 = performance.now();
  const total = t3 - t0;
  console.log(
    `${names.length} names vs OFAC SDN 2024 (${lists[0].entryCount} entries, ${lists[0].aliasCount} aliases from Remarks; ${index.names.length} indexed names), threshold ${threshold}`,
  );
  console.log(
    `  import ${importMs.toFixed(0)} ms (incl. file read), index ${(t2 - t1).toFixed(0)} ms, screening ${(t3 - t2).toFixed(0)} ms (${((t3 - t2) / names.length).toFixed(3)} ms/name)`,
  );
  console.log(`  TOTAL ${(total / 1000).toFixed(2)} s (target < 5 s); ${alerts} names alerted`);

  // Naive scorer: every name against every listed name. Timed on a sample and scaled to 10,000 names.
  const sample = names.filter((_, i) => i % 50 === 0);
  const n0 = performance.now();
  for (const n of sample) screenNameAllPairs(index, n, { threshold });
  const perName = (performance.now() - n0) / sample.length;
  const naiveTotal = (perName * names.length) / 1000;
  const indexedScreening = (t3 - t2) / 1000;
  console.log(
    `  naive all-pairs: ${perName.toFixed(1)} ms/name on ${sample.length} names -> ${naiveTotal.toFixed(0)} s for ${names.length} (+ the same import)`,
  );
  console.log(
    `  speed-up of screening through the index: ${(naiveTotal / indexedScreening).toFixed(0)}x; end to end incl. import: ${((naiveTotal + (t2 - t0) / 1000) / (total / 1000)).toFixed(0)}x`,
  );

  // Same hits: the labelled set through both.
  const set = buildLabelledSet(lists);
  let same = 0;
  const differ: string[] = [];
  for (const x of set) {
    const a = screenName(index, x.query, { threshold })
      .map((h) => `${h.entryId}:${h.score}`)
      .join(",");
    const b = screenNameAllPairs(index, x.query, { threshold })
      .map((h) => `${h.entryId}:${h.score}`)
      .join(",");
    if (a === b) same++;
    else differ.push(`${x.query}: index [${a}] vs all-pairs [${b}]`);
  }
  console.log(`  labelled set (${set.length} names): index and all-pairs give identical hits for ${same}/${set.length}`);
  for (const d of differ.slice(0, 10)) console.log(`    differs: ${d}`);
}

if (require.main === module) main();
