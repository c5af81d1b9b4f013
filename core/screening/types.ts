/** Restricted-party lists as plain data: what the importers produce and the matcher consumes. */

/** How much a name can be relied on. Weak names (OFAC weak a.k.a.s, UN/UK "Low quality") only support a hit. */
export type NameQuality = "primary" | "strong" | "weak";

export interface ListedName {
  name: string;
  quality: NameQuality;
  /** The list's own label for the name: "aka", "fka", "nka", "Good", "Low", "Primary Name Variation"... */
  kind?: string;
}

export type PartyType = "individual" | "entity" | "vessel" | "aircraft" | "unknown";

export interface ListEntry {
  /** List label shown in hits: "OFAC SDN", "UN", "US CSL", "EU", "UK", or a watch list's name. */
  source: string;
  /** The list's own identifier (OFAC ent_num, UN reference number, EU logicalId, UK UniqueID...). */
  entryId: string;
  /** The entry's primary name, as the list spells it. */
  listName: string;
  /** Every name of the entry, the primary name first. */
  names: ListedName[];
  programme: string;
  partyType: PartyType;
  /** Countries named in the entry's addresses or nationality, as the list spells them. */
  countries: string[];
}

export type ListFormat = "ofac-sdn" | "us-csl" | "un-xml" | "eu-xml" | "uk-xml" | "watch-list";

export interface ListFileInfo {
  name: string;
  sha256: string;
}

/** One imported list: its entries and the facts a register's read-me records about it. */
export interface ScreeningList {
  source: string;
  title: string;
  format: ListFormat;
  /** ISO date (YYYY-MM-DD) the list was published, or "" when neither the file nor the caller says. */
  asOf: string;
  asOfFrom: "file" | "caller" | "unknown";
  files: ListFileInfo[];
  /** SHA-256 of the file, or of the files' hashes joined in order when several files make the list. */
  contentHash: string;
  entryCount: number;
  /** Names other than each entry's primary name. */
  aliasCount: number;
  weakAliasCount: number;
  licence: string;
  entries: ListEntry[];
}

/** A list file as the caller hands it over: bytes (preferred, hashed exactly) or text. */
export interface ListFileInput {
  name: string;
  bytes?: Uint8Array;
  text?: string;
  /** Hash computed by the caller; otherwise the core computes it. */
  sha256?: string;
}

/** An import failure a compliance officer can act on: which file, where in it, and what is wrong. */
export interface ListImportError {
  file: string;
  /** "line 12", "record 7 (DATAID 6908024)"; "" when the problem is the whole file. */
  location: string;
  message: string;
}

export type ImportResult = { ok: true; list: ScreeningList } | { ok: false; error: ListImportError };

export function formatImportError(e: ListImportError): string {
  return `${e.file}${e.location ? `, ${e.location}` : ""}: ${e.message}`;
}
