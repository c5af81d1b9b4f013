/**
 * The spellings a name is compared under. A name written with extras - a bracketed acronym or place,
 * "formerly ...", "trading as ..." - is compared as written, without the extras, and (for acronyms and
 * other names) each extra as a name of its own, so an extra can never hide a full match. Punctuation
 * inside a word ("KE.DO", "Al-Rashid") is compared both as a break and as nothing ("KEDO").
 */

export type VariantPart = "as written" | "without extras" | "extra name" | "punctuation joined";

export interface NameVariant {
  text: string;
  part: VariantPart;
}

export interface QueryVariants {
  variants: NameVariant[];
  /** Extras left out of the "without extras" spelling: "(Athens)", "trading as Foo". */
  extras: string[];
}

/** Words that introduce another name of the same party. */
const ALIAS_MARKER =
  /(?:^|[\s,;(])(?:formerly(?: known as)?|previously(?: known as)?|now known as|also known as|trading as|operating as|doing business as|t\/a|f\/k\/a|a\/k\/a|n\/k\/a|d\/b\/a|fka|aka|nka|dba)(?=[\s:.,]|$)[\s:.,]*/i;
const BRACKETED = /[([{]([^)\]}]*)[)\]}]/g;
/** "RAB", "NIOC", "CAGL": a bracketed acronym names the party on its own; "(Athens)" does not. */
const ACRONYM = /^[A-Z0-9][A-Z0-9&.-]{1,9}$/;
const INNER_PUNCTUATION = /(?<=[\p{L}\p{N}])[.\-/·'’](?=[\p{L}\p{N}])/gu;

function clean(s: string): string {
  return s.replace(/\s+/g, " ").replace(/^[\s,;:.-]+|[\s,;:-]+$/g, "");
}

/** Splits "Acme t/a Foo" into ["Acme", "Foo"] at the alias markers. */
function splitAtMarkers(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  for (let m = ALIAS_MARKER.exec(rest); m; m = ALIAS_MARKER.exec(rest)) {
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(rest);
  return out.map(clean);
}

function withJoinedPunctuation(variants: NameVariant[]): NameVariant[] {
  const out = [...variants];
  for (const v of variants) {
    INNER_PUNCTUATION.lastIndex = 0;
    if (!INNER_PUNCTUATION.test(v.text)) continue;
    const joined = v.text.replace(INNER_PUNCTUATION, "");
    if (!out.some((x) => x.text === joined)) out.push({ text: joined, part: "punctuation joined" });
  }
  return out;
}

/** Spellings of an input (partner) name to screen; the first is the name as written. */
export function queryVariants(raw: string): QueryVariants {
  const text = raw.trim();
  const extras: string[] = [];
  const extraNames: string[] = [];
  const base = text.replace(BRACKETED, (whole, inner: string) => {
    extras.push(whole);
    const parts = splitAtMarkers(inner);
    const named = parts[0] === "" ? parts.slice(1) : ACRONYM.test(inner.trim()) ? [inner.trim()] : parts.slice(1);
    extraNames.push(...named);
    return " ";
  });
  const [main, ...aliases] = splitAtMarkers(base);
  for (const a of aliases) {
    extras.push(a);
    extraNames.push(a);
  }
  const variants: NameVariant[] = [{ text, part: "as written" }];
  const add = (t: string, part: VariantPart) => {
    const c = clean(t);
    if (c !== "" && !variants.some((v) => v.text === c)) variants.push({ text: c, part });
  };
  add(main, "without extras");
  for (const n of extraNames) add(n, "extra name");
  return { variants: withJoinedPunctuation(variants), extras: extras.map(clean).filter(Boolean) };
}

/** Spellings of a listed name to index: as listed, without bracketed notes, punctuation inside words joined. */
export function listedVariants(name: string): string[] {
  const vs: NameVariant[] = [{ text: name, part: "as written" }];
  if (/\(.*\)/.test(name)) vs.push({ text: name.replace(/\([^)]*\)/g, " "), part: "without extras" });
  return withJoinedPunctuation(vs).map((v) => v.text);
}
