import { cellText, isBlankRow } from "../intake/cellText";
import { dealFields, fieldSpecs, type DealField } from "../intake/columns";
import { intakeCatalogues } from "../intake/intakeCatalogues";
import type { ScoringContext } from "../scoring/context";
import { normalizeKey } from "../text/normalizeKey";
import { codedFields, listFields } from "./codedFields";
import { NOTHING, type IntakeMapping } from "./intakeMapping";
import { IGNORE, MAPPING_HEADER } from "./mappingSheet";

export type ParsedMapping = { ok: true; mapping: IntakeMapping; unreviewed: number } | { ok: false; errors: string[] };

const fieldByName = new Map<string, DealField>();
for (const s of fieldSpecs) {
  fieldByName.set(normalizeKey(s.field), s.field);
  fieldByName.set(normalizeKey(s.label), s.field);
}
const ignoreWords = new Set(["", IGNORE, "not used", "none", "skip"]);
const dueDiligence = new Map([
  ["done", "done"],
  ["yes", "done"],
  ["not done", "not-done"],
  ["no", "not-done"],
  ["unknown", "unknown"],
]);

/** The catalogue id a mapping's "Maps to" names for a field, or an error message. */
function checkTarget(field: DealField, target: string, ctx: ScoringContext): { id: string } | { error: string } {
  const cat = intakeCatalogues(ctx);
  const key = normalizeKey(target);
  if (listFields.has(field) && key === NOTHING) return { id: NOTHING };
  switch (field) {
    case "country":
    case "partnerCountry": {
      const c = ctx.reference.resolveCountry(target);
      return c ? { id: c.alpha2 } : { error: `'${target}' is not a country - give a country name or ISO code` };
    }
    case "partnerDueDiligence": {
      const v = dueDiligence.get(key);
      return v ? { id: v } : { error: `'${target}' is not one of done, not-done, unknown` };
    }
    case "partnerType":
      if (key === "direct") return { id: NOTHING };
  }
  const matcher =
    field === "capability"
      ? cat.capability
      : field === "endUserType"
        ? cat.endUserType
        : field === "partnerType"
          ? cat.partnerType
          : field === "scale"
            ? cat.scale
            : field === "redFlags"
              ? cat.redFlag
              : cat.mitigation;
  const id = matcher.ids.find((x) => normalizeKey(x) === key);
  return id ? { id } : { error: `'${target}' is not a ${field} id - use one of: ${matcher.ids.join(", ")}` };
}

/**
 * Reads a mapping file (as rows of cells, header first) into an IntakeMapping, checking every
 * "Maps to" against the methodology's catalogues. Every problem is reported with its row.
 */
export function parseMapping(
  rows: readonly (readonly unknown[])[],
  ctx: ScoringContext,
  meta: { sha256: string; source: string },
): ParsedMapping {
  const head = (rows[0] ?? []).map((v) => normalizeKey(cellText(v)));
  const col = (name: string) => head.indexOf(normalizeKey(name));
  const [iKind, iField, iSource, iTarget, , iReview] = MAPPING_HEADER.map(col);
  if (iKind < 0 || iSource < 0 || iTarget < 0)
    return {
      ok: false,
      errors: [`the first row must be the mapping header (${MAPPING_HEADER.join(", ")}) - make one with 'export-risk map'`],
    };
  const errors: string[] = [];
  const columns = new Map<string, DealField | null>();
  const values = new Map<DealField, Map<string, string>>();
  const coded = new Set(codedFields);
  let unreviewed = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const at = `row ${r + 1}`;
    const kind = normalizeKey(cellText(row[iKind]));
    const source = cellText(row[iSource]);
    const target = cellText(row[iTarget]);
    if (iReview >= 0 && cellText(row[iReview])) unreviewed++;
    if (kind === "column") {
      if (ignoreWords.has(normalizeKey(target))) columns.set(normalizeKey(source), null);
      else {
        const field = fieldByName.get(normalizeKey(target));
        if (!field) errors.push(`${at}: '${target}' is not a field - use one of: ${dealFields.join(", ")}, or ${IGNORE}`);
        else columns.set(normalizeKey(source), field);
      }
    } else if (kind === "value") {
      const field = fieldByName.get(normalizeKey(cellText(row[iField])));
      if (!field || !coded.has(field)) {
        errors.push(`${at}: '${cellText(row[iField])}' is not a coded field - use one of: ${codedFields.join(", ")}`);
        continue;
      }
      // A blank "Maps to" leaves the value to the normal, fail-safe reading: never "no concern".
      if (!target) continue;
      const checked = checkTarget(field, target, ctx);
      if ("error" in checked) errors.push(`${at} (${field} '${source}'): ${checked.error}`);
      else {
        let m = values.get(field);
        if (!m) values.set(field, (m = new Map()));
        m.set(normalizeKey(source), checked.id);
      }
    } else errors.push(`${at}: Kind '${cellText(row[iKind])}' is neither column nor value`);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, mapping: { columns, values, ...meta }, unreviewed };
}
