import type { JsonResult, RiskFigures } from "../../core";
import { csvValues, reviewCsvValues, type ReviewedResult } from "../formatResults";
import { csvField, csvLine } from "./csvLine";
import { SharedTexts } from "./sharedTexts";

/** Figure texts kept for reuse before the memory is emptied and filled again. */
const FIGURES_LIMIT = 50_000;

/**
 * The CSV record of a scored result: the same text as `csvLine(csvValues(r))` (a test holds it to
 * that), built for a million rows. Fields from fixed vocabularies (bands, decisions, flag codes,
 * dates) need no escaping and get none; texts shared between rows (the path to proceed, the hard
 * stops) are escaped once; the figures of the same shared inherent and residual objects are
 * written once. A result in error, or with review columns, is written the plain way.
 */
export function scoreCsvRecord(reviews: boolean): (r: ReviewedResult) => string {
  const texts = new SharedTexts();
  const figures = new Map<RiskFigures, Map<RiskFigures, Map<string, string>>>();
  const figuresText = (r: JsonResult): string => {
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
    let text = byDecision.get(decision);
    if (text === undefined) {
      const f = (x: RiskFigures) => [x.severity, x.likelihood, x.score, x.band].map(csvField).join(",");
      byDecision.set(decision, (text = `${f(inherent)},${f(residual)},${csvField(decision)}`));
    }
    return text;
  };
  const out: string[] = [];
  return (r) => {
    if (r.status !== "ok" || reviews || r.errors.length || !Object.isFrozen(r.inherent) || !Object.isFrozen(r.residual))
      return csvLine(reviews ? [...csvValues(r), ...reviewCsvValues(r)] : csvValues(r));
    const hardStops = r.hardStops.length ? texts.csvField(r.hardStops.map((h) => h.message).join(" | ")) : "";
    // Every piece of the record in one list, joined once: the drivers are not joined first and copied
    // again. The list is the same array every row (emptied, its room kept): a new one grew and was
    // copied several times a row.
    out.length = 0;
    out.push(
      String(r.row),
      ",",
      csvField(r.id),
      ",ok,",
      figuresText(r),
      ",",
      hardStops,
      ",",
      r.flags.length ? csvField(r.flags.join("; ")) : "",
      ",",
    );
    texts.csvJoinedInto(out, r.drivers, " | ");
    out.push(
      ",",
      r.pathToProceed ? texts.csvField(r.pathToProceed.summary) : "",
      // errors (none on a scored row)
      ",,",
      texts.csvField(r.methodology),
      ",",
      r.asAt ? texts.csvField(r.asAt) : "",
      ",",
      r.warnings.length ? csvField(r.warnings.map((e) => `${e.column}: ${e.message}`).join(" | ")) : "",
      // the provisional decision (empty on a scored row), then the newline
      ",\n",
    );
    return out.join("");
  };
}
