import type { CellError, PartnerDueDiligence, ScaleId } from "../model/types";
import { closestMatch } from "../text/closestMatch";
import type { ScoringContext } from "../scoring/context";
import type { CompiledProfile, Vocabulary } from "../scoring/compiledProfile";
import { normalizeKey } from "../text/normalizeKey";
import { NOTHING } from "../mapping/intakeMapping";
import { cachedKey } from "./cachedKey";
import type { CatalogueMatcher } from "./catalogueMatcher";
import { OTHER_CONCERN, type IntakeCatalogues } from "./intakeCatalogues";
import type { DealField } from "./columns";
import { parseMoney } from "./parseMoney";
import type { FieldReader, RowErrors } from "./rowErrors";
import { createErrorMemo, suggestion } from "./unknownValueError";
import { dueDiligenceDoneWords as yesWords, dueDiligenceNotDoneWords as noWords, dueDiligenceUnknownWords } from "./dueDiligenceWords";
import { ownText } from "../text/ownText";

/** What every field reader of one column mapping shares: the profile, the column names, the error memo. */
export interface ReaderKit {
  ctx: ScoringContext;
  c: CompiledProfile;
  cat: IntakeCatalogues;
  /** The catalogue id a mapping file gives this value (NOTHING = it means nothing), or undefined. */
  mapped: (f: DealField, text: string) => string | undefined;
  colName: (f: DealField) => string;
  memo: ReturnType<typeof createErrorMemo>;
}

const noneWords = new Set(["", "none", "no", "n a", "na", "nil", "-", "no flags", "no mitigations", "0"]);
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
    const mapped = kit.mapped(f, text);
    const alpha2 = mapped !== undefined && mapped !== NOTHING ? mapped : kit.ctx.reference.resolveCountry(text)?.alpha2;
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
  matcher: CatalogueMatcher,
  vocab: Vocabulary,
  what: string,
  blank: { value: string | undefined; missing?: string },
): FieldReader<string | undefined> {
  return (text, sink) => {
    if (!text) {
      if (blank.missing) sink.error({ column: kit.colName(f), value: "", message: blank.missing });
      return blank.value;
    }
    const mapped = kit.mapped(f, text);
    if (mapped !== undefined) return mapped === NOTHING ? blank.value : mapped;
    const m = matcher.match(text);
    if (m.kind === "none") {
      sink.error(unknownValue(kit, f, text, vocab, what));
      return undefined;
    }
    if (m.kind === "ambiguous") sink.warn(ambiguityWarning(kit, f, text, m.id, m.others, matcher, what));
    return m.id;
  };
}

function ambiguityWarning(
  kit: ReaderKit,
  f: DealField,
  text: string,
  id: string,
  others: readonly string[],
  matcher: CatalogueMatcher,
  what: string,
): CellError {
  return kit.memo("warn:" + f, text, () => ({
    column: kit.colName(f),
    value: text,
    message:
      `${what} '${text}' could mean ${[id, ...others].map((x) => `'${matcher.labelOf(x)}'`).join(" or ")}: ` +
      `read as the riskier, '${matcher.labelOf(id)}' - a mapping file (export-risk map) can say which is meant`,
  }));
}

/** Partner type: blank or "direct" is a direct sale (null). */
export function partnerTypeReader(kit: ReaderKit): FieldReader<string | null> {
  const code = codeReader(kit, "partnerType", kit.cat.partnerType, kit.c.vocab.partnerType, "Partner type", { value: undefined });
  return (text, sink) => (!text || kit.c.directPartnerKeys.has(cachedKey(text)) ? null : (code(text, sink) ?? null));
}

export function dueDiligenceReader(kit: ReaderKit): FieldReader<PartnerDueDiligence> {
  return (text, sink) => {
    const mapped = text ? kit.mapped("partnerDueDiligence", text) : undefined;
    if (mapped !== undefined) return mapped as PartnerDueDiligence;
    const k = text ? cachedKey(text) : "";
    if (yesWords.has(k)) return "done";
    if (noWords.has(k)) return "not-done";
    if (k !== "" && !dueDiligenceUnknownWords.has(k))
      sink.error({
        column: kit.colName("partnerDueDiligence"),
        value: text,
        message: `Partner due diligence '${text}' is not understood - use yes, no or unknown`,
      });
    return "unknown";
  };
}

export function scaleReader(kit: ReaderKit): FieldReader<ScaleId | null> {
  const code = codeReader(kit, "scale", kit.cat.scale, kit.c.vocab.scale, "Scale", { value: undefined });
  return (text, sink) => (text ? ((code(text, sink) as ScaleId | undefined) ?? null) : null);
}

interface ListCell {
  ids: string[];
  warnings: CellError[];
  /** Entries counted as `other-concern` (red flags) or not credited (mitigations), for the drivers. */
  unread: string[];
}

/** Words that turn a named mitigation into its absence: "No audit rights", "Audit rights requested". */
export const negations = new Set([
  "no",
  "not",
  "without",
  "none",
  "pending",
  "planned",
  "requested",
  "refused",
  "declined",
  "tbc",
  "tbd",
  "proposed",
  "draft",
]);

/**
 * A list cell ("re-export; unusual routing") read into catalogue ids, the fail-safe way: an entry
 * that names no red flag counts as `other-concern` and an entry that names no mitigation earns no
 * credit, each with a warning. The same cell text gives the same array, so rows share it (and the
 * assessment memo keys on it).
 */
export function listReader(kit: ReaderKit, f: "redFlags" | "mitigations"): FieldReader<string[]> {
  const memo = new Map<string, ListCell>();
  const empty: string[] = [];
  const readPart = f === "redFlags" ? redFlagPart : mitigationPart;
  return (text, sink) => {
    if (!text) return empty;
    let hit = memo.get(text);
    if (!hit) {
      hit = { ids: [], warnings: [], unread: [] };
      if (!noneWords.has(cachedKey(text))) {
        for (const part of text.split(listSplit)) {
          const t = part.trim();
          if (t && !noneWords.has(cachedKey(t))) readPart(kit, t, hit);
        }
      }
      if (memo.size > 50_000) memo.clear();
      // Its own copy of the cell's text: a cut of the input's block would keep the block alive.
      memo.set(ownText(text), hit);
    }
    for (const w of hit.warnings) sink.warn(w);
    if (hit.unread.length) {
      if (f === "redFlags") (sink.otherConcerns ??= []).push(...hit.unread);
      else (sink.notCredited ??= []).push(...hit.unread);
    }
    return hit.ids;
  };
}

function addId(cell: ListCell, id: string) {
  if (!cell.ids.includes(id)) cell.ids.push(id);
}

function redFlagPart(kit: ReaderKit, t: string, cell: ListCell): void {
  const mapped = kit.mapped("redFlags", t);
  if (mapped !== undefined) {
    if (mapped !== NOTHING) addId(cell, mapped);
    return;
  }
  const matcher = kit.cat.redFlag;
  const m = matcher.match(t);
  if (m.kind === "exact" || m.kind === "contained") return addId(cell, m.id);
  const column = kit.colName("redFlags");
  if (m.kind === "ambiguous") {
    // Two red flags named in one entry: both count, as the riskier reading.
    for (const id of [m.id, ...m.others]) addId(cell, id);
    cell.warnings.push({
      column,
      value: t,
      message: `Red flag '${t}' could mean ${[m.id, ...m.others].map((x) => `'${matcher.labelOf(x)}'`).join(" or ")}: all are counted`,
    });
    return;
  }
  addId(cell, OTHER_CONCERN);
  cell.unread.push(t);
  cell.warnings.push({
    column,
    value: t,
    message: `Red flag '${t}' is not in the catalogue: counted as the red flag '${matcher.labelOf(OTHER_CONCERN)}' - map it to a red flag code if it is one`,
  });
}

function mitigationPart(kit: ReaderKit, t: string, cell: ListCell): void {
  const mapped = kit.mapped("mitigations", t);
  if (mapped !== undefined) {
    if (mapped !== NOTHING) addId(cell, mapped);
    return;
  }
  const matcher = kit.cat.mitigation;
  const m = matcher.match(t);
  let why: string;
  if (m.kind === "exact") return addId(cell, m.id);
  if (m.kind === "contained") {
    if (
      !normalizeKey(t)
        .split(" ")
        .some((w) => negations.has(w))
    )
      return addId(cell, m.id);
    why = `says '${matcher.labelOf(m.id)}' is absent or not yet agreed`;
  } else if (m.kind === "ambiguous") why = `could mean ${[m.id, ...m.others].map((x) => `'${matcher.labelOf(x)}'`).join(" or ")}`;
  else why = "is not in the catalogue";
  cell.unread.push(t);
  cell.warnings.push({
    column: kit.colName("mitigations"),
    value: t,
    message: `Mitigation '${t}' ${why}: not credited - map it to a mitigation code if it is one`,
  });
}

/** A deal value: a number cell as is, or text such as "£1.2m". */
export function valueReader(kit: ReaderKit): (raw: unknown, text: string, sink: RowErrors) => number | null {
  return (raw, text, sink) => {
    if (typeof raw === "number" && Number.isFinite(raw)) return raw;
    if (!text) return null;
    const v = parseMoney(text);
    if (v === undefined) {
      sink.error({
        column: kit.colName("value"),
        value: text,
        message: `Value '${text}' is not a number - write an amount such as 250000 or 1.2m`,
      });
      return null;
    }
    return v;
  };
}
