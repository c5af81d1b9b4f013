import { transliterate } from "transliteration";
import { withinOneEdit } from "./editDistanceOne";
import { LEGAL_FORM_PHRASES, LEGAL_FORM_WORDS } from "./legalForms";
import { memoWord } from "./memoWord";

/**
 * Connecting words that carry no identity ("Bank of Cuba", "Banco de Cuba", "al-Zawahiri"): dropped so
 * their presence or absence does not change a score. Arabic "al"/"el" articles are written both joined and
 * apart, so they are dropped as separate words too.
 */
const CONNECTORS: ReadonlySet<string> = new Set([
  "the",
  "of",
  "and",
  "for",
  "a",
  "an",
  "de",
  "del",
  "della",
  "di",
  "da",
  "do",
  "dos",
  "das",
  "du",
  "des",
  "la",
  "le",
  "les",
  "los",
  "y",
  "e",
  "et",
  "und",
  "i",
  "van",
  "von",
  "der",
  "den",
  "al",
  "el",
  "ul",
]);

/** Letters NFKD does not decompose; the transliteration package handles the rest. */
const SPECIAL: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

/** Unicode fold, transliterate, lower-case, punctuation to spaces. "Čuba-Trade S.A." -> "cuba trade sa". */
export function foldName(raw: string): string {
  // ASCII text is its own decomposition and has no marks or special letters to fold: most names are ASCII.
  // eslint-disable-next-line no-control-regex
  let s = /[^\x00-\x7f]/.test(raw) ? foldUnicode(raw) : raw.toLowerCase();
  if (s.includes("&")) s = s.replace(/&/g, " and ");
  // Join dotted abbreviations so "s.a." is "sa" and "l.l.c." is "llc", not separate letters.
  if (s.includes(".")) s = s.replace(/\b([a-z])\.(?=[a-z]\b)/g, "$1");
  // Apostrophes join ("o'brien" -> "obrien"); every other punctuation mark separates words.
  s = s.replace(/['’`´]/g, "").replace(/[^a-z0-9]+/g, " ");
  return s.trim();
}

/** Decomposes, drops accents, folds special letters and transliterates the rest: "Čuba" -> "cuba". */
function foldUnicode(raw: string): string {
  let s = raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  s = s.replace(/[ßæœøłđðþı]/g, (c) => SPECIAL[c] ?? c);
  // Only non-ASCII text goes through the (slower) transliterator.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = transliterate(s).toLowerCase();
  return s;
}

/** Long legal-form words, recognised also when misspelt by one letter ("Limted", "Copmany"). */
const LONG_LEGAL_WORDS = [...LEGAL_FORM_WORDS].filter((w) => w.length >= 6);

function isLegalWord(t: string): boolean {
  if (LEGAL_FORM_WORDS.has(t)) return true;
  return t.length >= 6 && LONG_LEGAL_WORDS.some((w) => Math.abs(w.length - t.length) <= 1 && withinOneEdit(w, t));
}

/** A phrase word matches exactly, or within one edit when both are at least five letters long. */
function phraseWordMatches(token: string | undefined, word: string): boolean {
  if (token === undefined) return false;
  return token === word || (word.length >= 5 && token.length >= 4 && withinOneEdit(word, token));
}

/** What normalisation needs to know of one word, worked out once per word. */
interface WordFacts {
  legal: boolean;
  connector: boolean;
  /** The legal-form phrases (in their order) whose first word this word matches: the only ones that can start here. */
  phrases: readonly (readonly string[])[];
}

const wordFacts = memoWord((t: string): WordFacts => ({
  legal: isLegalWord(t),
  connector: CONNECTORS.has(t),
  phrases: LEGAL_FORM_PHRASES.filter((phrase) => phraseWordMatches(t, phrase[0])),
}));

/** The words left when legal-form phrases are removed and then legal-form words and connectors (initials kept). */
function identifyingWords(raw: string, all: string[]): string[] {
  const facts = all.map(wordFacts);
  const out: string[] = [];
  // Initials are looked for only when a one-letter connecting word ("e", "y") could be one.
  let initials: Set<string> | undefined;
  let i = 0;
  outer: while (i < all.length) {
    for (const phrase of facts[i].phrases) {
      if (phrase.length <= all.length - i && phrase.every((w, k) => phraseWordMatches(all[i + k], w))) {
        i += phrase.length;
        continue outer;
      }
    }
    const f = facts[i];
    if (!f.legal && (!f.connector || (initials ??= initialLetters(raw)).has(all[i]))) out.push(all[i]);
    i++;
  }
  return out;
}

/**
 * Letters written as initials ("E. Khatib", "Ali A. Hasan"): kept even when the letter is also a
 * connecting word ("e", "y", "a", "i"). A letter-dot inside an abbreviation ("S.A.") is no initial.
 */
function initialLetters(raw: string): Set<string> {
  const out = new Set<string>();
  for (const m of raw.matchAll(/(?<![\p{L}.])(\p{L})\.(?=\s|$)(?!\s*\p{L}\.(?:\s|$))/gu)) out.add(m[1].toLowerCase());
  return out;
}

/**
 * The words of a name that identify it: folded, without legal forms and connectors, in the original order.
 * When a name is nothing but such words ("The Company Ltd") the folded words are kept, so no name is empty.
 */
export function nameTokens(raw: string): string[] {
  const folded = foldName(raw);
  if (folded === "") return [];
  const all = folded.split(" ");
  const kept = identifyingWords(raw, all);
  if (kept.length > 0) return kept;
  const withoutConnectors = all.filter((t) => !CONNECTORS.has(t));
  return withoutConnectors.length > 0 ? withoutConnectors : all;
}

/** The normalised form of a name as one string: the key decisions are stored under. */
export function normalizeName(raw: string): string {
  return nameTokens(raw).join(" ");
}
