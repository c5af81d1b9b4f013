import fc from "fast-check";
import {
  buildScreeningIndex,
  explainHit,
  importLists,
  queryVariants,
  screenNameScored,
  screenNameScoredAllPairs,
  type ScoredHit,
  type ScreeningIndex,
  type ScreeningList,
} from "../../core/screening";
import { buildKeyTable, findKey, groupIds, keyStringHash } from "../../core/screening/keyTable";
import { wordKeyHashes, wordKeys } from "../../core/screening/screeningIndex";
import { memoWord } from "../../core/screening/memoWord";
import { realFile } from "./realLists";

/** Every shipped list, as `export-risk screen` loads them for the million-name benchmark. */
const SHIPPED = [
  ["ofac-sdn-2024-05-03.csv"],
  ["ofac-2021/sdn.csv", "ofac-2021/alt.csv", "ofac-2021/add.csv"],
  ["us-csl-sample.csv"],
  ["un-consolidated-2026-02-27.xml"],
];

function shippedLists(): ScreeningList[] {
  return SHIPPED.map((group) => {
    const [r] = importLists(group.map(realFile), { asOf: "2024-05-03" });
    if (!r.ok) throw new Error(r.error.message);
    return r.list;
  });
}

/** Partner names of every kind the matcher meets: listed names as written and altered, real non-listed names, generated ones. */
const FIXED_NAMES = [
  "Intellexa S.A.",
  "INTELEXA SA",
  "Cytrox Holdings Zrt.",
  "Kalashnikov Concern JSC",
  "Rosoboroneksport",
  "Cuba Banco Nacional",
  "National Bank of Cuba",
  "Zor Security",
  "PROM OCIONES",
  "M. Ghani",
  "M. Bilal",
  "KIM Chol",
  "E. Khatib",
  "Ali A. Hasan",
  "Şä'ïd, Møhamed",
  "Mohammed Saeed",
  "Usama bin Laden",
  "Osama Bin Ladin",
  "Wei Zhang",
  "ZHANG, Wei",
  "Butembo Airlines (BAL)",
  "KE.DO",
  "Acme Trading t/a Mahan Air",
  "Global Trading formerly Banco Nacional de Cuba",
  "Alphabet Inc.",
  "Inditex",
  "Armis Inc.",
  "Microsoft Corporation",
  "Apple Inc.",
  "Siemens AG",
  "University of Oxford",
  "Deloitte LLP",
  "Jane Doe",
  "Global Trading 2S Ltd",
  "Secure Networks LFLS Pte Ltd",
  "Northern Vector 1A FZE",
  "Digital Holdings Z GmbH",
  "a",
  "L L C",
  "The Company Ltd",
  "Министерство обороны",
  "北京 科技 有限公司",
];

/** What a reviewer sees of each hit and near miss: the hit, whether it alerts, and its explanation. */
function shown(index: ScreeningIndex, name: string, scored: ScoredHit[]): string {
  const { extras } = queryVariants(name);
  return JSON.stringify(scored.map((s) => explainHit(index, s, extras, "Iran")));
}

describe("the screening index finds exactly what scoring every listed name finds (every shipped list)", () => {
  const index = buildScreeningIndex(shippedLists());
  const options = { threshold: 0.88, floor: 0.8 };
  const same = (name: string) =>
    expect(shown(index, name, screenNameScored(index, name, options))).toBe(
      shown(index, name, screenNameScoredAllPairs(index, name, options)),
    );

  it.each(FIXED_NAMES)("'%s': same hits, near misses, scores and explanations", same);

  it("listed names altered the way partners write them: the same hits, near misses and explanations", () => {
    // A fixed sample of listed names (every 3,000th), each as listed, with a letter dropped, reordered and initialled.
    const sample = index.names.filter((_, i) => i % 3000 === 0).map((n) => n.text);
    for (const listed of sample) {
      const words = listed.split(/\s+/);
      const longest = words.reduce((a, w) => (w.length > a.length ? w : a), "");
      const cut = Math.floor(longest.length / 2);
      const variants = [
        listed,
        listed.replace(longest, longest.slice(0, cut) + longest.slice(cut + 1)),
        [...words].reverse().join(" "),
        words.map((w, i) => (i === 0 && words.length > 1 ? `${w[0]}.` : w)).join(" "),
      ];
      for (const v of variants) same(v);
    }
  });
});

describe("the packed key table", () => {
  it("hashes a word's keys without building them exactly as it hashes the key strings", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,14}$/), fc.stringMatching(/^[A-Z0-9]{0,8}$/), (word, key) => {
        expect(wordKeyHashes(word, key)).toEqual(wordKeys(word, key).map(keyStringHash));
      }),
    );
  });

  it("finds every key's names, and an absent key finds nothing or a key of the same hash", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[tpd][a-z]{1,6}$/), { maxLength: 300 }),
        fc.stringMatching(/^[tpd][a-z]{1,6}$/),
        (keys, other) => {
          const postings = new Map(keys.map((k, i) => [k, [i, i + 1000]]));
          const table = buildKeyTable(postings);
          for (const [k, ids] of postings) {
            const g = findKey(table, keyStringHash(k));
            expect(g).toBeGreaterThanOrEqual(0);
            expect([...groupIds(table, g)]).toEqual(expect.arrayContaining(ids));
          }
          const g = findKey(table, keyStringHash(other));
          if (!postings.has(other)) expect(g === -1 || table.hashes[g] === keyStringHash(other)).toBe(true);
        },
      ),
    );
  });
});

describe("memoWord", () => {
  it("works each word out once and forgets everything when full, so its memory stays bounded", () => {
    let calls = 0;
    const length = memoWord((w: string) => (calls++, w.length), 3);
    expect([length("ab"), length("ab"), length("abc")]).toEqual([2, 2, 3]);
    expect(calls).toBe(2);
    length("x");
    length("y");
    length("ab");
    expect(calls).toBe(5);
  });
});
