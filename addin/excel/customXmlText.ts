/**
 * The XML of the custom XML parts that hold the add-in's data inside the workbook (restricted-party
 * lists, reviewer decisions). Each part carries one chunk of a text: Excel on the web refuses requests
 * over about 5 MB, so a large list is split into parts of about 1 MB, each written and read in
 * requests well under the limit. Pure, so it is tested without Excel.
 */

export const dataNamespace = "urn:cyber-export-risk:data:1";
export const chunkChars = 1_000_000;

export interface DataChunk {
  /** "list" or "decisions". */
  kind: string;
  /** Which stored text the chunk belongs to (a list's stored hash; "decisions"). */
  key: string;
  /** 1-based position and count of chunks of the text. */
  part: number;
  of: number;
  text: string;
}

export function splitText(text: string, size = chunkChars): string[] {
  if (text.length === 0) return [""];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) {
    // Never split a surrogate pair: each chunk must be valid text on its own.
    let end = Math.min(i + size, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
    out.push(text.slice(i, end));
    i = end - size;
  }
  return out;
}

const escapeText = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // Characters XML 1.0 does not allow even escaped; the stored JSON never needs them raw.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

export function chunkXml(c: DataChunk): string {
  return `<exportRiskData xmlns="${dataNamespace}" kind="${escapeAttr(c.kind)}" key="${escapeAttr(c.key)}" part="${c.part}" of="${c.of}">${escapeText(c.text)}</exportRiskData>`;
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const l = e.toLowerCase();
    if (l === "amp") return "&";
    if (l === "lt") return "<";
    if (l === "gt") return ">";
    if (l === "quot") return '"';
    if (l === "apos") return "'";
    return String.fromCodePoint(l.startsWith("#x") ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10));
  });
}

/** Reads a part's XML as Excel returns it (it may add a declaration or reorder attributes); undefined when it is not one of ours. */
export function readChunkXml(xml: string): DataChunk | undefined {
  const m = /<(?:\w+:)?exportRiskData\b([^>]*?)(\/>|>([\s\S]*)<\/(?:\w+:)?exportRiskData>)/.exec(xml);
  if (!m) return undefined;
  const attr = (name: string) => {
    const a = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(m[1]);
    return a ? unescapeXml(a[1] ?? a[2]) : undefined;
  };
  const kind = attr("kind");
  const key = attr("key");
  const part = Number(attr("part"));
  const of = Number(attr("of"));
  if (!kind || !key || !Number.isInteger(part) || !Number.isInteger(of) || part < 1 || part > of) return undefined;
  const body = m[3] ?? "";
  const text = unescapeXml(body.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, c: string) => c.replace(/&/g, "&amp;").replace(/</g, "&lt;")));
  return { kind, key, part, of, text };
}
