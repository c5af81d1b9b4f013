/**
 * The EXPORTRISK custom functions. Each is a thin wrapper over core/: it converts the cells Excel
 * hands over into core calls and the results back into cells. The JSDoc tags are the metadata:
 * custom-functions-metadata-plugin generates functions.json and the CustomFunctions.associate calls
 * from them at build time. Invalid input returns #VALUE! with a message (nothing throws).
 */
import { profileTag } from "../core";
import { registerLabels } from "../core";
import { provenanceOf } from "../core";
import { assessDeal } from "../core";
import { bandForScore } from "../core";
import { functionsContext, functionsScreener, functionsValueMapping } from "./context";
import { countryFigure } from "./countryFigure";
import { guarded, invalidValue, notAvailable } from "./invalid";
import { chooseOutputs, LIST_SEPARATOR } from "./outputColumns";
import { readDealArguments } from "./readDealArguments";
import { whenReady } from "./ready";
import { scoreTableSpill } from "./scoreTableSpill";
import { NO_LISTS_MESSAGE, screenNameRow, screenTableSpill } from "./screenSpill";

/**
 * Scores a whole deal table: one row of results per deal, spilled beside the table. A bad row shows its own error text; blank rows stay blank.
 * @customfunction SCORETABLE
 * @helpurl https://localhost:3000/docs/functions.html#exportriskscoretable
 * @param table The deal table including its header row (Country and Capability columns at least), e.g. Deals[#All].
 * @param [outputs] Which columns to return, e.g. "score, band, decision, top driver" (the default). Also: inherent score, inherent band, hard stops, flags, drivers, deal id, path to proceed, red lines.
 * @returns {any[][]} One row per row of the table after its first row.
 */
export function scoretable(table: any[][], outputs?: any[][]) {
  return whenReady(() =>
    guarded("SCORETABLE", () => {
      const choice = chooseOutputs(outputs);
      if (!choice.ok) return invalidValue(choice.message);
      const spill = scoreTableSpill(table, choice.columns, functionsContext(), functionsValueMapping());
      return spill.ok ? spill.rows : invalidValue(spill.message);
    }),
  );
}

/**
 * Assesses one deal: inherent score and band, residual score and band, decision, hard stops and the top drivers, spilled in one row.
 * @customfunction ASSESS
 * @helpurl https://localhost:3000/docs/functions.html#exportriskassess
 * @param capability What the product or service can do, e.g. "intrusion", "forensics", "firewall".
 * @param country Destination country name or ISO code.
 * @param endUserType Who will use it, e.g. "law enforcement", "enterprise"; blank means not disclosed.
 * @param [partnerType] Intermediary: integrator, distributor, reseller or agent; blank for a direct sale.
 * @param [partnerCountry] Country of the intermediary, if it is not in the destination.
 * @param [mitigations] Mitigation codes, one per cell or separated by commas, e.g. "hr-clause, audit-rights".
 * @param [redFlags] Red flag codes, one per cell or separated by commas, e.g. "re-export".
 * @param [scale] Deployment scale: limited, regional, national or mass.
 * @param [asAt] Assess as at this date: a date cell or YYYY-MM-DD, e.g. "2020-11-15". Blank uses the workbook's as-at setting (Settings), or today.
 * @returns {any[][]} Inherent score, inherent band, residual score, residual band, decision, hard stops, top drivers.
 */
export function assess(
  capability: string,
  country: string,
  endUserType: string,
  partnerType?: string,
  partnerCountry?: string,
  mitigations?: any[][],
  redFlags?: any[][],
  scale?: string,
  asAt?: any,
) {
  return whenReady(() =>
    guarded("ASSESS", () => {
      const ctx = functionsContext();
      const read = readDealArguments(
        { capability, country, endUserType, partnerType, partnerCountry, mitigations, redFlags, scale, asAt },
        ctx,
      );
      if (!read.ok) return invalidValue(read.message);
      const a = assessDeal(read.deal, ctx);
      const labels = registerLabels(ctx.profile);
      return [
        [
          a.inherent.score,
          labels.band(a.inherent.band),
          a.residual.score,
          labels.band(a.residual.band),
          labels.decision(a.decision),
          a.hardStops.map((h) => h.message).join(LIST_SEPARATOR),
          a.drivers.slice(0, 3).join(LIST_SEPARATOR),
        ],
      ];
    }),
  );
}

/**
 * The residual risk score (1 to 25) of one deal.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/docs/functions.html#exportriskscore
 * @param capability What the product or service can do, e.g. "intrusion", "forensics", "firewall".
 * @param country Destination country name or ISO code.
 * @param endUserType Who will use it, e.g. "law enforcement", "enterprise"; blank means not disclosed.
 * @param [partnerType] Intermediary: integrator, distributor, reseller or agent; blank for a direct sale.
 * @param [partnerCountry] Country of the intermediary, if it is not in the destination.
 * @param [mitigations] Mitigation codes, one per cell or separated by commas.
 * @param [redFlags] Red flag codes, one per cell or separated by commas.
 * @param [scale] Deployment scale: limited, regional, national or mass.
 * @param [asAt] Assess as at this date: a date cell or YYYY-MM-DD, e.g. "2020-11-15". Blank uses the workbook's as-at setting (Settings), or today.
 * @returns {number} Residual score, severity x likelihood after mitigations.
 */
export function score(
  capability: string,
  country: string,
  endUserType: string,
  partnerType?: string,
  partnerCountry?: string,
  mitigations?: any[][],
  redFlags?: any[][],
  scale?: string,
  asAt?: any,
) {
  return whenReady(() =>
    guarded("SCORE", () => {
      const ctx = functionsContext();
      const read = readDealArguments(
        { capability, country, endUserType, partnerType, partnerCountry, mitigations, redFlags, scale, asAt },
        ctx,
      );
      return read.ok ? assessDeal(read.deal, ctx).residual.score : invalidValue(read.message);
    }),
  );
}

/**
 * What would move one deal to a better decision: the fewest further clauses for each better decision, the evidence to gather, or why nothing can.
 * @customfunction PATHTOPROCEED
 * @helpurl https://localhost:3000/docs/functions.html#exportriskpathtoproceed
 * @param capability What the product or service can do, e.g. "intrusion", "forensics", "firewall".
 * @param country Destination country name or ISO code.
 * @param endUserType Who will use it, e.g. "law enforcement", "enterprise"; blank means not disclosed.
 * @param [partnerType] Intermediary: integrator, distributor, reseller or agent; blank for a direct sale.
 * @param [partnerCountry] Country of the intermediary, if it is not in the destination.
 * @param [mitigations] Mitigation codes already agreed, one per cell or separated by commas.
 * @param [redFlags] Red flag codes, one per cell or separated by commas.
 * @param [scale] Deployment scale: limited, regional, national or mass.
 * @param [asAt] Assess as at this date: a date cell or YYYY-MM-DD, e.g. "2020-11-15". Blank uses the workbook's as-at setting (Settings), or today.
 * @returns {string} The path in plain words, e.g. "To reach proceed with conditions: add Audit rights and Technical limits on use".
 */
export function pathtoproceed(
  capability: string,
  country: string,
  endUserType: string,
  partnerType?: string,
  partnerCountry?: string,
  mitigations?: any[][],
  redFlags?: any[][],
  scale?: string,
  asAt?: any,
) {
  return guarded("PATHTOPROCEED", () => {
    const ctx = functionsContext();
    const read = readDealArguments(
      { capability, country, endUserType, partnerType, partnerCountry, mitigations, redFlags, scale, asAt },
      ctx,
    );
    return read.ok ? assessDeal(read.deal, ctx).pathToProceed.summary : invalidValue(read.message);
  });
}

/**
 * A destination's score (1 to 5) or one of the figures behind it.
 * @customfunction COUNTRY
 * @helpurl https://localhost:3000/docs/functions.html#exportriskcountry
 * @param country Country name or ISO code.
 * @param [field] score (default), va (Voice and Accountability percentile), rl (Rule of Law percentile), year, sanctions, name or basis.
 * @param [asAt] As at this date: a date cell or YYYY-MM-DD; the WGI year and the restrictions in force then. Blank uses the workbook's as-at setting (Settings), or today.
 * @returns The destination score or the figure asked for.
 */
export function country(country: string, field?: string, asAt?: any) {
  return whenReady(() =>
    guarded("COUNTRY", () => {
      const r = countryFigure(country, field, functionsContext(), asAt);
      if (r.ok) return r.value;
      return r.missing ? notAvailable(r.message) : invalidValue(r.message);
    }),
  );
}

/**
 * The band (Low, Medium, High, Critical) of a risk score under the methodology.
 * @customfunction BAND
 * @helpurl https://localhost:3000/docs/functions.html#exportriskband
 * @param score A risk score from 1 to 25 (severity x likelihood).
 * @returns {string} The band's label.
 */
export function band(score: number) {
  return whenReady(() =>
    guarded("BAND", () => {
      if (typeof score !== "number" || !Number.isInteger(score) || score < 1 || score > 25) {
        return invalidValue(`Score '${score}' is not a risk score - use a whole number from 1 to 25 (severity x likelihood)`);
      }
      const profile = functionsContext().profile;
      return registerLabels(profile).band(bandForScore(score, profile));
    }),
  );
}

/**
 * Why a deal scores as it does: every driver in plain words, most important first.
 * @customfunction EXPLAIN
 * @helpurl https://localhost:3000/docs/functions.html#exportriskexplain
 * @param capability What the product or service can do, e.g. "intrusion", "forensics", "firewall".
 * @param country Destination country name or ISO code.
 * @param endUserType Who will use it, e.g. "law enforcement", "enterprise"; blank means not disclosed.
 * @param [partnerType] Intermediary: integrator, distributor, reseller or agent; blank for a direct sale.
 * @param [partnerCountry] Country of the intermediary, if it is not in the destination.
 * @param [mitigations] Mitigation codes, one per cell or separated by commas.
 * @param [redFlags] Red flag codes, one per cell or separated by commas.
 * @param [scale] Deployment scale: limited, regional, national or mass.
 * @param [asAt] Assess as at this date: a date cell or YYYY-MM-DD, e.g. "2020-11-15". Blank uses the workbook's as-at setting (Settings), or today.
 * @returns {string} The drivers, separated by " | ".
 */
export function explain(
  capability: string,
  country: string,
  endUserType: string,
  partnerType?: string,
  partnerCountry?: string,
  mitigations?: any[][],
  redFlags?: any[][],
  scale?: string,
  asAt?: any,
) {
  return whenReady(() =>
    guarded("EXPLAIN", () => {
      const ctx = functionsContext();
      const read = readDealArguments(
        { capability, country, endUserType, partnerType, partnerCountry, mitigations, redFlags, scale, asAt },
        ctx,
      );
      return read.ok ? assessDeal(read.deal, ctx).drivers.join(LIST_SEPARATOR) : invalidValue(read.message);
    }),
  );
}

/**
 * The methodology profile (id and version) and the versions of the reference data the scores use.
 * @customfunction METHODOLOGY
 * @helpurl https://localhost:3000/docs/functions.html#exportriskmethodology
 * @returns {any[][]} A header row, then one row each for the profile and every reference data set: what, version, as of, source, licence.
 */
export function methodology() {
  return whenReady(() =>
    guarded("METHODOLOGY", () => {
      const ctx = functionsContext();
      const p = ctx.profile;
      return [
        ["What", "Version", "As of", "Source", "Licence"],
        ["Methodology profile", profileTag(p), "", p.name, ""],
        ...provenanceOf(ctx).map((d) => [d.title, d.version, d.asOf, d.source, d.licence]),
      ];
    }),
  );
}

/**
 * Screens one name against the restricted-party lists loaded in the workbook (Partners pane): status (match, cleared or clear), then the best hit's matched name, list entry, programme, list and score, and the reviewer's decision.
 * @customfunction SCREEN
 * @helpurl https://localhost:3000/docs/functions.html#exportriskscreen
 * @param name Name of the partner, reseller or end user, as it appears in the contract.
 * @param [country] Country of the party, passed to the screener with the name; a country never clears a hit.
 * @returns {any[][]} Status, matched name, list entry, programme, list, score, review.
 */
export function screen(name: string, country?: string) {
  return whenReady(() =>
    guarded("SCREEN", () => {
      const screener = functionsScreener();
      if (!screener) return notAvailable(NO_LISTS_MESSAGE);
      const text = typeof name === "string" || typeof name === "number" ? String(name).trim() : "";
      if (!text) return invalidValue("Give the name of a partner, reseller or end user to screen");
      return [screenNameRow(screener, text, typeof country === "string" ? country.trim() : undefined)];
    }),
  );
}

/**
 * Screens a column of names against the restricted-party lists loaded in the workbook: one row per name (blank for blank), beside the names.
 * @customfunction SCREENTABLE
 * @helpurl https://localhost:3000/docs/functions.html#exportriskscreentable
 * @param names A column of names, with or without a header row; or a table whose names column has a header such as Name, Partner or Company.
 * @returns {any[][]} One row per row of the range: status, matched name, list entry, programme, list, score, review.
 */
export function screentable(names: any[][]) {
  return whenReady(() =>
    guarded("SCREENTABLE", () => {
      const screener = functionsScreener();
      if (!screener) return notAvailable(NO_LISTS_MESSAGE);
      const spill = screenTableSpill(names, screener);
      return spill.ok ? spill.rows : invalidValue(spill.message);
    }),
  );
}
