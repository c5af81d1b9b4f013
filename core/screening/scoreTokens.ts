import { withinOneEdit } from "./editDistanceOne";
import { compareJoined, compareWords, type WordMatchKind } from "./compareWords";

/** A name ready for comparison: its words, their phonetic keys and their weights (rarer words weigh more). */
export interface PreparedName {
  tokens: string[];
  keys: string[];
  weights: number[];
  /** A person's name: a one-letter word is an initial of a given name. */
  person?: boolean;
  /** Each word joined with the next (computed once, on first use). */
  joined?: string[];
}

function joinedPairs(p: PreparedName): string[] {
  if (p.joined === undefined) p.joined = p.tokens.slice(1).map((t, i) => p.tokens[i] + t);
  return p.joined;
}

/**
 * Share of the score that depends only on how much of the INPUT name is found in the listed name; the rest
 * rewards covering the listed name too. High, so a listed name's extra words cost little ("GRUPO CORONA"
 * for GRUPO CRISTAL CORONA, "Helmer Herrera" for HERRERA BUITRAGO, Helmer) while the input's own unpaired
 * words cost their full weight.
 */
const INPUT_COVERAGE_SHARE = 0.76;
/** With a single word paired, the listed name's other words count as before: one word is thin evidence ("Orange" ~ ORANGE VOLUNTEERS). */
const SINGLE_PAIR_INPUT_COVERAGE_SHARE = 0.7;
/**
 * A name resting on one fuzzy word ("Intel" ~ INTEGRAL, "Fortinet" ~ FORTUNE) is scaled down by this, unless
 * the word is long and rare enough to identify a name on its own.
 */
const LONE_FUZZY_FACTOR = 0.85;
const INITIALS_ONLY_FACTOR = 0.5;
const LONE_FUZZY_MIN_LENGTH = 8;
const LONE_FUZZY_MIN_WEIGHT = 0.8;
const LONE_TYPO_MIN_LENGTH = 5;

/** One correspondence between input words and listed words (word indexes into the prepared names). */
export interface TokenPair {
  input: number[];
  listed: number[];
  s: number;
  how: WordMatchKind;
}

export interface Alignment {
  score: number;
  pairs: TokenPair[];
  /** True when the score was scaled down because it rested on a single fuzzy word. */
  loneFuzzy: boolean;
}

interface Candidate {
  s: number;
  how: WordMatchKind;
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

/** Every scoring correspondence: word to word, two adjacent input words joined to a listed word, and the reverse. */
function candidates(input: PreparedName, listed: PreparedName): Candidate[] {
  const qt = input.tokens;
  const lt = listed.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < qt.length; i++) {
    for (let j = 0; j < lt.length; j++) {
      const m = compareWords(qt[i], input.keys[i], lt[j], listed.keys[j], listed.person === true);
      if (m.s > 0) out.push({ s: m.s, how: m.how, i0: i, i1: i, j0: j, j1: j });
    }
  }
  // Split or joined words ("PROM OCIONES" / PROMOCIONES, "ZOR Security" / ZORSECURITY). Input joins may carry
  // one edit (the index retrieves them by the joined word's keys); listed joins must be exact (indexed as such).
  const qj = joinedPairs(input);
  const lj = joinedPairs(listed);
  for (let i = 0; i < qj.length; i++) {
    const joined = qj[i];
    for (let j = 0; j < lt.length; j++) {
      if (lt[j][0] !== joined[0] || Math.abs(lt[j].length - joined.length) > 1) continue;
      const s = compareJoined(joined, lt[j], true);
      if (s > 0) out.push({ s, how: "joined", i0: i, i1: i + 1, j0: j, j1: j });
    }
  }
  for (let j = 0; j < lj.length; j++) {
    const joined = lj[j];
    for (let i = 0; i < qt.length; i++) {
      if (qt[i] !== joined) continue;
      out.push({ s: compareJoined(joined, qt[i], false), how: "joined", i0: i, i1: i, j0: j, j1: j + 1 });
    }
  }
  return out;
}

/** Best pairs first; between equals, the one covering more words (a joined exact word beats a fragment). */
function byStrength(a: Candidate, b: Candidate): number {
  return b.s - a.s || b.i1 - b.i0 + (b.j1 - b.j0) - (a.i1 - a.i0 + (a.j1 - a.j0));
}

/**
 * Order-insensitive comparison of an input name with a listed name. Words are paired greedily, best pair
 * first, each word used once. A pair counts with the listed words' weight, so a misspelt input word weighs
 * what the word it stands for weighs; unpaired input words count against the score with their own weight,
 * unpaired listed words only through the smaller listed-coverage share.
 */
export function alignNames(input: PreparedName, listed: PreparedName): Alignment {
  const nq = input.tokens.length;
  const nc = listed.tokens.length;
  if (nq === 0 || nc === 0) return { score: 0, pairs: [], loneFuzzy: false };
  const cands = candidates(input, listed).sort(byStrength);
  const usedI = new Uint8Array(nq);
  const usedJ = new Uint8Array(nc);
  const pairs: TokenPair[] = [];
  let matchedInput = 0;
  let inputPaired = 0;
  let matchedListed = 0;
  for (const c of cands) {
    if (usedI[c.i0] || usedI[c.i1] || usedJ[c.j0] || usedJ[c.j1]) continue;
    usedI[c.i0] = usedI[c.i1] = usedJ[c.j0] = usedJ[c.j1] = 1;
    const wListed = c.j0 === c.j1 ? listed.weights[c.j0] : listed.weights[c.j0] + listed.weights[c.j1];
    // The input side never counts more than one word's weight per input word, which keeps the index's bound valid.
    const wInput = c.j0 === c.j1 ? listed.weights[c.j0] : Math.max(listed.weights[c.j0], listed.weights[c.j1]);
    matchedInput += c.s * wInput;
    inputPaired += wInput;
    matchedListed += c.s * wListed;
    pairs.push({
      input: c.i0 === c.i1 ? [c.i0] : [c.i0, c.i1],
      listed: c.j0 === c.j1 ? [c.j0] : [c.j0, c.j1],
      s: c.s,
      how: c.how,
    });
  }
  let inputTotal = inputPaired;
  for (let i = 0; i < nq; i++) if (!usedI[i]) inputTotal += input.weights[i];
  let listedTotal = 0;
  for (let j = 0; j < nc; j++) listedTotal += listed.weights[j];
  const inputCoverage = inputTotal > 0 ? matchedInput / inputTotal : 0;
  const listedCoverage = listedTotal > 0 ? matchedListed / listedTotal : 0;
  const share = pairs.length > 1 ? INPUT_COVERAGE_SHARE : SINGLE_PAIR_INPUT_COVERAGE_SHARE;
  let score = inputCoverage * (share + (1 - share) * listedCoverage);
  const loneFuzzy = pairs.length === 1 && isWeakLonePair(pairs[0], input, listed);
  if (loneFuzzy) score *= LONE_FUZZY_FACTOR;
  // Initials confirm a name found by its words; initials alone ("B S COMPANY" for "Badi Salah") identify nothing.
  if (pairs.length > 0 && pairs.every((p) => p.how === "initial")) score *= INITIALS_ONLY_FACTOR;
  // Scores are reported to three decimals; deciding on the same rounded figure keeps report and alert consistent.
  return { score: Math.round(score * 1000) / 1000, pairs, loneFuzzy };
}

/** One fuzzy (or initial) pair cannot identify a name unless its words are long and the listed word rare. */
function isWeakLonePair(p: TokenPair, input: PreparedName, listed: PreparedName): boolean {
  if (p.how === "exact" || p.how === "joined") return false;
  if (p.how === "initial") return true;
  const q = input.tokens[p.input[0]];
  const l = listed.tokens[p.listed[0]];
  if (listed.weights[p.listed[0]] < LONE_FUZZY_MIN_WEIGHT) return true;
  // A rare word one typo away ("Cytrx" for CYTROX) still identifies; otherwise only long words do.
  const minLength = Math.min(q.length, l.length);
  return !(minLength >= LONE_FUZZY_MIN_LENGTH || (minLength >= LONE_TYPO_MIN_LENGTH && withinOneEdit(q, l)));
}

/** Similarity of an input name to a listed name (0..1). */
export function scorePrepared(input: PreparedName, listed: PreparedName): number {
  return alignNames(input, listed).score;
}
