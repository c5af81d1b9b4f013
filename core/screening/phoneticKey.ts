/**
 * A phonetic key for one lower-case ASCII word, in the spirit of Metaphone, tuned for the spelling
 * variants that transliteration produces in list names: Mohammed/Muhammad, Yusuf/Yousef, Osama/Usama,
 * Khalid/Chalid, Sergey/Sergei, Philipp/Filip, Tsoi/Tsoy. Vowels count only as a leading "A"; consonant
 * pairs that are written several ways map to one letter; doubled letters collapse.
 * (The npm double-metaphone package is ESM-only and breaks the CommonJS build, hence this.)
 */
const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);

export function phoneticKey(word: string): string {
  const w = word.replace(/[^a-z]/g, "");
  if (w === "") return word;
  let out = "";
  const push = (c: string) => {
    if (out[out.length - 1] !== c) out += c;
  };
  let i = 0;
  // Silent first letters.
  if (/^(kn|gn|pn|wr|ps)/.test(w)) i = 1;
  if (VOWELS.has(w[i]) && w[i] !== "y") {
    out = "A";
    i++;
  }
  for (; i < w.length; i++) {
    const c = w[i];
    const next = w[i + 1] ?? "";
    const prev = i > 0 ? w[i - 1] : "";
    switch (c) {
      case "a":
      case "e":
      case "i":
      case "o":
      case "u":
        // A vowel separates repeated consonants ("Hamam" keeps two Ms) but is not itself written.
        if (out.length > 0 && out[out.length - 1] !== "-") out += "-";
        continue;
      case "y":
      case "w":
        // Semi-vowels count only before a vowel at the start ("Yusuf", "Wali").
        if (i === 0 && VOWELS.has(next)) push(c === "y" ? "Y" : "W");
        else if (out.length > 0 && out[out.length - 1] !== "-") out += "-";
        continue;
      case "h":
        // Written h after a consonant was handled with that consonant; elsewhere only between vowels or first.
        if (i === 0 || (VOWELS.has(prev) && VOWELS.has(next))) push("H");
        continue;
      case "b":
        push("P");
        break;
      case "p":
        if (next === "h") {
          push("F");
          i++;
        } else push("P");
        break;
      case "f":
      case "v":
        push("F");
        break;
      case "c":
        if (next === "h") {
          push("X");
          i++;
        } else if (next === "e" || next === "i" || next === "y") push("S");
        else if (next === "k") {
          push("K");
          i++;
        } else push("K");
        break;
      case "s":
        if (next === "h" || (next === "c" && w[i + 2] === "h")) {
          push("X");
          i += next === "h" ? 1 : 2;
        } else push("S");
        break;
      case "z":
      case "x":
        if (c === "z" && next === "h") {
          push("J");
          i++;
        } else if (c === "x") {
          push("K");
          push("S");
        } else push("S");
        break;
      case "t":
        if (next === "h") {
          push("T");
          i++;
        } else if (next === "s" || next === "z") {
          push("S");
          i++;
        } else if (next === "c" && w[i + 2] === "h") {
          push("X");
          i += 2;
        } else push("T");
        break;
      case "d":
        if (next === "h") i++;
        else if (next === "j" || (next === "z" && w[i + 2] === "h")) {
          push("J");
          i += next === "j" ? 1 : 2;
          break;
        }
        push("T");
        break;
      case "g":
        if (next === "h") {
          push("K");
          i++;
        } else if (next === "e" || next === "i") push("J");
        else push("K");
        break;
      case "j":
        push("J");
        break;
      case "k":
        if (next === "h") i++;
        push("K");
        break;
      case "q":
        push("K");
        break;
      case "l":
        push("L");
        break;
      case "m":
      case "n":
        push(c === "m" ? "M" : "N");
        break;
      case "r":
        push("R");
        break;
      default:
        if (c >= "0" && c <= "9") push(c);
    }
  }
  return out.replace(/-/g, "") || w;
}
