import type { CellError, Deal, PartnerDueDiligence, ScaleId } from "../model/types";
import { normalizeKey } from "../text/normalizeKey";
import { closestMatch } from "../text/closestMatch";
import type { ScoringContext } from "../scoring/context";
import { compileProfile, type Vocabulary } from "../scoring/compiledProfile";
import { readAsAt } from "./readAsAt";
import { cellText } from "./cellText";
import { fieldLabel, type DealField } from "./columns";
import type { ColumnMapping } from "./detectHeader";

export type RowRead = { ok: true; deal: Deal } | { ok: false; errors: CellError[]; deal: Partial<Deal> };

const noneWords = new Set(["", "none", "no", "n a", "na", "nil", "-", "no flags", "no mitigations", "0"]);
const yesWords = new Set(["yes", "y", "true", "done", "completed", "complete", "1", "passed", "ok", "cleared", "verified"]);
const noWords = new Set(["no", "n", "false", "not done", "pending", "0", "outstanding", "in progress", "failed", "incomplete"]);
const unknownWords = new Set(["", "unknown", "not known", "n a", "na", "tbc", "tbd", "?"]);

const listSplit = /[;,\n\r]+/;

/** normalizeKey memoised: coded cells repeat across rows, and Unicode normalisation is not free. */
const keyMemo = new Map<string, string>();
function cachedKey(text: string): string {
  let k = keyMemo.get(text);
  if (k === undefined) {
    k = normalizeKey(text);
    if (keyMemo.size > 20_000) keyMemo.clear();
    keyMemo.set(text, k);
  }
  return k;
}

/** Compiled per mapping: which column feeds which field, and the names of the extra columns. */
export interface RowReader {
  read(row: readonly unknown[], rowNumber: number): RowRead;
}

/** Shared by rows without extra columns; never written to (a row with extras gets its own object). */
const noExtra: Record<string, string> = Object.freeze({}) as Record<string, string>;

export function createRowReader(mapping: ColumnMapping, ctx: ScoringContext): RowReader {
  const c = compileProfile(ctx);
  const col: Partial<Record<DealField, number>> = {};
  const header: Partial<Record<DealField, string>> = {};
  const extras: Array<{ index: number; header: string }> = [];
  for (const m of mapping.columns) {
    if (m.field) {
      col[m.field] = m.index;
      header[m.field] = m.header;
    } else if (m.header) extras.push({ index: m.index, header: m.header });
  }
  const colName = (f: DealField) => header[f] ?? fieldLabel[f];

  /** A list cell read into catalogue ids (and the parts it could not read), memoised per vocabulary. */
  const listReader = (vocab: Vocabulary) => {
    const memo = new Map<string, { ids: string[]; bad: string[] }>();
    return (text: string) => {
      let hit = memo.get(text);
      if (!hit) {
        const ids: string[] = [];
        const bad: string[] = [];
        if (!noneWords.has(cachedKey(text))) {
          for (const part of text.split(listSplit)) {
            const t = part.trim();
            if (!t || noneWords.has(cachedKey(t))) continue;
            const id = vocab.resolve(t);
            if (id === undefined) bad.push(t);
            else if (!ids.includes(id)) ids.push(id);
          }
        }
        hit = { ids, bad };
        if (memo.size > 50_000) memo.clear();
        memo.set(text, hit);
      }
      return hit;
    };
  };
  const readFlags = listReader(c.vocab.redFlag);
  const readMitigations = listReader(c.vocab.mitigation);

  // Suggestions cost milliseconds (a search over every name); a bad value tends to repeat down a
  // column, so each distinct (column, value) is explained once.
  const errorMemo = new Map<string, CellError>();
  // A column of thousands of distinct bad values gets suggestions for the first few hundred only.
  let suggestionBudget = 500;
  const memoError = (f: DealField, value: string, make: (suggest: boolean) => CellError): CellError => {
    const key = f + "\u0000" + value;
    let e = errorMemo.get(key);
    if (!e) {
      e = make(suggestionBudget-- > 0);
      if (errorMemo.size > 10_000) errorMemo.clear();
      errorMemo.set(key, e);
    }
    return e;
  };
  const unknownValue = (f: DealField, value: string, vocab: Vocabulary, what: string): CellError =>
    memoError(f, value, (suggest) => {
      const s = suggest ? closestMatch(value, vocab.entries) : undefined;
      return {
        column: colName(f),
        value,
        message: `${what} '${value}' is not recognised${s ? ` - did you mean '${s}'?` : ` - use one of: ${vocab.entries.map((e) => e[1]).join(", ")}`}`,
      };
    });
  const unknownCountry = (f: "country" | "partnerCountry", value: string, what: string): CellError =>
    memoError(f, value, (suggest) => ({
      column: colName(f),
      value,
      message: `${what} '${value}' is not recognised - ${suggestion(suggest ? ctx.reference.suggestCountry(value) : undefined)}use a country name or ISO code`,
    }));

  // Column indexes resolved once (-1 = no such column), so a row is read without lookups by name.
  const at = (f: DealField) => col[f] ?? -1;
  const iId = at("id"),
    iCustomer = at("customer"),
    iEndUserName = at("endUserName"),
    iProduct = at("product");
  const iPartnerName = at("partnerName"),
    iCurrency = at("currency"),
    iOwner = at("owner"),
    iCountry = at("country");
  const iCapability = at("capability"),
    iEndUserType = at("endUserType"),
    iPartnerType = at("partnerType");
  const iPartnerCountry = at("partnerCountry"),
    iDue = at("partnerDueDiligence"),
    iScale = at("scale");
  const iRedFlags = at("redFlags"),
    iMitigations = at("mitigations"),
    iValue = at("value");
  const iAsAt = at("asAt");
  const text = (row: readonly unknown[], i: number): string => (i < 0 ? "" : cellText(row[i]));

  return {
    read(row, rowNumber) {
      // Created only for a row with errors (no closure per row: this is the hot path).
      let errors: CellError[] | undefined;

      // Destination (required).
      let country: string | undefined;
      const countryText = text(row, iCountry);
      if (!countryText) {
        (errors ??= []).push({
          column: colName("country"),
          value: "",
          message: "Country is missing - give the destination country name or ISO code",
        });
      } else {
        country = ctx.reference.resolveCountry(countryText)?.alpha2;
        if (!country) (errors ??= []).push(unknownCountry("country", countryText, "Country"));
      }

      // Capability (required).
      let capability: string | undefined;
      const capText = text(row, iCapability);
      if (!capText) {
        (errors ??= []).push({
          column: colName("capability"),
          value: "",
          message: "Capability is missing - say what the product does (e.g. intrusion, forensics, firewall)",
        });
      } else {
        capability = c.vocab.capability.resolve(capText);
        if (!capability) (errors ??= []).push(unknownValue("capability", capText, c.vocab.capability, "Capability"));
      }

      // End-user type: blank means not disclosed, which the methodology scores as 'unknown'.
      let endUserType: string | undefined = "unknown";
      const euText = text(row, iEndUserType);
      if (euText) {
        endUserType = c.vocab.endUserType.resolve(euText);
        if (!endUserType) (errors ??= []).push(unknownValue("endUserType", euText, c.vocab.endUserType, "End-user type"));
      }

      // Partner type: blank (or "direct") with no partner named is a direct sale.
      let partnerName = text(row, iPartnerName);
      if (partnerName && partnerName.length < 20 && c.directPartnerKeys.has(cachedKey(partnerName))) partnerName = "";
      let partnerType: string | null = null;
      const ptText = text(row, iPartnerType);
      if (ptText && !c.directPartnerKeys.has(cachedKey(ptText))) {
        const id = c.vocab.partnerType.resolve(ptText);
        if (id) partnerType = id;
        else (errors ??= []).push(unknownValue("partnerType", ptText, c.vocab.partnerType, "Partner type"));
      }

      let partnerCountry: string | null = null;
      const pcText = text(row, iPartnerCountry);
      if (pcText) {
        partnerCountry = ctx.reference.resolveCountry(pcText)?.alpha2 ?? null;
        if (!partnerCountry) (errors ??= []).push(unknownCountry("partnerCountry", pcText, "Partner country"));
      }

      const ddText = text(row, iDue);
      const dd = ddText ? cachedKey(ddText) : "";
      let partnerDueDiligence: PartnerDueDiligence = "unknown";
      if (yesWords.has(dd)) partnerDueDiligence = "done";
      else if (noWords.has(dd)) partnerDueDiligence = "not-done";
      else if (!unknownWords.has(dd)) {
        (errors ??= []).push({
          column: colName("partnerDueDiligence"),
          value: ddText,
          message: `Partner due diligence '${ddText}' is not understood - use yes, no or unknown`,
        });
      }

      let scale: ScaleId | null = null;
      const scaleText = text(row, iScale);
      if (scaleText) {
        scale = (c.vocab.scale.resolve(scaleText) as ScaleId | undefined) ?? null;
        if (!scale) (errors ??= []).push(unknownValue("scale", scaleText, c.vocab.scale, "Scale"));
      }

      const flags = readFlags(text(row, iRedFlags));
      for (const b of flags.bad) (errors ??= []).push(unknownValue("redFlags", b, c.vocab.redFlag, "Red flag"));
      const mits = readMitigations(text(row, iMitigations));
      for (const b of mits.bad) (errors ??= []).push(unknownValue("mitigations", b, c.vocab.mitigation, "Mitigation"));

      let value: number | null = null;
      const rawValue = iValue < 0 ? undefined : row[iValue];
      if (typeof rawValue === "number" && Number.isFinite(rawValue)) value = rawValue;
      else {
        const vt = text(row, iValue);
        if (vt) {
          const v = parseMoney(vt);
          if (v === undefined)
            (errors ??= []).push({
              column: colName("value"),
              value: vt,
              message: `Value '${vt}' is not a number - write an amount such as 250000 or 1.2m`,
            });
          else value = v;
        }
      }

      const dated = iAsAt < 0 ? {} : readAsAt(row[iAsAt]);
      if (dated.error) (errors ??= []).push({ column: colName("asAt"), value: cellText(row[iAsAt]), message: dated.error });

      let extra = noExtra;
      for (const e of extras) {
        const t = cellText(row[e.index]);
        if (!t) continue;
        if (extra === noExtra) extra = {};
        extra[e.header] = t;
      }

      // One object literal, always the same shape: rows share one hidden class.
      const deal = {
        row: rowNumber,
        id: text(row, iId),
        customer: text(row, iCustomer),
        endUserName: text(row, iEndUserName),
        country: country as string,
        endUserType: endUserType as string,
        capability: capability as string,
        product: text(row, iProduct),
        partnerType,
        partnerName,
        partnerCountry,
        partnerDueDiligence,
        scale,
        redFlags: flags.ids,
        mitigations: mits.ids,
        value,
        currency: text(row, iCurrency),
        owner: text(row, iOwner),
        extra,
        asAt: dated.asAt,
      };
      if (errors) return { ok: false, errors, deal };
      return { ok: true, deal };
    },
  };
}

/** "did you mean 'X'? " - or, for an ambiguous name, both candidates as the resolver gives them. */
function suggestion(s: string | undefined): string {
  if (!s) return "";
  return s.includes(" or ") ? `did you mean ${s}? Otherwise ` : `did you mean '${s}'? Otherwise `;
}

const moneyPattern = /^(-)?\s*([£$€¥]|[a-z]{3})?\s*(\d[\d,' ]*(?:\.\d+)?|\.\d+)\s*(k|m|bn|b|mn|million|thousand)?\s*([a-z]{3})?$/i;
const multipliers: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9 };

/** Reads "£1,200,000", "1.2m", "250k", "EUR 40 000"; undefined when the text is not an amount. */
export function parseMoney(text: string): number | undefined {
  const m = moneyPattern.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[3].replace(/[,' ]/g, ""));
  if (!Number.isFinite(n)) return undefined;
  const mult = m[4] ? multipliers[m[4].toLowerCase()] : 1;
  return (m[1] ? -1 : 1) * n * mult;
}
