import Papa from "papaparse";
import type { ListFormat } from "../types";
import { WATCH_LIST_NAME_HEADERS } from "./watchList";

export type DetectedFormat = ListFormat | "ofac-alt" | "ofac-add";

/**
 * Recognises a list file from its first kilobytes: the XML root element, the CSL header, or the column
 * count and shape of OFAC's header-less files. A watch list must say it is one: CSV text whose first row
 * is a header with a name column first (Name, Names, Entity, Party, Company, Organisation). Anything
 * else - JSON, PDF, binary, a header-less CSV - is not recognised (undefined), never guessed.
 */
export function detectFormat(text: string): DetectedFormat | undefined {
  const head = text
    .replace(/^\uFEFF/, "")
    .slice(0, 4096)
    .trimStart();
  if (head === "") return undefined;
  // Binary data (NUL or other control bytes) is no list, whatever its first bytes happen to spell.
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]/.test(head)) return undefined;
  if (head.startsWith("<")) {
    if (/<CONSOLIDATED_LIST[\s>]/.test(head)) return "un-xml";
    if (/<([\w]+:)?export[\s>]/.test(head) || /sanctionEntity/.test(head)) return "eu-xml";
    if (/<Designations[\s>]/.test(head)) return "uk-xml";
    return undefined;
  }
  const firstLine = head.split(/\r?\n/)[0];
  const cells = Papa.parse<string[]>(firstLine, { delimiter: "," }).data[0] ?? [];
  const lower = cells.map((c) => c.trim().toLowerCase());
  if (lower.includes("source") && lower.includes("name") && lower.includes("alt_names")) return "us-csl";
  // OFAC files start with a numeric ent_num and write empty fields as "-0-".
  if (/^\d+$/.test(lower[0] ?? "") && (cells.length === 12 || /-0-/.test(head))) {
    if (cells.length === 5 && /^(aka|fka|nka)$/.test(lower[2] ?? "")) return "ofac-alt";
    if (cells.length === 6 && /^\d+$/.test(lower[1] ?? "")) return "ofac-add";
    // Any other shape is an sdn.csv, whose importer reports the wrong column count with its line.
    return "ofac-sdn";
  }
  if (WATCH_LIST_NAME_HEADERS.test((cells[0] ?? "").trim())) return "watch-list";
  return undefined;
}
