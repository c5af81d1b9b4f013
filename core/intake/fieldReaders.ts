import type { CellError, PartnerDueDiligence, ScaleId } from "../model/types";
import { closestMatch } from "../text/closestMatch";
import type { ScoringContext } from "../scoring/context";
import type { CompiledProfile, Vocabulary } from "../scoring/compiledProfile";
import { cachedKey } from "./cachedKey";
import type { DealField } from "./columns";
import { parseMoney } from "./parseMoney";
import type { FieldReader, RowErrors } from "./rowErrors";
import { createErrorMemo, suggestion } from "./unknownValueError";

/** What every field reader of one column mapping shares: the profile, the column names, the error memo. */
export interface ReaderKit {
  ctx: ScoringContext;
  c: CompiledProfile;
  colName: (f: DealField) => string;
  memo: ReturnType<typeof createErrorMemo>;
}

const noneWords = new Set(["", "none", "no", "n a", "na", "nil", "-", "no flags", "no mitigations", "0"]);
const yesWords = new Set(["yes", "y", "true", "done", "completed", "complete", "1", "passed", "ok", "cleared", "verified"]);
const noWords = new Set(["no", "n", "false", "not done", "pending", "0", "outstanding", "in progress", "failed", "incomplete"]);
const unknownWords = new Set(["", "unknown", "not known", "n a", "na", "tbc", "tbd", "?"]);
const listSplit = /[;,\n\r]+/;

export function unknownValue(kit: ReaderKit, f: DealField, value: string, vocab: Vocabulary, what: string): CellError {
  return kit.memo(f, value, (suggest) => {
    const s = suggest ? closestMatch(value, vocab.entries) : undefined;
    return {
      column: kit.colName(f),
      value,
      message: `${what} '${value}' is not recognised${s ? ` - did you mean '${s}'?` : ` - use one of: ${vocab.entries.map((e) => e[1]).join(", ")}`}`,
    };
  });
}

/** A country column: ISO alpha-2, or undefined (and an error) when the text names no country. */
export function countryReader(kit: ReaderKit, f: "country" | "partnerCountry"): FieldReader<string | undefined> {
  const what = f === "country" ? "Country" : "Partner country";
  return (text, sink) => {
    if (!text) {
      if (f === "country")
        sink.error({ column: kit.colName(f), value: "", message: "Country is missing - give the destination country name or ISO code" });
      return undefined;
    }
    const alpha2 = kit.ctx.reference.resolveCountry(text)?.alpha2;
    if (!alpha2)
      sink.error(
        kit.memo(f, text, (suggest) => ({
          column: kit.colName(f),
          value: text,
          message: `${what} '${text}' is not recognised - ${suggestion(suggest ? kit.ctx.reference.suggestCountry(text) : undefined)}use a country name or ISO code`,
        })),
      );
    return alpha2;
  };
}

/** A coded field read against its catalogue; `blank` is what an empty cell means (undefined = missing, an error). */
export function codeReader(
  kit: ReaderKit,
  f: DealField,
  vocab: Vocabulary,
  what: string,
  blank: { value: string | undefined; missing?: string },
): FieldReader<string | undefined> {
  return (text, sink) => {
    if (!text) {
      if (blank.missing) sink.error({ column: kit.colName(f), value: "", message: blank.missing });
      return blank.value;
    }
    const id = vocab.resolve(text);
    if (!id) sink.error(unknownValue(kit, f, text, vocab, what));
    return id;
  };
}

/** Partner type: blank or "direct" is a direct sale (null). */
export function partnerTypeReader(kit: ReaderKit): FieldReader<string | null> {
  const code = codeReader(kit, "partnerType", kit.c.vocab.partnerType, "Partner type", { value: undefined });
  return (text, sink) => (!text || kit.c.directPartnerKeys.has(cachedKey(text)) ? null : (code(text, sink) ?? null));
}

export function dueDiligenceReader(kit: ReaderKit): FieldReader<PartnerDueDiligence> {
  return (text, sink) => {
    const k = text ? cachedKey(text) : "";
    if (yesWords.has(k)) return "done";
    if (noWords.has(k)) return "not-done";
    if (!unknownWords.has(k))
      sink.error({
        column: kit.colName("partnerDueDiligence"),
        value: text,
        message: `Partner due diligence '${text}' is not understood - use yes, no or unknown`,
      });
    return "unknown";
  };
}

export function scaleReader(kit: ReaderKit): FieldReader<ScaleId | null> {
  const code = codeReader(kit, "scale", kit.c.vocab.scale, "Scale", { value: undefined });
  return (text, sink) => (text ? ((code(text, sink) as ScaleId | undefined) ?? null) : null);
}

/**
 * A list cell ("re-export; unusual routing") read into catalogue ids. The same cell text gives the
 * same array, so rows share it (and the assessment memo keys on it).
 */
export function listReader(kit: ReaderKit, f: "redFlags" | "mitigations", vocab: Vocabulary, what: string): FieldReader<string[]> {
  const memo = new Map<string, { ids: string[]; bad: string[] }>();
  const empty: string[] = [];
  return (text, sink) => {
    if (!text) return empty;
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
    for (const b of hit.bad) sink.error(unknownValue(kit, f, b, vocab, what));
    return hit.ids;
  };
}

/** A deal value: a number cell as is, or text such as "£1.2m". */
export function valueReader(kit: ReaderKit): (raw: unknown, text: string, sink: RowErrors) => number | null {
  return (raw, text, sink) => {
    if (typeof raw === "number" && Number.isFinite(raw)) return raw;
    if (!text) return null;
    const v = parseMoney(text);
    if (v === undefined) {
      sink.error({ column: kit.colName("value"), value: text, message: `Value '${text}' is not a number - write an amount such as 250000 or 1.2m` });
      return null;
    }
    return v;
  };
}
