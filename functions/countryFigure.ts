import type { RestrictionMeasure } from "../core";
import { destinationScore } from "../core";
import type { ScoringContext } from "../core";
import { describeRow, restrictionsInForce, wgiYearLimit } from "../core";
import { readAsAt, todayIso } from "../core";
import { excelErrorCode } from "./errorCells";

/** The figures COUNTRY can return; the first name of each is the one the help shows. */
const fields = [
  { key: "score", names: ["score", "destination score", "d"] },
  { key: "va", names: ["va", "voice and accountability", "voice"] },
  { key: "rl", names: ["rl", "rule of law", "law"] },
  { key: "year", names: ["year", "data year"] },
  { key: "sanctions", names: ["sanctions", "measures", "restrictions", "embargo"] },
  { key: "name", names: ["name", "country name"] },
  { key: "basis", names: ["basis", "source"] },
] as const;
type FieldKey = (typeof fields)[number]["key"];

const measureLabels: Record<RestrictionMeasure, string> = {
  "comprehensive-sanctions": "Comprehensive sanctions",
  "interception-monitoring-restriction": "Interception and monitoring restrictions",
  "arms-embargo": "Arms embargo",
  "state-of-concern": "State of concern (national security)",
};

const fieldKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
const byName = new Map<string, FieldKey>();
for (const f of fields) for (const n of f.names) byName.set(fieldKey(n), f.key);

export type CountryFigure = { ok: true; value: string | number } | { ok: false; missing: boolean; message: string };

/**
 * One figure about a destination: its score D (default), a WGI percentile, the data year, or the
 * restrictions on it, as at `asAtArg` (a date cell or YYYY-MM-DD) or, when blank, the workbook's
 * as-at setting, or today.
 */
export function countryFigure(countryText: unknown, fieldText: unknown, ctx: ScoringContext, asAtArg?: unknown): CountryFigure {
  const errorCode = excelErrorCode(asAtArg);
  if (errorCode) return { ok: false, missing: false, message: `As at holds ${errorCode} - correct the cell, then the figure is given` };
  const dated = readAsAt(asAtArg);
  if (dated.error) return { ok: false, missing: false, message: dated.error };
  const text = countryText === null || countryText === undefined ? "" : String(countryText).trim();
  if (!text) return { ok: false, missing: false, message: "Country is missing - give the destination country name or ISO code" };
  const country = ctx.reference.resolveCountry(text);
  if (!country) {
    const s = ctx.reference.suggestCountry(text);
    return {
      ok: false,
      missing: false,
      message: `Country '${text}' is not recognised - ${s ? `did you mean '${s}'? ` : ""}use a country name or ISO code`,
    };
  }
  const wanted = fieldText === null || fieldText === undefined || String(fieldText).trim() === "" ? "score" : String(fieldText);
  const key = byName.get(fieldKey(wanted));
  if (!key)
    return {
      ok: false,
      missing: false,
      message: `Field '${wanted}' is not known - use one of: ${fields.map((f) => f.names[0]).join(", ")}`,
    };

  // As at the argument's date, else the workbook's (Settings; today by default), like every other function.
  const asAt = dated.asAt ?? ctx.asAt ?? todayIso();
  const d = destinationScore(country.alpha2, ctx, undefined, wgiYearLimit(asAt));
  const noFigures = (what: string) => ({
    ok: false as const,
    missing: true,
    message: `No ${what} for ${d.name} in the World Bank governance figures (WGI)`,
  });
  switch (key) {
    case "score":
      return { ok: true, value: d.score };
    case "va":
      return typeof d.va === "number" ? { ok: true, value: d.va } : noFigures("Voice and Accountability percentile");
    case "rl":
      return typeof d.rl === "number" ? { ok: true, value: d.rl } : noFigures("Rule of Law percentile");
    case "year":
      return typeof d.year === "number" ? { ok: true, value: d.year } : noFigures("figures");
    case "name":
      return { ok: true, value: d.name };
    case "basis":
      return {
        ok: true,
        value: d.basis === "override" ? `Override: ${d.reason ?? ""}` : d.basis === "wgi" ? `World Bank WGI ${d.year}` : "No data",
      };
    case "sanctions": {
      const rows = restrictionsInForce(ctx.reference, country.alpha2, asAt).rows;
      if (rows.length === 0) return { ok: true, value: `None in force on ${asAt}` };
      return { ok: true, value: rows.map((r) => `${measureLabels[r.measure]} (${describeRow(r)})`).join("; ") };
    }
  }
}
