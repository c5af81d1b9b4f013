import type { CellError, Deal } from "../model/types";
import type { ScoringContext } from "../scoring/context";
import { compileProfile } from "../scoring/compiledProfile";
import { cachedKey } from "./cachedKey";
import { readAsAt } from "./readAsAt";
import { cellText } from "./cellText";
import { fieldLabel, type DealField } from "./columns";
import type { ColumnMapping } from "./detectHeader";
import {
  codeReader,
  countryReader,
  dueDiligenceReader,
  listReader,
  partnerTypeReader,
  scaleReader,
  valueReader,
  type ReaderKit,
} from "./fieldReaders";
import { RowErrors } from "./rowErrors";
import { intakeCatalogues } from "./intakeCatalogues";
import type { IntakeMapping } from "../mapping/intakeMapping";
import { createErrorMemo } from "./unknownValueError";

export { parseMoney } from "./parseMoney";

export type RowRead =
  | { ok: true; deal: Deal; warnings?: CellError[]; notes?: IntakeNotes }
  | { ok: false; errors: CellError[]; warnings?: CellError[]; deal: Partial<Deal> };

/** Compiled per mapping: which column feeds which field, and the names of the extra columns. */
export interface RowReader {
  read(row: readonly unknown[], rowNumber: number): RowRead;
}

/** Shared by rows without extra columns; never written to (a row with extras gets its own object). */
const noExtra: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Column index per field (-1 = no such column), resolved once so a row is read without lookups by name. */
function columnIndexes(mapping: ColumnMapping) {
  const col: Partial<Record<DealField, number>> = {};
  const header: Partial<Record<DealField, string>> = {};
  const extras: Array<{ index: number; header: string }> = [];
  for (const m of mapping.columns) {
    if (m.field) {
      col[m.field] = m.index;
      header[m.field] = m.header;
    } else if (m.header) extras.push({ index: m.index, header: m.header });
  }
  return { at: (f: DealField) => col[f] ?? -1, colName: (f: DealField) => header[f] ?? fieldLabel[f], extras };
}

/** The readers of every field, built once per column mapping. */
export function buildFieldReaders(kit: ReaderKit) {
  const v = kit.c.vocab;
  return {
    country: countryReader(kit, "country"),
    capability: codeReader(kit, "capability", kit.cat.capability, v.capability, "Capability", {
      value: undefined,
      missing: "Capability is missing - say what the product does (e.g. intrusion, forensics, firewall)",
    }),
    // Blank means not disclosed, which the methodology scores as 'unknown'.
    endUserType: codeReader(kit, "endUserType", kit.cat.endUserType, v.endUserType, "End-user type", { value: "unknown" }),
    partnerType: partnerTypeReader(kit),
    partnerCountry: countryReader(kit, "partnerCountry"),
    partnerDueDiligence: dueDiligenceReader(kit),
    scale: scaleReader(kit),
    redFlags: listReader(kit, "redFlags"),
    mitigations: listReader(kit, "mitigations"),
    value: valueReader(kit),
  };
}

/** Intake notes on a scored row: red-flag entries counted as other-concern, mitigations not credited. */
export interface IntakeNotes {
  otherConcerns?: string[];
  notCredited?: string[];
}

export function createRowReader(mapping: ColumnMapping, ctx: ScoringContext, intake?: IntakeMapping): RowReader {
  const c = compileProfile(ctx);
  const { at, colName, extras } = columnIndexes(mapping);
  const read = buildFieldReaders({ ctx, c, cat: intakeCatalogues(ctx), colName, memo: createErrorMemo(), mapped: mappedValues(intake) });
  const iId = at("id"),
    iCustomer = at("customer"),
    iEndUserName = at("endUserName"),
    iProduct = at("product"),
    iPartnerName = at("partnerName"),
    iCurrency = at("currency"),
    iOwner = at("owner"),
    iCountry = at("country"),
    iCapability = at("capability"),
    iEndUserType = at("endUserType"),
    iPartnerType = at("partnerType"),
    iPartnerCountry = at("partnerCountry"),
    iDue = at("partnerDueDiligence"),
    iScale = at("scale"),
    iRedFlags = at("redFlags"),
    iMitigations = at("mitigations"),
    iValue = at("value"),
    iAsAt = at("asAt");
  const sink = new RowErrors();

  return {
    read(row, rowNumber) {
      sink.reset();
      let partnerName = textAt(row, iPartnerName);
      // "Direct" in the partner column is no partner.
      if (partnerName && partnerName.length < 20 && c.directPartnerKeys.has(cachedKey(partnerName))) partnerName = "";
      // One object literal, always the same shape: rows share one hidden class.
      const deal = {
        row: rowNumber,
        id: textAt(row, iId),
        customer: textAt(row, iCustomer),
        endUserName: textAt(row, iEndUserName),
        country: read.country(textAt(row, iCountry), sink) as string,
        capability: read.capability(textAt(row, iCapability), sink) as string,
        endUserType: read.endUserType(textAt(row, iEndUserType), sink) as string,
        product: textAt(row, iProduct),
        partnerType: read.partnerType(textAt(row, iPartnerType), sink),
        partnerName,
        partnerCountry: read.partnerCountry(textAt(row, iPartnerCountry), sink) ?? null,
        partnerDueDiligence: read.partnerDueDiligence(textAt(row, iDue), sink),
        scale: read.scale(textAt(row, iScale), sink),
        redFlags: read.redFlags(textAt(row, iRedFlags), sink),
        mitigations: read.mitigations(textAt(row, iMitigations), sink),
        value: read.value(iValue < 0 ? undefined : row[iValue], textAt(row, iValue), sink),
        currency: textAt(row, iCurrency),
        owner: textAt(row, iOwner),
        extra: readExtras(row, extras),
        asAt: iAsAt < 0 ? undefined : asAtOf(row[iAsAt], colName("asAt"), sink),
      };
      const warnings = sink.warnings;
      if (sink.errors) return warnings ? { ok: false, errors: sink.errors, warnings, deal } : { ok: false, errors: sink.errors, deal };
      if (!warnings) return { ok: true, deal };
      return { ok: true, deal, warnings, notes: { otherConcerns: sink.otherConcerns, notCredited: sink.notCredited } };
    },
  };
}

/** A row's own "As at" date (YYYY-MM-DD), or an error: day and month order are never guessed. */
function asAtOf(value: unknown, column: string, sink: RowErrors): string | undefined {
  const dated = readAsAt(value);
  if (dated.error) sink.error({ column, value: cellText(value), message: dated.error });
  return dated.asAt;
}

const textAt = (row: readonly unknown[], i: number): string => (i < 0 ? "" : cellText(row[i]));

function readExtras(row: readonly unknown[], extras: ReadonlyArray<{ index: number; header: string }>): Record<string, string> {
  let extra = noExtra;
  for (const e of extras) {
    const t = cellText(row[e.index]);
    if (!t) continue;
    if (extra === noExtra) extra = {};
    extra[e.header] = t;
  }
  return extra;
}

/** The mapping file's value lookup, or one that knows nothing. */
function mappedValues(intake: IntakeMapping | undefined): (f: DealField, text: string) => string | undefined {
  if (!intake || intake.values.size === 0) return () => undefined;
  return (f, text) => intake.values.get(f)?.get(cachedKey(text));
}
