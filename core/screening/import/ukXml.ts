import type { ImportResult, ListEntry, ListFileInput, ListedName, PartyType } from "../types";
import { asOfFields, dayFirstDate, listText } from "./listText";
import { children, parseListXml, text, type XmlNode } from "./xmlDocument";

/**
 * UK Sanctions List XML (FCDO; Designations / Designation). Written from the published layout: UniqueID,
 * RegimeName, IndividualEntityShip, Names / Name with Name1..Name6 (Name6 = family name or whole entity name),
 * NameType ("Primary Name", "Primary Name Variation", "Alias") and, on aliases, AliasStrength ("Good quality
 * a.k.a", "Low quality a.k.a" = weak). DateGenerated is day-first (dd/mm/yyyy).
 * No UK file is in the shared data set: tests use a small sample written from this layout.
 */
function partyType(v: string): PartyType {
  switch (v.toLowerCase()) {
    case "individual":
      return "individual";
    case "entity":
      return "entity";
    case "ship":
      return "vessel";
    default:
      return "unknown";
  }
}

export function importUkXml(file: ListFileInput, callerAsOf?: string): ImportResult {
  const { text: xml, sha256 } = listText(file);
  const parsed = parseListXml(xml, file.name);
  if (!parsed.ok) return parsed;
  const root = parsed.doc["Designations"] as XmlNode | undefined;
  if (!root || typeof root !== "object") {
    return {
      ok: false,
      error: { file: file.name, location: "", message: "this is not a UK Sanctions List file: no Designations element" },
    };
  }
  const entries: ListEntry[] = [];
  const records = children(root, "Designation");
  for (let r = 0; r < records.length; r++) {
    const node = records[r];
    const id = text(node, "UniqueID");
    const where = `Designation ${r + 1}${id ? ` (UniqueID ${id})` : ""}`;
    if (!id) return { ok: false, error: { file: file.name, location: where, message: "the designation has no UniqueID" } };
    let primary: string | undefined;
    const others: ListedName[] = [];
    for (const group of children(node, "Names")) {
      for (const n of children(group, "Name")) {
        const full = ["Name1", "Name2", "Name3", "Name4", "Name5", "Name6"]
          .map((k) => text(n, k))
          .filter(Boolean)
          .join(" ");
        if (!full) continue;
        const type = text(n, "NameType").toLowerCase();
        const strength = text(n, "AliasStrength");
        if (type === "primary name" && primary === undefined) primary = full;
        else others.push({ name: full, quality: /low/i.test(strength) ? "weak" : "strong", kind: text(n, "NameType") || undefined });
      }
    }
    if (primary === undefined) {
      const firstStrong = others.findIndex((o) => o.quality === "strong");
      if (firstStrong < 0)
        return { ok: false, error: { file: file.name, location: where, message: "the designation has no Primary Name" } };
      primary = others.splice(firstStrong, 1)[0].name;
    }
    const countries = new Set<string>();
    for (const a of children(node, "Addresses").flatMap((g) => children(g, "Address"))) {
      const c = text(a, "AddressCountry");
      if (c) countries.add(c);
    }
    for (const d of children(node, "IndividualDetails").flatMap((g) => children(g, "Individual"))) {
      for (const g of children(d, "Nationalities")) {
        const v = g["Nationality"];
        for (const x of Array.isArray(v) ? v : [v]) if (typeof x === "string" && x.trim()) countries.add(x.trim());
      }
    }
    entries.push({
      source: "UK",
      entryId: id,
      listName: primary,
      names: [{ name: primary, quality: "primary" }, ...others],
      programme: text(node, "RegimeName"),
      partyType: partyType(text(node, "IndividualEntityShip")),
      countries: [...countries],
    });
  }
  if (entries.length === 0) return { ok: false, error: { file: file.name, location: "", message: "the file has no Designation records" } };
  return {
    ok: true,
    list: {
      source: "UK",
      title: "UK Sanctions List (FCDO)",
      format: "uk-xml",
      ...asOfFields(dayFirstDate(text(root, "DateGenerated")), callerAsOf),
      files: [{ name: file.name, sha256 }],
      contentHash: sha256,
      entryCount: entries.length,
      aliasCount: entries.reduce((n, e) => n + e.names.length - 1, 0),
      weakAliasCount: entries.reduce((n, e) => n + e.names.filter((x) => x.quality === "weak").length, 0),
      licence: "Open Government Licence v3.0",
      entries,
    },
  };
}
