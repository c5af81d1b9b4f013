import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ListImportError } from "../types";

/** Elements that may repeat, always read as arrays so one and many look alike. */
const REPEATING = new Set([
  "INDIVIDUAL",
  "ENTITY",
  "INDIVIDUAL_ALIAS",
  "ENTITY_ALIAS",
  "NATIONALITY",
  "VALUE",
  "INDIVIDUAL_ADDRESS",
  "ENTITY_ADDRESS",
  "sanctionEntity",
  "nameAlias",
  "regulation",
  "citizenship",
  "address",
  "Designation",
  "Name",
  "Address",
  "Nationality",
  "Names",
  "Addresses",
  "Nationalities",
  "IndividualDetails",
  "Individual",
]);

export type XmlNode = Record<string, unknown>;

/**
 * Parses list XML after checking it is well formed, so a damaged download is reported with its line and
 * column instead of importing half a list. Tag values stay strings ("007" stays "007"); namespaces are dropped.
 */
export function parseListXml(text: string, file: string): { ok: true; doc: XmlNode } | { ok: false; error: ListImportError } {
  const refused = refuseHostileXml(text, file);
  if (refused) return { ok: false, error: refused };
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return {
      ok: false,
      error: { file, location: `line ${valid.err.line}, column ${valid.err.col}`, message: `the XML is damaged: ${valid.err.msg}` },
    };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => REPEATING.has(name),
  });
  try {
    return { ok: true, doc: parser.parse(text) as XmlNode };
  } catch (e) {
    return { ok: false, error: { file, location: "", message: `the XML could not be read: ${(e as Error).message}` } };
  }
}

/** Official lists are shallow (under 10 levels); deeper nesting is damage or an attack on the parser. */
const MAX_DEPTH = 64;

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

/**
 * No official list has a DOCTYPE: its entity declarations could read local files or expand a few bytes
 * into gigabytes, and an undeclared entity would leave "&name;" in a name. Such a file, and one nested
 * deeper than any list, is refused with where the problem starts.
 */
function refuseHostileXml(text: string, file: string): ListImportError | undefined {
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    return {
      file,
      location: lineAndColumn(text, doctype.index),
      message:
        "the XML has a DOCTYPE declaration (entities); official sanctions lists have none - download the list again from its publisher",
    };
  }
  let depth = 0;
  const tags = /<(\/?)[A-Za-z_][^>]*?(\/?)>/g;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth > MAX_DEPTH) {
      return {
        file,
        location: lineAndColumn(text, m.index),
        message: `the XML is nested more than ${MAX_DEPTH} levels deep; no list is - the file is damaged`,
      };
    }
  }
  return undefined;
}

/** Text of a child element or attribute ("" when missing or empty). */
export function text(node: unknown, key: string): string {
  if (!node || typeof node !== "object") return "";
  const v = (node as XmlNode)[key];
  if (v === undefined || v === null) return "";
  if (typeof v === "string" || typeof v === "number") return String(v).trim();
  if (Array.isArray(v)) return text({ [key]: v[0] }, key);
  if (typeof v === "object" && "#text" in (v as XmlNode)) return String((v as XmlNode)["#text"]).trim();
  return "";
}

/** Child elements as an array (missing -> []). */
export function children(node: unknown, key: string): XmlNode[] {
  if (!node || typeof node !== "object") return [];
  const v = (node as XmlNode)[key];
  if (v === undefined || v === null || v === "") return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is XmlNode => typeof x === "object" && x !== null);
}
