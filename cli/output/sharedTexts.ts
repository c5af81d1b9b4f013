import { csvField } from "./csvLine";
import { utf8, type Piece } from "./pieces";

/** Texts remembered before the memory is emptied and filled again (drivers come from a small set of sentences). */
const LIMIT = 50_000;

/** What a text needs as part of a joined CSV field: its quotes doubled, whether it forces the field into quotes, and its bytes. */
interface CsvPiece {
  inner: string;
  quotes: boolean;
  bytes: Uint8Array;
  /** The separator and the text, for every place in a list but the first. */
  afterSeparator: Uint8Array | undefined;
  separator: string;
}

/** A text as an element of a JSON list: alone (first) and after a comma. */
interface JsonPiece {
  first: Uint8Array;
  after: Uint8Array;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const QUOTE_INSIDE = /[\r\n",\uFEFF]/;
const NOTHING = Buffer.alloc(0);
const QUOTE = utf8('"');
const OPEN = utf8("[");
const CLOSE = utf8("]");
const EMPTY_LIST = utf8("[]");

/**
 * Lists of texts that repeat from row to row (a deal's drivers are sentences shared by thousands of
 * deals), written as JSON and as a CSV field with each text's own work done once: the bytes of what
 * JSON.stringify and csvField give for the list, held to them by property tests, added to a record's
 * pieces (pieces.ts), so a shared text is escaped and encoded once.
 */
export class SharedTexts {
  private json = new Map<string, JsonPiece>();
  private csv = new Map<string, CsvPiece>();
  private fieldBytes = new Map<string, Uint8Array>();

  /** The UTF-8 bytes of csvField(text), for a text that repeats. */
  csvFieldBytes(text: string): Uint8Array {
    let f = this.fieldBytes.get(text);
    if (f === undefined) {
      if (this.fieldBytes.size > LIMIT) this.fieldBytes.clear();
      this.fieldBytes.set(text, (f = utf8(csvField(text))));
    }
    return f;
  }

  /** The bytes of JSON.stringify(list) for a list of texts, added to `out`. */
  jsonListInto(out: Piece[], list: readonly string[]): void {
    if (list.length === 0) {
      out.push(EMPTY_LIST);
      return;
    }
    if (this.json.size > LIMIT) this.json.clear();
    out.push(OPEN);
    for (let i = 0; i < list.length; i++) {
      let t = this.json.get(list[i]);
      if (t === undefined) {
        const text = JSON.stringify(list[i]);
        this.json.set(list[i], (t = { first: utf8(text), after: utf8("," + text) }));
      }
      out.push(i ? t.after : t.first);
    }
    out.push(CLOSE);
  }

  /**
   * The bytes of csvField(list.join(separator)), added to `out`, for a separator with nothing in it
   * that CSV must quote (no comma, quote, newline or BOM).
   */
  csvJoinedInto(out: Piece[], list: readonly string[], separator: string): void {
    if (list.length === 0) return;
    if (this.needsWhole(list, separator)) {
      out.push(csvField(list.join(separator)));
      return;
    }
    let quotes = false;
    const at = out.push(NOTHING) - 1;
    for (let i = 0; i < list.length; i++) {
      const p = this.csvPiece(list[i]);
      quotes ||= p.quotes;
      if (i === 0) out.push(p.bytes);
      else {
        if (p.separator !== separator || p.afterSeparator === undefined) {
          p.separator = separator;
          p.afterSeparator = utf8(separator + p.inner);
        }
        out.push(p.afterSeparator);
      }
    }
    if (quotes) {
      out[at] = QUOTE;
      out.push(QUOTE);
    }
  }

  /**
   * Whether the joined text must go through csvField whole: its first and last characters decide a
   * formula-like start (an apostrophe and quotes) or an edge space. Doubling quotes changes neither
   * character's kind.
   */
  private needsWhole(list: readonly string[], separator: string): boolean {
    const first = list[0] || (list.length > 1 ? separator : "");
    const last = list[list.length - 1] || (list.length > 1 ? separator : "");
    return FORMULA_START.test(first) || first.startsWith(" ") || last.endsWith(" ");
  }

  private csvPiece(text: string): CsvPiece {
    let p = this.csv.get(text);
    if (p === undefined) {
      if (this.csv.size > LIMIT) this.csv.clear();
      const inner = text.includes('"') ? text.replace(/"/g, '""') : text;
      p = { inner, quotes: QUOTE_INSIDE.test(text), bytes: utf8(inner), afterSeparator: undefined, separator: "" };
      this.csv.set(text, p);
    }
    return p;
  }
}
