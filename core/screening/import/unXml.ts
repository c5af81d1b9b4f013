import type { ImportResult, ListEntry, ListFileInput, ListedName } from "../types";
import { asOfFields, isoDate, listText } from "./listText";
import { children, parseListXml, text, type XmlNode } from "./xmlDocument";

/**
 * UN Security Council Consolidated List XML (CONSOLIDATED_LIST / INDIVIDUALS / INDIVIDUAL and ENTITIES /
 * ENTITY). A name is FIRST_NAME..FOURTH_NAME; aliases carry QUALITY "Good" or "Low" (individuals, Low =
 * weak) or "a.k.a." / "f.k.a." (entities). The as-of date is the root's dateGenerated attribute.
 * Names in original script (NAME_ORIGINAL_SCRIPT: Arabic, Cyrillic, Chinese...) are imported as strong names
 * (kind "original script"), so a partner written in that script is matched too.
 */
export function importUnXml(file: ListFileInput, callerAsOf?: string): ImportResult {
  const { text: xml, sha256 } = listText(file);
  const parsed = parseListXml(xml, file.name);
  if (!parsed.ok) return parsed;
  const root = parsed.doc["CONSOLIDATED_LIST"] as XmlNode | undefined;
  if (!root || typeof root !== "object") {
    return {
      ok: false,
      error: { file: file.name, location: "", message: "this is not a UN consolidated list: no CONSOLIDATED_LIST element" },
    };
  }
  const entries: ListEntry[] = [];
  const records: { node: XmlNode; individual: boolean }[] = [
    ...children(root["INDIVIDUALS"], "INDIVIDUAL").map((node) => ({ node, individual: true })),
    ...children(root["ENTITIES"], "ENTITY").map((node) => ({ node, individual: false })),
  ];
  for (let r = 0; r < records.length; r++) {
    const { node, individual } = records[r];
    const dataId = text(node, "DATAID");
    const ref = text(node, "REFERENCE_NUMBER");
    const where = `${individual ? "INDIVIDUAL" : "ENTITY"} record ${r + 1}${dataId ? ` (DATAID ${dataId})` : ""}`;
    const full = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
      .map((k) => text(node, k))
      .filter(Boolean)
      .join(" ");
    if (!full) return { ok: false, error: { file: file.name, location: where, message: "the record has no name (FIRST_NAME is empty)" } };
    if (!ref && !dataId)
      return { ok: false, error: { file: file.name, location: where, message: "the record has neither REFERENCE_NUMBER nor DATAID" } };
    // Entities sometimes list two names in one field: "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES ...".
    const parts = full.split(/\s+;\s+/).filter(Boolean);
    const names: ListedName[] = [{ name: parts[0], quality: "primary" }];
    for (const p of parts.slice(1)) names.push({ name: p, quality: "strong", kind: "also listed as" });
    const original = text(node, "NAME_ORIGINAL_SCRIPT");
    if (original) names.push({ name: original, quality: "strong", kind: "original script" });
    for (const a of children(node, individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
      const name = text(a, "ALIAS_NAME");
      if (!name) continue;
      const quality = text(a, "QUALITY");
      names.push({ name, quality: /^low/i.test(quality) ? "weak" : "strong", kind: quality || undefined });
    }
    const countries = new Set<string>();
    for (const n of children(node, "NATIONALITY")) {
      const values = n["VALUE"];
      for (const v of Array.isArray(values) ? values : [values]) if (typeof v === "string" && v.trim()) countries.add(v.trim());
    }
    for (const a of children(node, individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
      const c = text(a, "COUNTRY");
      if (c) countries.add(c);
    }
    entries.push({
      source: "UN",
      entryId: ref || dataId,
      listName: parts[0],
      names,
      programme: text(node, "UN_LIST_TYPE"),
      partyType: individual ? "individual" : "entity",
      countries: [...countries],
    });
  }
  if (entries.length === 0)
    return { ok: false, error: { file: file.name, location: "", message: "the list has no INDIVIDUAL or ENTITY records" } };
  return {
    ok: true,
    list: {
      source: "UN",
      title: "UN Security Council Consolidated List",
      format: "un-xml",
      ...asOfFields(isoDate(text(root, "@dateGenerated")), callerAsOf),
      files: [{ name: file.name, sha256 }],
      contentHash: sha256,
      entryCount: entries.length,
      aliasCount: entries.reduce((n, e) => n + e.names.length - 1, 0),
      weakAliasCount: entries.reduce((n, e) => n + e.names.filter((x) => x.quality === "weak").length, 0),
      licence: "UN public information",
      entries,
    },
  };
}
