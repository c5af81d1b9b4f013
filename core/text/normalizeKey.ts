/**
 * Folds free text to a lookup key: accents removed, lower case, any run of punctuation or
 * spaces becomes one space. "End-User  Type" and "end user type" give the same key.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The same key without spaces, so "re-export", "re export" and "reexport" meet. */
export function compactKey(text: string): string {
  return normalizeKey(text).replace(/ /g, "");
}
