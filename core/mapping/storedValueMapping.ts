import type { DealField } from "../intake/columns";
import type { ScoringContext } from "../scoring/context";
import type { IntakeMapping } from "./intakeMapping";
import { MAPPING_HEADER } from "./mappingSheet";
import { parseMapping } from "./parseMapping";

/** A value mapping as the task pane saves it in the workbook: the same lines as a mapping file. */
export interface StoredValueMapping {
  format: "cyber-export-risk-mapping";
  version: 1;
  values: Array<{ field: DealField; source: string; mapsTo: string }>;
}

export function emptyValueMapping(): StoredValueMapping {
  return { format: "cyber-export-risk-mapping", version: 1, values: [] };
}

/** The stored mapping with these choices added (a later choice for the same value replaces the earlier one). */
export function withChoices(
  m: StoredValueMapping,
  choices: ReadonlyArray<{ field: DealField; source: string; mapsTo: string }>,
): StoredValueMapping {
  const key = (v: { field: string; source: string }) => `${v.field}\u0000${v.source.trim().toLowerCase()}`;
  const replaced = new Set(choices.map(key));
  return { ...m, values: [...m.values.filter((v) => !replaced.has(key(v))), ...choices.filter((c) => c.mapsTo)] };
}

/**
 * The stored mapping checked against the methodology's catalogues, as the intake applies it;
 * an error message when it names entries the methodology does not have (e.g. after a profile change).
 */
export function intakeFromStored(
  json: unknown,
  ctx: ScoringContext,
): { ok: true; mapping: IntakeMapping } | { ok: false; message: string } {
  const m = json as Partial<StoredValueMapping> | null;
  if (!m || m.format !== "cyber-export-risk-mapping" || !Array.isArray(m.values))
    return { ok: false, message: "The value mapping saved in this workbook is not in a format this version knows." };
  const rows = [[...MAPPING_HEADER], ...m.values.map((v) => ["value", v.field, v.source, v.mapsTo, "", "", "", ""])];
  const parsed = parseMapping(rows, ctx, { sha256: "", source: "this workbook" });
  if (!parsed.ok)
    return { ok: false, message: `The value mapping saved in this workbook was not used: ${parsed.errors.slice(0, 3).join("; ")}` };
  return { ok: true, mapping: parsed.mapping };
}
