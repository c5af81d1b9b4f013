import { withinOneEdit } from "./editDistanceOne";
import { jaroWinkler } from "./jaroWinkler";

/** A name ready for comparison: its words, their phonetic keys and their weights (rarer words weigh more). */
export interface PreparedName {
  tokens: string[];
  keys: string[];
  weights: number[];
}

/** Words of at most this many letters must agree exactly or phonetically: "IBM" is not "IBN". */
const SHORT_WORD = 3;
/** Below this Jaro-Winkler similarity two words count as different. */
const MIN_WORD_SIMILARITY = 0.8;
/** Words that sound alike (same phonetic key) score at least this. */
const PHONETIC_FLOOR = 0.9;
/**
 * Share of the score that depends only on how much of the INPUT name is found in the listed name; the rest
 * rewards covering the listed name too. High, so a partner name that leaves out a middle name or a
 * common word of the listed name still alerts ("Helmer Herrera" for "HERRERA BUITRAGO, Helmer").
 */
const INPUT_COVERAGE_SHARE = 0.7;

/**
 * Similarity of two words (0..1). Words are compared only when they sound alike, share their first or
 * last three letters, or differ by one edit - the same keys the index retrieves by - so the index never misses a pair that
 * comparing every pair would score, and unrelated words of similar shape ("hadi", "hajji") stay apart.
 */
export function wordSimilarity(a: string, keyA: string, b: string, keyB: string): number {
  if (a === b) return 1;
  const phonetic = keyA === keyB && keyA.length > 0;
  if (a.length <= SHORT_WORD || b.length <= SHORT_WORD) return phonetic ? PHONETIC_FLOOR : 0;
  if (!phonetic && a.slice(0, 3) !== b.slice(0, 3) && a.slice(-3) !== b.slice(-3) && !withinOneEdit(a, b)) return 0;
  const jw = jaroWinkler(a, b);
  const s = phonetic ? Math.max(jw, PHONETIC_FLOOR) : jw;
  return s >= MIN_WORD_SIMILARITY ? s : 0;
}

/**
 * Order-insensitive similarity of an input name to a listed name (0..1). Words are paired greedily, best
 * pair first, each word used once; a pair counts with the listed word's weight, so a misspelt input word
 * weighs what the word it stands for weighs. Unpaired input words count against the score with their own
 * weight.
 */
export function scorePrepared(input: PreparedName, listed: PreparedName): number {
  const nq = input.tokens.length;
  const nc = listed.tokens.length;
  if (nq === 0 || nc === 0) return 0;
  const pairs: number[] = [];
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j < nc; j++) {
      const s = wordSimilarity(input.tokens[i], input.keys[i], listed.tokens[j], listed.keys[j]);
      if (s > 0) pairs.push(s, i, j);
    }
  }
  let matchedInput = 0;
  let matchedListed = 0;
  const usedI = new Uint8Array(nq);
  const usedJ = new Uint8Array(nc);
  let pairWeight = 0;
  let remaining = pairs.length / 3;
  while (remaining > 0) {
    let best = -1;
    for (let p = 0; p < pairs.length; p += 3) {
      if (pairs[p] > 0 && (best < 0 || pairs[p] > pairs[best])) best = p;
    }
    if (best < 0) break;
    const s = pairs[best];
    const i = pairs[best + 1];
    const j = pairs[best + 2];
    pairs[best] = 0;
    remaining--;
    if (usedI[i] || usedJ[j]) continue;
    usedI[i] = 1;
    usedJ[j] = 1;
    const w = listed.weights[j];
    matchedInput += s * w;
    matchedListed += s * w;
    pairWeight += w;
  }
  let inputTotal = pairWeight;
  for (let i = 0; i < nq; i++) if (!usedI[i]) inputTotal += input.weights[i];
  let listedTotal = 0;
  for (let j = 0; j < nc; j++) listedTotal += listed.weights[j];
  const inputCoverage = inputTotal > 0 ? matchedInput / inputTotal : 0;
  const listedCoverage = listedTotal > 0 ? matchedListed / listedTotal : 0;
  const score = inputCoverage * (INPUT_COVERAGE_SHARE + (1 - INPUT_COVERAGE_SHARE) * listedCoverage);
  // Scores are reported to three decimals; deciding on the same rounded figure keeps report and alert consistent.
  return Math.round(score * 1000) / 1000;
}
