import type { ImportResult, ListEntry, ListFileInput, ListedName, PartyType } from "../types";
import { csvRecords, lineAt } from "./csvRecords";
import { asOfFields, combinedHash, listText } from "./listText";

/**
 * OFAC's legacy CSV files: sdn.csv (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,
 * Tonnage, GRT, Vess_flag, Vess_owner, Remarks), alt.csv (ent_num, alt_num, alt_type, alt_name,
 * alt_remarks) and add.csv (ent_num, add_num, address, city/state/postal, country, add_remarks).
 * No header; "-0-" means empty.
 *
 * Aliases: alt.csv holds OFAC's ordinary a.k.a./f.k.a./n.k.a. names. OFAC puts its WEAK a.k.a.s in the
 * Remarks of sdn.csv ("a.k.a. 'BNC'."), not in alt.csv: in the July 2021 triple none of the 2,414 Remarks
 * aliases appears in alt.csv. So Remarks aliases are imported as weak.
 */
export interface OfacFiles {
  sdn: ListFileInput;
  alt?: ListFileInput;
  add?: ListFileInput;
  /** Publication date when the caller knows it (the CSV files carry none). */
  asOf?: string;
}

const EMPTY = "-0-";

function field(v: string | undefined): string {
  const s = (v ?? "").trim();
  return s === EMPTY ? "" : s;
}

const REMARKS_ALIAS = /\b([afn])\.k\.a\.,?\s*'(.+?)'(?=[;.,)\s]|$)/g;

/** Weak aliases written in an OFAC Remarks field: "a.k.a. 'BNC'; a.k.a. 'ABU-'UMAR'." */
export function remarksAliases(remarks: string): { name: string; kind: string }[] {
  const out: { name: string; kind: string }[] = [];
  for (const m of remarks.matchAll(REMARKS_ALIAS)) {
    const name = m[2].trim();
    if (name) out.push({ name, kind: `${m[1]}ka` });
  }
  return out;
}

function partyType(sdnType: string): PartyType {
  switch (sdnType.toLowerCase()) {
    case "":
      return "entity";
    case "individual":
      return "individual";
    case "vessel":
      return "vessel";
    case "aircraft":
      return "aircraft";
    default:
      return "unknown";
  }
}

/** "SDGT] [IFSR" (how sdn.csv joins programmes) -> "SDGT; IFSR". */
function programmes(v: string): string {
  return v
    .split(/\]\s*\[/)
    .map((p) => p.replace(/[[\]]/g, "").trim())
    .filter(Boolean)
    .join("; ");
}

export function importOfacSdn(files: OfacFiles): ImportResult {
  const sdn = listText(files.sdn);
  const parsed = csvRecords(sdn.text);
  const fail = (file: string, text: string, starts: number[], row: number, message: string): ImportResult => ({
    ok: false,
    error: { file, location: `line ${starts[row] !== undefined ? lineAt(text, starts[row]) : row + 1}`, message },
  });
  if (parsed.problem) return fail(files.sdn.name, sdn.text, parsed.starts, parsed.problem.row, parsed.problem.message);
  if (parsed.rows.length === 0) return { ok: false, error: { file: files.sdn.name, location: "", message: "the file is empty" } };
  const entries: ListEntry[] = [];
  const byId = new Map<string, ListEntry>();
  for (let r = 0; r < parsed.rows.length; r++) {
    const row = parsed.rows[r];
    if (row.length !== 12) {
      return fail(files.sdn.name, sdn.text, parsed.starts, r, `expected the 12 columns of OFAC sdn.csv, found ${row.length}`);
    }
    const id = field(row[0]);
    const name = field(row[1]);
    if (!/^\d+$/.test(id)) return fail(files.sdn.name, sdn.text, parsed.starts, r, `ent_num '${row[0]}' is not a number`);
    if (!name) return fail(files.sdn.name, sdn.text, parsed.starts, r, `entry ${id} has no SDN_Name`);
    const names: ListedName[] = [{ name, quality: "primary" }];
    for (const a of remarksAliases(field(row[11]))) names.push({ name: a.name, quality: "weak", kind: a.kind });
    const entry: ListEntry = {
      source: "OFAC SDN",
      entryId: id,
      listName: name,
      names,
      programme: programmes(field(row[3])),
      partyType: partyType(field(row[2])),
      countries: [],
    };
    entries.push(entry);
    byId.set(id, entry);
  }
  const hashes = [sdn.sha256];
  const fileInfos = [{ name: files.sdn.name, sha256: sdn.sha256 }];
  // alt.csv and add.csv hang rows off sdn.csv's entries by ent_num; both are read the same way.
  const satellite = (
    file: ListFileInput,
    columns: number,
    what: string,
    apply: (entry: ListEntry, row: string[]) => void,
  ): ImportResult | undefined => {
    const text = listText(file);
    const p = csvRecords(text.text);
    if (p.problem) return fail(file.name, text.text, p.starts, p.problem.row, p.problem.message);
    for (let r = 0; r < p.rows.length; r++) {
      const row = p.rows[r];
      if (row.length !== columns) {
        return fail(file.name, text.text, p.starts, r, `expected the ${columns} columns of OFAC ${what}, found ${row.length}`);
      }
      const entry = byId.get(field(row[0]));
      if (!entry) {
        const kind = what === "alt.csv" ? "alias" : "address";
        return fail(file.name, text.text, p.starts, r, `${kind} for ent_num '${field(row[0])}', which is not in ${files.sdn.name}`);
      }
      apply(entry, row);
    }
    hashes.push(text.sha256);
    fileInfos.push({ name: file.name, sha256: text.sha256 });
    return undefined;
  };
  if (files.alt) {
    const failed = satellite(files.alt, 5, "alt.csv", (entry, row) => {
      const name = field(row[3]);
      if (name) entry.names.push({ name, quality: "strong", kind: field(row[2]).toLowerCase() || "aka" });
    });
    if (failed) return failed;
  }
  if (files.add) {
    const failed = satellite(files.add, 6, "add.csv", (entry, row) => {
      const country = field(row[4]);
      if (country && !entry.countries.includes(country)) entry.countries.push(country);
    });
    if (failed) return failed;
  }
  const aliasCount = entries.reduce((n, e) => n + e.names.length - 1, 0);
  const weakAliasCount = entries.reduce((n, e) => n + e.names.filter((x) => x.quality === "weak").length, 0);
  return {
    ok: true,
    list: {
      source: "OFAC SDN",
      title: "OFAC Specially Designated Nationals and Blocked Persons (sdn.csv)",
      format: "ofac-sdn",
      ...asOfFields("", files.asOf),
      files: fileInfos,
      contentHash: combinedHash(hashes),
      entryCount: entries.length,
      aliasCount,
      weakAliasCount,
      licence: "US government work, public domain",
      entries,
    },
  };
}
