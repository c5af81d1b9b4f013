/**
 * Company legal forms dropped before matching, so "Intellexa S.A." and "Intellexa Limited" compare as
 * "intellexa". Written after normalisation: lower case ASCII, dotted abbreviations already joined
 * ("s.a." -> "sa", "l.l.c." -> "llc"). Multi-word forms are removed as whole sequences only.
 */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  // English-speaking
  "ltd", "limited", "llc", "lllp", "llp", "lp", "plc", "inc", "incorporated", "corp", "corporation",
  "co", "company", "cos", "pte", "pty", "pvt", "fze", "fzco", "fzc", "fzllc", "fzlc", "dmcc", "bhd", "sdn",
  // Western Europe
  "gmbh", "ag", "kg", "ohg", "kgaa", "ug", "ev", "sa", "sas", "sarl", "sasu", "snc", "spa", "srl", "sl", "slu",
  "sau", "bv", "nv", "vof", "cv", "ab", "oy", "oyj", "aps", "asa", "lda", "ltda", "sce", "scs", "se", "sprl", "bvba",
  // Central and Eastern Europe
  "jsc", "ojsc", "cjsc", "pjsc", "ooo", "zao", "oao", "pao", "ao", "tov", "prat", "chp", "ip", "odo", "uop",
  "kft", "zrt", "nyrt", "bt", "rt", "doo", "dd", "ad", "ead", "ood", "eood", "sro", "spzoo", "sia", "uab", "ou",
  "as", "akc", "ltdsti", "sti",
  // Middle East, Asia
  "pjs", "psc", "wll", "spc", "kk", "gk", "yk", "tbk", "pt", "jsco", "cia",
]);

/** Multi-word forms (and transliterations of Russian, Hungarian, Turkish ones) removed as a sequence. */
const PHRASES: readonly (readonly string[])[] = [
  ["limited", "liability", "company"],
  ["limited", "liability", "partnership"],
  ["open", "joint", "stock", "company"],
  ["closed", "joint", "stock", "company"],
  ["public", "joint", "stock", "company"],
  ["private", "joint", "stock", "company"],
  ["joint", "stock", "company"],
  ["joint", "stock"],
  ["limited", "liability"],
  ["closed", "joint", "stock"],
  ["open", "joint", "stock"],
  ["public", "joint", "stock"],
  ["sole", "proprietorship"],
  ["private", "limited"],
  ["public", "limited", "company"],
  ["sp", "z", "oo"],
  ["sdn", "bhd"],
  ["sa", "de", "cv"],
  ["s", "de", "rl"],
  ["zartkoruen", "mukodo", "reszvenytarsasag"],
  ["nyilvanosan", "mukodo", "reszvenytarsasag"],
  ["korlatolt", "felelossegu", "tarsasag"],
  ["obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"],
  ["obshchestvo", "s", "ogranichennoi", "otvetstvennostiu"],
  ["obshchestvo", "s", "ogranichennoi", "otvetstvennostyu"],
  ["aktsionernoe", "obshchestvo"],
  ["akcionernoe", "obshchestvo"],
  ["otkrytoe", "akcionernoe", "obshchestvo"],
  ["zakrytoe", "akcionernoe", "obshchestvo"],
  ["publichnoe", "akcionernoe", "obshchestvo"],
  ["aktsionernoye", "obshchestvo"],
  ["otkrytoe", "aktsionernoe", "obshchestvo"],
  ["zakrytoe", "aktsionernoe", "obshchestvo"],
  ["publichnoe", "aktsionernoe", "obshchestvo"],
  ["sanayi", "ve", "ticaret", "anonim", "sirketi"],
  ["sanayi", "ve", "ticaret", "limited", "sirketi"],
  ["anonim", "sirketi"],
  ["limited", "sirketi"],
  ["societe", "anonyme"],
  ["sociedad", "anonima"],
  ["sociedade", "anonima"],
  ["gesellschaft", "mit", "beschrankter", "haftung"],
  ["aktiengesellschaft"],
];

/** Longest first, so "open joint stock company" is removed whole rather than leaving "open". */
export const LEGAL_FORM_PHRASES: readonly (readonly string[])[] = [...PHRASES].sort((a, b) => b.length - a.length);
