/**
 * The key a country text is looked up by: case, accents, punctuation and "the" do not count,
 * "&" reads "and" and "St"/"St." reads "Saint" ("St. Lucia" = "Saint Lucia").
 */
export function normaliseCountryText(text: string): string {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    // Dots and apostrophes join letters ("U.A.E." = "UAE", "Cote d'Ivoire" = "Cote dIvoire").
    .replace(/['\u2019\u2018.`]/g, "")
    .replace(/[^a-z0-9]+/g, " ");
  const words: string[] = [];
  for (const word of folded.split(" ")) {
    if (word === "" || word === "the") continue;
    words.push(word === "st" ? "saint" : word);
  }
  return words.join(" ");
}

/** "Korea, Republic of" -> "Republic of Korea"; undefined when the text has no single comma. */
export function invertCommaName(text: string): string | undefined {
  const parts = text.split(",");
  if (parts.length !== 2) return undefined;
  const head = parts[0].trim();
  const tail = parts[1].trim();
  if (head === "" || tail === "") return undefined;
  return `${tail} ${head}`;
}

/** "Bolivia (Plurinational State of)" -> "Bolivia"; undefined when there is no parenthesis. */
export function dropParenthesis(text: string): string | undefined {
  if (!text.includes("(")) return undefined;
  const stripped = text.replace(/\([^)]*\)?/g, " ").trim();
  return stripped === "" ? undefined : stripped;
}
