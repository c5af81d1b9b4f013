import { crmColumnsNotUsed, fieldLabel, fieldSpecs, type DealField } from "../intake/columns";
import { buildCatalogueMatcher } from "../intake/catalogueMatcher";
import { claimsFor, findCompeting, mapHeaders } from "../intake/detectHeader";
import { compactKey } from "../text/normalizeKey";
import { IGNORE, type MappingLine } from "./mappingSheet";

const notUsed = new Set(crmColumnsNotUsed.map(compactKey));
// Every field a header's words could name, to list the candidates of an ambiguous header ("Product Line").
const fieldWords = buildCatalogueMatcher(fieldSpecs.map((s) => ({ id: s.field, label: s.label, synonyms: s.synonyms, risk: 0 })));

/** The fields a header could feed, best first; more than one means the header is ambiguous. */
export function headerCandidates(header: string): DealField[] {
  const m = fieldWords.match(header);
  const ids = m.kind === "none" ? [] : m.kind === "ambiguous" ? [m.id, ...m.others] : [m.id];
  const exact = claimsFor(header).map((c) => c.field);
  return [...new Set([...exact, ...(ids as DealField[])])];
}

/** One mapping line per header: the field proposed, how sure, and what to review. */
export function proposeColumns(headers: readonly string[]): MappingLine[] {
  const fields = mapHeaders(headers);
  const competing = findCompeting(headers, fields);
  const lines: MappingLine[] = [];
  headers.forEach((header, i) => {
    if (!header) return;
    const field = fields[i];
    const candidates = headerCandidates(header);
    const rival = competing.find((c) => c.columns.some((k) => k.index === i));
    const line: MappingLine = {
      kind: "column",
      field: "",
      source: header,
      mapsTo: field ?? IGNORE,
      confidence: "high",
      needsReview: false,
      rows: "",
      notes: "",
    };
    if (rival) {
      line.needsReview = true;
      line.confidence = "low";
      line.notes = `Competes with ${rival.columns
        .filter((k) => k.index !== i)
        .map((k) => `'${k.header}'`)
        .join(", ")} for ${fieldLabel[rival.field]}: set one to ${rival.field} and the others to ${IGNORE}`;
    } else if (field) {
      const exact = claimsFor(header).some((c) => c.rank < 100 && c.field === field);
      line.confidence = exact ? "high" : "medium";
      line.notes = `Read as ${fieldLabel[field]}`;
      if (candidates.length > 1) {
        line.needsReview = true;
        line.confidence = "low";
        line.notes += `; could also be ${candidates
          .filter((c) => c !== field)
          .map((c) => fieldLabel[c])
          .join(" or ")}`;
      }
    } else if (notUsed.has(compactKey(header))) {
      line.notes = "A CRM field the assessment does not use: carried through unchanged";
    } else if (candidates.length) {
      line.needsReview = true;
      line.confidence = "low";
      line.notes = `Not used; could be ${candidates.map((c) => `${fieldLabel[c]} (${c})`).join(" or ")}: say which, or leave ${IGNORE}`;
    } else {
      line.needsReview = true;
      line.confidence = "none";
      line.notes = "Not recognised: carried through unchanged. If it holds deal data, put the field it feeds in 'Maps to'";
    }
    lines.push(line);
  });
  return lines;
}
