import { resolveCountry } from "../reference/countries";
import type { ScreeningHit } from "../scoring/context";
import type { WordMatchKind } from "./compareWords";
import { foldName } from "./normalizeName";
import { LEGAL_FORM_PHRASES, LEGAL_FORM_WORDS } from "./legalForms";
import type { VariantPart } from "./nameVariants";
import { alignNames } from "./scoreTokens";
import type { ScoredHit } from "./screenName";
import type { ScreeningIndex } from "./screeningIndex";
import type { ListEntry } from "./types";

/** One line of a hit's explanation: which input word(s) paired with which listed word(s), how, and their weight. */
export interface TokenExplanation {
  query: string;
  listed: string;
  how: WordMatchKind | "query only" | "list only";
  /** Word similarity 0..1 (0 for unpaired words). */
  similarity: number;
  /** Weight of the word(s) in the score: rare words weigh up to 1, common ones down to 0.1. */
  weight: number;
}

/** Why a name hit a list entry, in terms a reviewer can check. */
export interface HitExplanation {
  tokens: TokenExplanation[];
  /** Which spelling of the input matched: as written, without bracketed/trailing extras, an extra as a name. */
  spelling: VariantPart;
  spellingText: string;
  /** Extras set aside in that spelling: "(Athens)", "formerly Foo". */
  extras: string[];
  /** "LLC on the list, JSC in the query" when both name a legal form and they differ. */
  legalForms?: string;
  /** Country of the input against the entry's countries; never suppresses the hit. */
  country?: string;
  notes: string[];
}

/** A hit with its explanation; near misses are shown for review and never count as a match. */
export interface ExplainedHit extends ScreeningHit {
  nearMiss: boolean;
  explanation: HitExplanation;
}

/** Legal forms written in a name, as the list or the partner wrote them ("LLC", "JOINT STOCK COMPANY"). */
export function legalFormsOf(raw: string): string[] {
  const words = foldName(raw).split(" ").filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = LEGAL_FORM_PHRASES.find((p) => p.every((w, k) => words[i + k] === w));
    if (phrase) {
      out.push(phrase.join(" ").toUpperCase());
      i += phrase.length - 1;
    } else if (LEGAL_FORM_WORDS.has(words[i]) && words[i].length > 1) out.push(words[i].toUpperCase());
  }
  return out;
}

/** Spellings of one legal form: "Ltd" and "Limited" are the same form, not a difference worth noting. */
const SAME_FORM: Record<string, string> = {
  LIMITED: "LTD",
  INCORPORATED: "INC",
  CORPORATION: "CORP",
  COMPANY: "CO",
  "LIMITED LIABILITY COMPANY": "LLC",
  "JOINT STOCK COMPANY": "JSC",
  "PUBLIC LIMITED COMPANY": "PLC",
};
const canonical = (f: string) => SAME_FORM[f] ?? f;

function legalFormNote(query: string, listed: string): string | undefined {
  const q = legalFormsOf(query);
  const l = legalFormsOf(listed);
  if (q.length === 0 || l.length === 0 || q.some((f) => l.map(canonical).includes(canonical(f)))) return undefined;
  return `${l.join(" ")} on the list, ${q.join(" ")} in the query`;
}

/** The input country against the countries the list ties the entry to. */
export function countryNote(country: string | undefined, entry: ListEntry): string | undefined {
  if (!country?.trim()) return undefined;
  const given = resolveCountry(country);
  const listed = entry.countries.map((c) => ({ text: c, country: resolveCountry(c) }));
  if (listed.length === 0) return `the list names no country for this entry (query: ${country})`;
  if (!given) return `country '${country}' not recognised; the list ties the entry to ${entry.countries.join(", ")}`;
  const same = listed.some((c) => c.country?.alpha2 === given.alpha2);
  return same
    ? `same country: the list ties the entry to ${given.name}`
    : `different country: the list ties the entry to ${entry.countries.join(", ")}, the query says ${given.name}`;
}

/** Token-by-token explanation of one scored hit. */
export function explainHit(index: ScreeningIndex, scored: ScoredHit, extras: string[], country?: string): ExplainedHit {
  const listedName = index.names[scored.nameId];
  const input = scored.variant.prepared;
  const listed = listedName.prepared;
  const a = alignNames(input, listed);
  const tokens: TokenExplanation[] = a.pairs.map((p) => ({
    query: p.input.map((i) => input.tokens[i]).join(" + "),
    listed: p.listed.map((j) => listed.tokens[j]).join(" + "),
    how: p.how,
    similarity: round(p.s),
    weight: round(p.listed.reduce((w, j) => w + listed.weights[j], 0)),
  }));
  const pairedI = new Set(a.pairs.flatMap((p) => p.input));
  const pairedJ = new Set(a.pairs.flatMap((p) => p.listed));
  input.tokens.forEach((t, i) => {
    if (!pairedI.has(i)) tokens.push({ query: t, listed: "", how: "query only", similarity: 0, weight: round(input.weights[i]) });
  });
  listed.tokens.forEach((t, j) => {
    if (!pairedJ.has(j)) tokens.push({ query: "", listed: t, how: "list only", similarity: 0, weight: round(listed.weights[j]) });
  });
  const notes: string[] = [];
  if (a.loneFuzzy) notes.push("score lowered: the match rests on one inexact word");
  if (scored.weakOnly) notes.push("only a weak (low-quality) alias matched and no reliable name came close: shown, never alerting");
  else if (scored.hit.aliasQuality === "weak") notes.push("matched a weak alias, supported by a reliable name of the entry");
  const entry = index.entries[listedName.entry];
  const legalForms = legalFormNote(scored.variant.text, listedName.text);
  const countryText = countryNote(country, entry);
  return {
    ...scored.hit,
    nearMiss: scored.nearMiss,
    explanation: {
      tokens,
      spelling: scored.variant.part,
      spellingText: scored.variant.text,
      extras: scored.variant.part === "as written" ? [] : extras,
      ...(legalForms ? { legalForms } : {}),
      ...(countryText ? { country: countryText } : {}),
      notes,
    },
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The explanation in one line, for a table cell or a terminal: "intellexa=intellexa exact w1.00; ...". */
export function explanationText(e: HitExplanation): string {
  const parts = e.tokens.map((t) =>
    t.how === "query only"
      ? `'${t.query}' not on the list (w${t.weight.toFixed(2)})`
      : t.how === "list only"
        ? `'${t.listed}' not in the query (w${t.weight.toFixed(2)})`
        : `${t.query}=${t.listed} ${t.how}${t.how === "exact" ? "" : ` ${t.similarity.toFixed(2)}`} (w${t.weight.toFixed(2)})`,
  );
  const extra = [
    e.spelling !== "as written"
      ? `compared as '${e.spellingText}' (${e.spelling}${e.extras.length ? `; set aside: ${e.extras.join(", ")}` : ""})`
      : "",
    e.legalForms ? `legal forms differ: ${e.legalForms}` : "",
    e.country ?? "",
    ...e.notes,
  ].filter(Boolean);
  return [parts.join("; "), ...extra].join(" | ");
}
