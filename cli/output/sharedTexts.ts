import { csvField } from "./csvLine";

/** Texts remembered before the memory is emptied and filled again (drivers come from a small set of sentences). */
const LIMIT = 50_000;

/** What a driver's text needs as part of a CSV field: its quotes doubled, and whether it forces the field into quotes. */
interface CsvPiece {
  inner: string;
  quotes: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const QUOTE_INSIDE = /[\r\n",\uFEFF]/;

/**
 * Lists of texts that repeat from row to row (a deal's drivers are sentences shared by thousands of
 * deals), written as JSON and as a CSV field with each text's own work done once: the same text
 * JSON.stringify and csvField give for the list, held to them by a property test.
 */
export class SharedTexts {
  private json = new Map<string, string>();
  private csv = new Map<string, CsvPiece>();
  private fields = new Map<string, string>();

  /** csvField(text) for a text that repeats (a path to proceed, a hard stop, the methodology). */
  csvField(text: string): string {
    let f = this.fields.get(text);
    if (f === undefined) {
      if (this.fields.size > LIMIT) this.fields.clear();
      this.fields.set(text, (f = csvField(text)));
    }
    return f;
  }

  /** JSON.stringify(list) for a list of texts. */
  jsonList(list: readonly string[]): string {
    const out: string[] = [];
    this.jsonListInto(out, list);
    return out.join("");
  }

  /** The pieces of jsonList(list), added to `out` (a record joined once has no list joined first and copied again). */
  jsonListInto(out: string[], list: readonly string[]): void {
    if (this.json.size > LIMIT) this.json.clear();
    out.push("[");
    for (let i = 0; i < list.length; i++) {
      let t = this.json.get(list[i]);
      if (t === undefined) this.json.set(list[i], (t = JSON.stringify(list[i])));
      out.push(i ? "," : "", t);
    }
    out.push("]");
  }

  /** csvField(list.join(separator)), for a separator with nothing in it that CSV must quote (no comma, quote, newline or BOM). */
  csvJoined(list: readonly string[], separator: string): string {
    const out: string[] = [];
    this.csvJoinedInto(out, list, separator);
    return out.join("");
  }

  /** The pieces of csvJoined(list, separator), added to `out`. */
  csvJoinedInto(out: string[], list: readonly string[], separator: string): void {
    if (list.length === 0) return;
    if (this.csv.size > LIMIT) this.csv.clear();
    // The joined text's first and last characters: a formula-like start (an apostrophe and quotes) or
    // an edge space sends the whole through csvField. Doubling quotes changes neither character's kind.
    const first = list[0] || (list.length > 1 ? separator : "");
    const last = list[list.length - 1] || (list.length > 1 ? separator : "");
    if (FORMULA_START.test(first) || first.startsWith(" ") || last.endsWith(" ")) {
      out.push(csvField(list.join(separator)));
      return;
    }
    let quotes = false;
    const at = out.push("") - 1;
    for (let i = 0; i < list.length; i++) {
      let p = this.csv.get(list[i]);
      if (p === undefined) {
        const text = list[i];
        p = { inner: text.includes('"') ? text.replace(/"/g, '""') : text, quotes: QUOTE_INSIDE.test(text) };
        this.csv.set(text, p);
      }
      quotes ||= p.quotes;
      out.push(i ? separator : "", p.inner);
    }
    if (quotes) {
      out[at] = '"';
      out.push('"');
    }
  }
}
