import type { ImportResult, ListFileInput } from "../types";
import { detectFormat } from "./detectFormat";
import { listText } from "./listText";
import { importEuXml } from "./euXml";
import { importOfacSdn } from "./ofacSdn";
import { importUkXml } from "./ukXml";
import { importUnXml } from "./unXml";
import { importUsCsl } from "./usCsl";
import { importWatchList } from "./watchList";

export interface ImportOptions {
  /** Publication date for files that do not carry one (OFAC CSV, CSL, watch lists), YYYY-MM-DD. */
  asOf?: string;
}

/**
 * Imports list files of any supported format, recognised from their content. OFAC alt.csv and add.csv
 * files join the sdn.csv given before them (or the only one given), making one list.
 */
export function importLists(files: ListFileInput[], options: ImportOptions = {}): ImportResult[] {
  const results: ImportResult[] = [];
  const decoded = files.map((f) => {
    const { text, sha256 } = listText(f);
    return { input: { name: f.name, text, sha256 } as ListFileInput, format: detectFormat(text) };
  });
  const sdnPositions = decoded.map((d, i) => (d.format === "ofac-sdn" ? i : -1)).filter((i) => i >= 0);
  const companions = new Map<number, { alt?: ListFileInput; add?: ListFileInput }>();
  for (let i = 0; i < decoded.length; i++) {
    const d = decoded[i];
    if (d.format !== "ofac-alt" && d.format !== "ofac-add") continue;
    const before = sdnPositions.filter((p) => p < i);
    const owner = before.length > 0 ? before[before.length - 1] : sdnPositions.length === 1 ? sdnPositions[0] : -1;
    const kind = d.format === "ofac-alt" ? "alt" : "add";
    if (owner < 0) {
      results.push({
        ok: false,
        error: { file: d.input.name, location: "", message: `this is an OFAC ${kind}.csv; give the matching sdn.csv too` },
      });
      continue;
    }
    const c = companions.get(owner) ?? {};
    if (c[kind]) {
      results.push({
        ok: false,
        error: { file: d.input.name, location: "", message: `a second OFAC ${kind}.csv for ${decoded[owner].input.name}` },
      });
      continue;
    }
    c[kind] = d.input;
    companions.set(owner, c);
  }
  for (let i = 0; i < decoded.length; i++) {
    const { input, format } = decoded[i];
    switch (format) {
      case "ofac-sdn":
        results.push(importOfacSdn({ sdn: input, ...companions.get(i), asOf: options.asOf }));
        break;
      case "us-csl":
        results.push(importUsCsl(input, options.asOf));
        break;
      case "un-xml":
        results.push(importUnXml(input, options.asOf));
        break;
      case "eu-xml":
        results.push(importEuXml(input, options.asOf));
        break;
      case "uk-xml":
        results.push(importUkXml(input, options.asOf));
        break;
      case "watch-list":
        results.push(importWatchList(input, { asOf: options.asOf }));
        break;
      case "ofac-alt":
      case "ofac-add":
        break;
      default:
        results.push({
          ok: false,
          error: {
            file: input.name,
            location: "",
            message:
              "the file is empty or not a list format this tool reads - it reads OFAC sdn.csv (+ alt.csv, add.csv), the US Consolidated Screening List CSV, UN, EU or UK sanctions XML, and internal watch lists: CSV whose first row is a header starting with a Name column",
          },
        });
    }
  }
  return results;
}
