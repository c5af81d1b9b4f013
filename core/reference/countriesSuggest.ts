import { countryByAlpha2, countryNameKeys } from "./countries";
import { normaliseCountryText } from "./countriesNormalise";

/**
 * The closest known country name to a text that did not resolve, for an error message
 * ("did you mean 'United Kingdom'?"). Undefined when nothing is close enough to be a typo:
 * a wrong guess in a compliance message is worse than none.
 */
export function suggestCountry(text: string): string | undefined {
  const wanted = normaliseCountryText(text);
  if (wanted.length < 3) return undefined;
  // Roughly one typo per three letters; never more than four edits.
  const limit = Math.min(4, Math.max(1, Math.floor(wanted.length / 3)));
  let best: { distance: number; alpha2s: readonly string[] } | undefined;
  for (const { key, alpha2s } of countryNameKeys()) {
    if (Math.abs(key.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, key, best ? Math.min(limit, best.distance - 1) : limit);
    if (distance !== undefined && (best === undefined || distance < best.distance)) best = { distance, alpha2s };
    if (best?.distance === 0) break;
  }
  if (best === undefined) return undefined;
  return best.alpha2s.map((code) => countryByAlpha2(code)?.name ?? code).join(" or ");
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), or undefined above max. */
function editDistance(a: string, b: string, max: number): number | undefined {
  if (max < 0) return undefined;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2] + 1);
      }
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return undefined;
    prevPrev = prev;
    prev = row;
  }
  const distance = prev[b.length];
  return distance <= max ? distance : undefined;
}
