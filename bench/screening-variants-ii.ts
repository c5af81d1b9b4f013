/**
 * Second labelled set for screening, from an INDEPENDENT generator: it never calls the normalisation or
 * matching code of core/screening, only plain string operations on the names as the lists spell them.
 * Kinds: split/joined words and punctuation inside words, dropped middle words, initials for given names,
 * bracketed or trailing extras (acronyms, places, "formerly ...", "t/a ..."); negatives: near-miss
 * lookalikes of listed names and real companies and people that are not listed.
 * `npx tsx bench/screening-variants-ii.ts` prints its make-up; bench/screening-accuracy.ts scores it.
 */
import type { ScreeningList } from "../core/screening";
import { NEGATIVE_NAMES } from "./screening-labelled-set";
import { MORE_NEGATIVE_COMPANIES, MORE_NEGATIVE_PEOPLE } from "./screening-negatives-ii";

export type VariantKindII = "split-joined" | "dropped-middle" | "initials" | "bracketed" | "lookalike" | "real-negative";

export interface LabelledNameII {
  query: string;
  expected?: string;
  kind: VariantKindII;
  original?: string;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Legal forms and filler words this generator leaves alone (its own short list, not the matcher's). */
const FORMS = new Set(
  "LTD LIMITED LLC CO CO. INC INC. CORP CORP. CORPORATION COMPANY S.A. SA DE C.V. JSC OJSC CJSC PJSC OOO ZAO OAO AO GMBH PLC AG AD FZE FZCO LLP SARL SRL BV NV OF THE AND & AL EL LA LE DEL DA DO Y JOINT STOCK LIABILITY CLOSED OPEN PUBLIC PRIVATE".split(
    " ",
  ),
);
const isWord = (w: string) => /^[A-Za-z]{3,}$/.test(w) && !FORMS.has(w.toUpperCase().replace(/,$/, ""));
const pick = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)];

function splitJoined(name: string, r: () => number): string | undefined {
  const words = name.split(" ");
  const mode = Math.floor(r() * 4);
  if (mode === 0) {
    // Join two neighbouring words: "ZOR SECURITY" -> "ZORSECURITY".
    const at = words.map((w, i) => i).filter((i) => i + 1 < words.length && isWord(words[i]) && isWord(words[i + 1]));
    if (at.length === 0) return undefined;
    const i = pick(at, r);
    return [...words.slice(0, i), words[i] + words[i + 1], ...words.slice(i + 2)].join(" ");
  }
  const long = words.map((w, i) => i).filter((i) => /^[A-Za-z]{7,}$/.test(words[i]) && !FORMS.has(words[i].toUpperCase()));
  if (long.length === 0) return undefined;
  const i = pick(long, r);
  const w = words[i];
  const p = 3 + Math.floor(r() * (w.length - 5));
  const sep = mode === 1 ? " " : mode === 2 ? "-" : ".";
  return [...words.slice(0, i), w.slice(0, p) + sep + w.slice(p), ...words.slice(i + 1)].join(" ");
}

function droppedMiddle(name: string, r: () => number): string | undefined {
  const words = name.replace(/,/g, "").split(" ");
  const inner = words.map((w, i) => i).filter((i) => i > 0 && i < words.length - 1 && isWord(words[i]));
  if (inner.length === 0 || words.filter(isWord).length < 3) return undefined;
  const i = pick(inner, r);
  return words.filter((_, k) => k !== i).join(" ");
}

/** "RESHETNIKOV, Leonid" -> "L. Reshetnikov": the given name as an initial, surname as written. */
function initials(name: string, r: () => number): string | undefined {
  const m = /^([A-Z' -]+), ([A-Za-z]{2,})(?: ([A-Za-z]{2,}))?$/.exec(name);
  if (!m) return undefined;
  const [, last, first, middle] = m;
  const lastTitle = last.charAt(0) + last.slice(1).toLowerCase();
  if (!/^[A-Za-z]{4,}$/.test(last)) return undefined;
  return r() < 0.5 || !middle ? `${first[0]}. ${lastTitle}` : `${first} ${middle[0]}. ${lastTitle}`;
}

const PLACES = [
  "Athens",
  "Dubai",
  "Hong Kong",
  "Moscow",
  "Tehran",
  "Caracas",
  "Minsk",
  "Beijing",
  "Istanbul",
  "Limassol",
  "UAE",
  "Branch Office",
];
const FORMER = ["Global Trading", "Holdings", "International", "Group"];

function bracketed(name: string, r: () => number): string | undefined {
  const words = name.replace(/,/g, "").split(" ").filter(isWord);
  if (words.length === 0) return undefined;
  const mode = Math.floor(r() * 4);
  if (mode === 0) {
    if (words.length < 2) return undefined;
    return `${name} (${words.map((w) => w[0].toUpperCase()).join("")})`;
  }
  if (mode === 1) return `${name} (${pick(PLACES, r)})`;
  if (mode === 2) return `${name} (formerly ${words[0]} ${pick(FORMER, r)})`;
  return `${pick(["Alpha", "Nordic", "Sunrise", "Blue Harbour"], r)} Trading t/a ${name}`;
}

/** Own Levenshtein, so a lookalike really differs from every listed word it imitates. */
function lev(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

const ENDINGS = ["TECH", "ICA", "ONIX", "ERA", "ANTA", "IUM", "OLOGY", "ENT", "ARIS", "OVA"];
const LOOK_FORMS = ["Ltd", "Inc.", "GmbH", "S.A.", "plc", "Corporation", "LLC"];

/** A company name that shares a listed word's beginning but is a different word: "Integral" -> "Intelica Ltd". */
function lookalike(name: string, r: () => number, listedWords: Set<string>): string | undefined {
  const words = name.replace(/,/g, "").split(" ").filter(isWord);
  const long = words.filter((w) => w.length >= 6);
  if (long.length === 0) return undefined;
  const w = pick(long, r).toUpperCase();
  const made = w.slice(0, 3 + Math.floor(r() * 2)) + pick(ENDINGS, r);
  if (listedWords.has(made) || lev(made, w) < 3) return undefined;
  return `${made.charAt(0)}${made.slice(1).toLowerCase()} ${pick(LOOK_FORMS, r)}`;
}

export function buildVariantSetII(lists: ScreeningList[], perKind = 250, seed = 1402): LabelledNameII[] {
  const r = rng(seed);
  const pool: { name: string; key: string; person: boolean }[] = [];
  const listedWords = new Set<string>();
  for (const l of lists)
    for (const e of l.entries)
      for (const n of e.names) {
        for (const w of n.name.toUpperCase().split(/[^A-Z]+/)) if (w) listedWords.add(w);
        if (n.quality === "weak" || !/^[A-Za-z0-9 ,.'&()-]+$/.test(n.name)) continue;
        pool.push({ name: n.name, key: `${e.source}:${e.entryId}`, person: e.partyType === "individual" });
      }
  const out: LabelledNameII[] = [];
  const kinds: [VariantKindII, (n: string) => string | undefined, (p: (typeof pool)[number]) => boolean][] = [
    ["split-joined", (n) => splitJoined(n, r), () => true],
    ["dropped-middle", (n) => droppedMiddle(n, r), () => true],
    ["initials", (n) => initials(n, r), (p) => p.person],
    ["bracketed", (n) => bracketed(n, r), () => true],
  ];
  for (const [kind, make, eligible] of kinds) {
    let made = 0;
    for (let k = 0; made < perKind && k < perKind * 300; k++) {
      const p = pick(pool, r);
      if (!eligible(p)) continue;
      const q = make(p.name);
      if (!q || q === p.name) continue;
      out.push({ query: q, expected: p.key, kind, original: p.name });
      made++;
    }
  }
  const seen = new Set<string>();
  for (let k = 0, made = 0; made < perKind && k < perKind * 300; k++) {
    const p = pick(pool, r);
    if (p.person) continue;
    const q = lookalike(p.name, r, listedWords);
    if (!q || seen.has(q)) continue;
    seen.add(q);
    out.push({ query: q, kind: "lookalike", original: p.name });
    made++;
  }
  const listedNames = new Set(lists.flatMap((l) => l.entries.flatMap((e) => e.names.map((n) => n.name.toUpperCase()))));
  // The first set's negatives (NEGATIVE_NAMES) are scored there; this set adds only new real names.
  for (const q of [...MORE_NEGATIVE_COMPANIES, ...MORE_NEGATIVE_PEOPLE].filter((n) => !NEGATIVE_NAMES.includes(n)))
    if (!listedNames.has(q.toUpperCase())) out.push({ query: q, kind: "real-negative" });
  return out;
}

export function main(): void {
  // Printing the make-up needs the lists; the accuracy bench loads them once for both sets.
  const { loadRealLists, EVALUATION_LISTS } = require("./screening-labelled-set") as typeof import("./screening-labelled-set");
  const { lists } = loadRealLists(EVALUATION_LISTS);
  const set = buildVariantSetII(lists);
  const by = new Map<string, LabelledNameII[]>();
  for (const x of set) by.set(x.kind, [...(by.get(x.kind) ?? []), x]);
  for (const [k, xs] of by)
    console.log(
      `  ${k.padEnd(15)} ${String(xs.length).padStart(4)}  e.g. ${xs
        .slice(0, 3)
        .map((x) => (x.original ? `"${x.original}" -> "${x.query}"` : `"${x.query}"`))
        .join("; ")}`,
    );
}

if (require.main === module) main();
