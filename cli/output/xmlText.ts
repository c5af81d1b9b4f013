/** Characters XML text must escape, or cannot hold at all (control characters other than tab, line feed and carriage return). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;

/**
 * Text as exceljs writes it into sheet XML (its utils.xmlEncode): the five markup characters as
 * entities, and the control characters XML 1.0 forbids dropped.
 */
export function xmlText(text: string): string {
  const first = SPECIAL.exec(text);
  if (!first) return text;
  let out = text.slice(0, first.index);
  let from = first.index;
  for (let i = first.index; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let escape: string;
    if (c === 34) escape = "&quot;";
    else if (c === 38) escape = "&amp;";
    else if (c === 39) escape = "&apos;";
    else if (c === 60) escape = "&lt;";
    else if (c === 62) escape = "&gt;";
    else if (c === 127 || (c <= 31 && (c <= 8 || (c >= 11 && c !== 13)))) escape = "";
    else continue;
    out += text.slice(from, i) + escape;
    from = i + 1;
  }
  return out + text.slice(from);
}
