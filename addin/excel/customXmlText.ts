/**
 * The XML of the custom XML parts that hold the add-in's data inside the workbook (restricted-party
 * lists, reviewer decisions). Each part carries one chunk of a text: Excel on the web refuses requests
 * over about 5 MB, so a large list is split into parts of about 1 MB, each written and read in
 * requests well under the limit. Pure, so it is tested without Excel.
 */

export const dataNamespace = "urn:cyber-export-risk:data:1";
/**
 * Budget of one part in UTF-8 bytes of its XML-escaped text: Excel on the web measures its ~5 MB
 * request limit in bytes, and a list of names in Arabic or Chinese script takes 2 to 3 bytes a
 * character (4 for astral ones; "&" becomes 5 bytes escaped). Three parts per read stay under it.
 */
export const chunkBytes = 1_000_000;

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

/** Bytes a character takes in the part once escaped (escapeText) and encoded as UTF-8. */
function escapedBytes(cp: number): number {
  if (cp === 0x26) return 5; // &amp;
  if (cp === 0x3c || cp === 0x3e) return 4; // &lt; &gt;
  if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || cp === 0xfffe || cp === 0xffff) return 6; // \uXXXX
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  return cp < 0x10000 ? 3 : 4;
}

/** Splits text into pieces whose escaped UTF-8 size stays within maxBytes; never inside a surrogate pair. */
export function splitText(text: string, maxBytes = chunkBytes): string[] {
  if (text.length === 0) return [""];
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const cost = escapedBytes(cp);
    if (bytes + cost > maxBytes && i > start) {
      out.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += cost;
    i += width;
  }
  out.push(text.slice(start));
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

/** `namespace`: the screening data's by default; the decision records have their own, so neither store deletes the other's parts. */
export function chunkXml(c: DataChunk, namespace = dataNamespace): string {
  return `<exportRiskData xmlns="${namespace}" kind="${escapeAttr(c.kind)}" key="${escapeAttr(c.key)}" part="${c.part}" of="${c.of}">${escapeText(c.text)}</exportRiskData>`;
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
