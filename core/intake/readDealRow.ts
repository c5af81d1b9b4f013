import type { CellError, Deal, PartnerDueDiligence, ScaleId } from "../model/types";
import { normalizeKey } from "../text/normalizeKey";
import { closestMatch } from "../text/closestMatch";
import type { ScoringContext } from "../scoring/context";
import { compileProfile, type Vocabulary } from "../scoring/compiledProfile";
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
  const get = (row: readonly unknown[], f: DealField): string => {
    const i = col[f];
    return i === undefined ? "" : cellText(row[i]);
  };

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

  return {
    read(row, rowNumber) {
      const errors: CellError[] = [];
      const deal: Partial<Deal> & { extra: Record<string, string> } = { row: rowNumber, extra: noExtra };
      deal.id = get(row, "id");
      deal.customer = get(row, "customer");
      deal.endUserName = get(row, "endUserName");
      deal.product = get(row, "product");
      deal.partnerName = get(row, "partnerName");
      deal.currency = get(row, "currency");
      deal.owner = get(row, "owner");

      // Destination (required).
      const countryText = get(row, "country");
      if (!countryText) {
        errors.push({ column: colName("country"), value: "", message: "Country is missing - give the destination country name or ISO code" });
      } else {
        const country = ctx.reference.resolveCountry(countryText);
        if (country) deal.country = country.alpha2;
        else errors.push(unknownCountry("country", countryText, "Country"));
      }

      // Capability (required).
      const capText = get(row, "capability");
      if (!capText) {
        errors.push({ column: colName("capability"), value: "", message: "Capability is missing - say what the product does (e.g. intrusion, forensics, firewall)" });
      } else {
        const id = c.vocab.capability.resolve(capText);
        if (id) deal.capability = id;
        else errors.push(unknownValue("capability", capText, c.vocab.capability, "Capability"));
      }

      // End-user type: blank means not disclosed, which the methodology scores as 'unknown'.
      const euText = get(row, "endUserType");
      if (!euText) deal.endUserType = "unknown";
      else {
        const id = c.vocab.endUserType.resolve(euText);
        if (id) deal.endUserType = id;
        else errors.push(unknownValue("endUserType", euText, c.vocab.endUserType, "End-user type"));
      }

      // Partner type: blank with no partner named is a direct sale.
      const ptText = get(row, "partnerType");
      if (!ptText || c.directPartnerKeys.has(cachedKey(ptText))) {
        deal.partnerType = null;
        if (ptText && !deal.partnerName) deal.partnerName = "";
      } else {
        const id = c.vocab.partnerType.resolve(ptText);
        if (id) deal.partnerType = id;
        else errors.push(unknownValue("partnerType", ptText, c.vocab.partnerType, "Partner type"));
      }
      if (deal.partnerName && deal.partnerName.length < 20 && c.directPartnerKeys.has(cachedKey(deal.partnerName))) deal.partnerName = "";

      const pcText = get(row, "partnerCountry");
      if (!pcText) deal.partnerCountry = null;
      else {
        const pc = ctx.reference.resolveCountry(pcText);
        if (pc) deal.partnerCountry = pc.alpha2;
        else errors.push(unknownCountry("partnerCountry", pcText, "Partner country"));
      }

      const ddText = get(row, "partnerDueDiligence");
      const dd = cachedKey(ddText);
      let due: PartnerDueDiligence | undefined;
      if (yesWords.has(dd)) due = "done";
      else if (noWords.has(dd)) due = "not-done";
      else if (unknownWords.has(dd)) due = "unknown";
      if (due) deal.partnerDueDiligence = due;
      else {
        errors.push({ column: colName("partnerDueDiligence"), value: ddText, message: `Partner due diligence '${ddText}' is not understood - use yes, no or unknown` });
      }

      const scaleText = get(row, "scale");
      if (!scaleText) deal.scale = null;
      else {
        const id = c.vocab.scale.resolve(scaleText);
        if (id) deal.scale = id as ScaleId;
        else errors.push(unknownValue("scale", scaleText, c.vocab.scale, "Scale"));
      }

      const flags = readFlags(get(row, "redFlags"));
      deal.redFlags = flags.ids;
      for (const b of flags.bad) errors.push(unknownValue("redFlags", b, c.vocab.redFlag, "Red flag"));
      const mits = readMitigations(get(row, "mitigations"));
      deal.mitigations = mits.ids;
      for (const b of mits.bad) errors.push(unknownValue("mitigations", b, c.vocab.mitigation, "Mitigation"));

      const vi = col.value;
      const rawValue = vi === undefined ? undefined : row[vi];
      if (typeof rawValue === "number" && Number.isFinite(rawValue)) deal.value = rawValue;
      else {
        const vt = get(row, "value");
        if (!vt) deal.value = null;
        else {
          const v = parseMoney(vt);
          if (v === undefined) errors.push({ column: colName("value"), value: vt, message: `Value '${vt}' is not a number - write an amount such as 250000 or 1.2m` });
          else deal.value = v;
        }
      }

      for (const e of extras) {
        const t = cellText(row[e.index]);
        if (!t) continue;
        if (deal.extra === noExtra) deal.extra = {};
        deal.extra[e.header] = t;
      }

      if (errors.length) return { ok: false, errors, deal };
      return { ok: true, deal: deal as Deal };
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
