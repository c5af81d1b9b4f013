import type { ImportResult, ListEntry, ListFileInput, ListedName, PartyType } from "../types";
import { asOfFields, isoDate, listText } from "./listText";
import { children, parseListXml, text, type XmlNode } from "./xmlDocument";

/**
 * EU Financial Sanctions File, XML 1.1 (export / sanctionEntity). Written from the published layout:
 * each sanctionEntity has attributes logicalId and euReferenceNumber, a subjectType (code "person" or
 * "enterprise"), regulation elements with a programme attribute, and nameAlias elements with wholeName and
 * strong="true|false" (false = weak alias). The as-of date is the root's generationDate attribute.
 * No EU file is in the shared data set: tests use a small sample written from this layout.
 */
function partyType(code: string): PartyType {
  const c = code.toLowerCase();
  if (c === "person") return "individual";
  if (c === "enterprise") return "entity";
  return "unknown";
}

export function importEuXml(file: ListFileInput, callerAsOf?: string): ImportResult {
  const { text: xml, sha256 } = listText(file);
  const parsed = parseListXml(xml, file.name);
  if (!parsed.ok) return parsed;
  const root = parsed.doc["export"] as XmlNode | undefined;
  if (!root || typeof root !== "object") {
    return {
      ok: false,
      error: { file: file.name, location: "", message: "this is not an EU Financial Sanctions File: no export element" },
    };
  }
  const entries: ListEntry[] = [];
  const records = children(root, "sanctionEntity");
  for (let r = 0; r < records.length; r++) {
    const node = records[r];
    const logicalId = text(node, "@logicalId");
    const ref = text(node, "@euReferenceNumber");
    const where = `sanctionEntity ${r + 1}${logicalId ? ` (logicalId ${logicalId})` : ""}`;
    const names: ListedName[] = [];
    for (const a of children(node, "nameAlias")) {
      const whole =
        text(a, "@wholeName") || [text(a, "@firstName"), text(a, "@middleName"), text(a, "@lastName")].filter(Boolean).join(" ");
      if (!whole) continue;
      const strong = text(a, "@strong").toLowerCase() !== "false";
      names.push({ name: whole, quality: strong ? "strong" : "weak", kind: text(a, "@nameLanguage") || undefined });
    }
    const firstStrong = names.findIndex((n) => n.quality === "strong");
    if (firstStrong < 0)
      return {
        ok: false,
        error: { file: file.name, location: where, message: "the entity has no name (no nameAlias with a wholeName that is not weak)" },
      };
    const [primary] = names.splice(firstStrong, 1);
    names.unshift({ ...primary, quality: "primary" });
    const programmes = [
      ...new Set(
        children(node, "regulation")
          .map((g) => text(g, "@programme"))
          .filter(Boolean),
      ),
    ];
    const countries = new Set<string>();
    for (const key of ["citizenship", "address"]) {
      for (const c of children(node, key)) {
        const d = text(c, "@countryDescription");
        if (d && d !== "UNKNOWN") countries.add(d);
      }
    }
    entries.push({
      source: "EU",
      entryId: ref || logicalId || `record ${r + 1}`,
      listName: primary.name,
      names,
      programme: programmes.join("; "),
      partyType: partyType(text(node["subjectType"], "@code")),
      countries: [...countries],
    });
  }
  if (entries.length === 0)
    return { ok: false, error: { file: file.name, location: "", message: "the file has no sanctionEntity records" } };
  return {
    ok: true,
    list: {
      source: "EU",
      title: "EU Financial Sanctions File (consolidated list)",
      format: "eu-xml",
      ...asOfFields(isoDate(text(root, "@generationDate")), callerAsOf),
      files: [{ name: file.name, sha256 }],
      contentHash: sha256,
      entryCount: entries.length,
      aliasCount: entries.reduce((n, e) => n + e.names.length - 1, 0),
      weakAliasCount: entries.reduce((n, e) => n + e.names.filter((x) => x.quality === "weak").length, 0),
      licence: "European Union, reuse authorised with acknowledgement of the source",
      entries,
    },
  };
}
