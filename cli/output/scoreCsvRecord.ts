import type { HardStop, JsonResult, RiskFigures } from "../../core";
import { csvValues, reviewCsvValues, type ReviewedResult } from "../formatResults";
import { csvField, csvLine } from "./csvLine";
import { SharedTexts } from "./sharedTexts";
import { utf8, type Piece } from "./pieces";

/** Figure texts kept for reuse before the memory is emptied and filled again. */
const FIGURES_LIMIT = 50_000;

/** Bytes that every scored record has in the same places. */
const OK = utf8(",ok,");
const COMMA = utf8(",");
/** No errors on a scored row: the errors field between two commas. */
const NO_ERRORS = utf8(",,");
/** The provisional decision (empty on a scored row), then the newline. */
const END = utf8(",\n");

/**
 * The CSV record of a scored result, in pieces (pieces.ts): the same bytes as
 * `csvLine(csvValues(r))` (a test holds it to that), built for a million rows. Fields from fixed
 * vocabularies (bands, decisions, flag codes, dates) need no escaping and get none; texts shared
 * between rows (drivers, the path to proceed, the hard stops) are escaped and encoded once and
 * their bytes copied; the figures of the same shared inherent and residual objects are written once.
 * A result in error, or with review columns, is written the plain way, as one text.
 *
 * The list returned is the same list every row, refilled: write it before asking for the next record.
 */
export function scoreCsvRecord(reviews: boolean): (r: ReviewedResult) => readonly Piece[] {
  const texts = new SharedTexts();
  const figures = new Map<RiskFigures, Map<RiskFigures, Map<string, Uint8Array>>>();
  const figuresBytes = (r: JsonResult): Uint8Array => {
    const inherent = r.inherent!;
    const residual = r.residual!;
    const decision = r.decision!;
    let byResidual = figures.get(inherent);
    if (!byResidual) {
      if (figures.size >= FIGURES_LIMIT) figures.clear();
      figures.set(inherent, (byResidual = new Map()));
    }
    let byDecision = byResidual.get(residual);
    if (!byDecision) byResidual.set(residual, (byDecision = new Map()));
    let bytes = byDecision.get(decision);
    if (bytes === undefined) {
      const f = (x: RiskFigures) => [x.severity, x.likelihood, x.score, x.band].map(csvField).join(",");
      byDecision.set(decision, (bytes = utf8(`${f(inherent)},${f(residual)},${csvField(decision)}`)));
    }
    return bytes;
  };
  const flagTexts = new Map<string, Uint8Array>();
  const flagsBytes = (flags: readonly string[]): Uint8Array => {
    const joined = flags.join("; ");
    let bytes = flagTexts.get(joined);
    if (bytes === undefined) {
      if (flagTexts.size > FIGURES_LIMIT) flagTexts.clear();
      flagTexts.set(joined, (bytes = utf8(csvField(joined))));
    }
    return bytes;
  };
  /** The hard stops' field, kept with the shared list of hard stops it was made from. */
  const hardStopTexts = new WeakMap<readonly HardStop[], Uint8Array>();
  const hardStopsBytes = (hardStops: readonly HardStop[]): Uint8Array => {
    let bytes = hardStopTexts.get(hardStops);
    if (bytes === undefined) {
      bytes = texts.csvFieldBytes(hardStops.map((h) => h.message).join(" | "));
      if (Object.isFrozen(hardStops)) hardStopTexts.set(hardStops, bytes);
    }
    return bytes;
  };
  const out: Piece[] = [];
  const plain: Piece[] = [""];
  return (r) => {
    if (r.status !== "ok" || reviews || r.errors.length || !Object.isFrozen(r.inherent) || !Object.isFrozen(r.residual)) {
      plain[0] = csvLine(reviews ? [...csvValues(r), ...reviewCsvValues(r)] : csvValues(r));
      return plain;
    }
    // Every piece of the record in one list, the same list every row (emptied, its room kept).
    out.length = 0;
    out.push(
      String(r.row),
      COMMA,
      csvField(r.id),
      OK,
      figuresBytes(r),
      COMMA,
      r.hardStops.length ? hardStopsBytes(r.hardStops) : "",
      COMMA,
      r.flags.length ? flagsBytes(r.flags) : "",
      COMMA,
    );
    texts.csvJoinedInto(out, r.drivers, " | ");
    out.push(
      COMMA,
      r.pathToProceed ? texts.csvFieldBytes(r.pathToProceed.summary) : "",
      NO_ERRORS,
      texts.csvFieldBytes(r.methodology),
      COMMA,
      r.asAt ? texts.csvFieldBytes(r.asAt) : "",
      COMMA,
      r.warnings.length ? csvField(r.warnings.map((e) => `${e.column}: ${e.message}`).join(" | ")) : "",
      END,
    );
    return out;
  };
}
