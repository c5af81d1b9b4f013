import { ownText } from "../text/ownText";
import { createAsAtTally, type AsAtSummary } from "./assessedAsAt";
import type { Assessment, BandId, DecisionId, DestinationBasis, Deal, ScoredRow } from "../model/types";

/** The dashboard's figures, computed in one pass over the scored rows (plain data, tested on its own). */

export type ScoredDeal = { row: number; deal: Deal; assessment: Assessment };

export interface ExposureLine {
  /** Country ISO alpha-2 or capability id. */
  key: string;
  /** Country name; for a capability the id again (the sheet shows the profile's label). */
  label: string;
  currency: string;
  deals: number;
  /** Deals in this group with no value given: the total leaves them out, and says so. */
  withoutValue: number;
  value: number;
}

/** The dashboard lists this many hard stops; the register holds them all (filter Decision = Stop). */
export const DASHBOARD_HARD_STOPS = 50;
/** The dashboard lists this many deals one clause from a better decision; the register's Path to proceed column has every path. */
export const DASHBOARD_ONE_CLAUSE = 50;

export interface HardStopLine {
  row: number;
  id: string;
  customer: string;
  country: string;
  reasons: string[];
  /** A provisional stop of a row that could not be assessed. */
  provisional?: boolean;
}

/** A row that could not be scored, with the decision that follows from what was read. */
export interface NotAssessedLine {
  row: number;
  id: string;
  customer: string;
  decision: "stop" | "escalate";
  reason: string;
}

/** A deal that one more clause would move to a better decision: the board's quickest wins. */
export interface OneClauseLine {
  row: number;
  id: string;
  customer: string;
  decision: DecisionId;
  to: DecisionId;
  clause: string;
}

export interface DashboardFigures {
  rows: number;
  scored: number;
  errors: number;
  inherentBands: Record<BandId, number>;
  residualBands: Record<BandId, number>;
  decisions: Record<DecisionId, number>;
  /** counts[likelihood - 1][severity - 1] */
  inherentHeat: number[][];
  residualHeat: number[][];
  topResidual: ScoredDeal[];
  exposureByCountry: ExposureLine[];
  exposureByCapability: ExposureLine[];
  /** The first DASHBOARD_HARD_STOPS hard stops, in row order (the register holds them all). */
  hardStops: HardStopLine[];
  /** How many deals have a hard stop, provisional ones included. */
  hardStopCount: number;
  /** Rows in error by provisional decision: never counted as cleared. */
  provisional: { stop: number; escalate: number };
  /** The first rows that could not be assessed, provisional stops first (the dashboard lists them beside the top risks). */
  notAssessed: NotAssessedLine[];
  /** The first DASHBOARD_ONE_CLAUSE deals one clause from a better decision, in row order. */
  oneClauseAway: OneClauseLine[];
  oneClauseAwayCount: number;
  /** Each destination used, with the figures behind its score and how many deals go there. */
  destinations: { basis: DestinationBasis; deals: number }[];
  /** The Register sheets, when the caller knows them (more than one past Excel's rows per sheet). */
  registerSheets?: string[];
  /**
   * The lists written before the Read me (Partners, Input errors) that ran past one sheet: the sheets
   * each is written on, in order. Changes is written after it and says so on its own sheets.
   */
  continued?: string[][];
  /** As-at dates, WGI years and restrictions applied, gathered with the other figures. */
  asAt?: AsAtSummary;
}

export const TOP_RISKS = 10;

const zeroBands = (): Record<BandId, number> => ({ low: 0, medium: 0, high: 0, critical: 0 });
const zeroHeat = () => Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
const cell = (n: number) => Math.min(5, Math.max(1, Math.round(n))) - 1;

const decisionRank: Record<DecisionId, number> = { proceed: 0, "proceed-with-conditions": 1, escalate: 2, decline: 3, stop: 4 };

/** Higher residual first; among equals the stronger decision (stop, then decline), then higher inherent, then input order (stable for the same input). */
export function compareResidual(a: ScoredDeal, b: ScoredDeal): number {
  return (
    b.assessment.residual.score - a.assessment.residual.score ||
    decisionRank[b.assessment.decision] - decisionRank[a.assessment.decision] ||
    b.assessment.inherent.score - a.assessment.inherent.score ||
    a.row - b.row
  );
}

function addExposure(groups: Map<string, ExposureLine>, key: string, label: string, deal: Deal) {
  const currency = deal.value === null ? "" : deal.currency;
  const id = `${key}\u0000${currency}`;
  let line = groups.get(id);
  if (!line) groups.set(id, (line = { key, label, currency, deals: 0, withoutValue: 0, value: 0 }));
  line.deals++;
  if (deal.value === null) line.withoutValue++;
  else line.value += deal.value;
}

const byValue = (a: ExposureLine, b: ExposureLine) =>
  b.value - a.value || b.deals - a.deals || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || (a.currency < b.currency ? -1 : 1);

/**
 * The dashboard's figures gathered as rows go by: the one place where the register aggregates, so
 * the streaming command line and the in-memory add-in build the same figures (and a new figure
 * is added here once). Memory grows with the distinct countries and capabilities, not the rows: of the
 * hard stops and the deals one clause away, the first few the dashboard lists are kept, the rest counted.
 */
export interface RegisterTally {
  add(r: ScoredRow): void;
  /** The figures so far (sorted); call once at the end. */
  figures(): DashboardFigures;
}

export function createRegisterTally(countryName: (alpha2: string) => string | undefined = () => undefined): RegisterTally {
  const f: DashboardFigures = {
    rows: 0,
    scored: 0,
    errors: 0,
    inherentBands: zeroBands(),
    residualBands: zeroBands(),
    decisions: { proceed: 0, "proceed-with-conditions": 0, escalate: 0, decline: 0, stop: 0 },
    oneClauseAway: [],
    oneClauseAwayCount: 0,
    inherentHeat: zeroHeat(),
    residualHeat: zeroHeat(),
    topResidual: [],
    exposureByCountry: [],
    exposureByCapability: [],
    hardStops: [],
    hardStopCount: 0,
    provisional: { stop: 0, escalate: 0 },
    notAssessed: [],
    destinations: [],
  };
  const notAssessed: NotAssessedLine[] = [];
  const byCountry = new Map<string, ExposureLine>();
  const byCapability = new Map<string, ExposureLine>();
  const destinations = new Map<string, { basis: DestinationBasis; deals: number }>();
  const top: ScoredDeal[] = [];

  const asAt = createAsAtTally();

  function add(r: ScoredRow): void {
    f.rows++;
    asAt.add(r);
    if (r.status !== "ok") {
      f.errors++;
      notAssessedRow(f, r, countryName, notAssessed);
      return;
    }
    f.scored++;
    const { deal, assessment: a } = r;
    f.inherentBands[a.inherent.band]++;
    f.residualBands[a.residual.band]++;
    f.decisions[a.decision]++;
    f.inherentHeat[cell(a.inherent.likelihood)][cell(a.inherent.severity)]++;
    f.residualHeat[cell(a.residual.likelihood)][cell(a.residual.severity)]++;
    addExposure(byCountry, a.destination.alpha2 || deal.country, a.destination.name || deal.country, deal);
    addExposure(byCapability, deal.capability, deal.capability, deal);
    // The dashboard lists the first few and counts the rest: the lists do not grow with the rows.
    if (a.hardStops.length && f.hardStopCount++ < DASHBOARD_HARD_STOPS) {
      // Kept to the end of the run: own copies, not cuts of the input's text (see ownText).
      f.hardStops.push({
        row: r.row,
        id: ownText(deal.id),
        customer: ownText(deal.customer),
        country: a.destination.name,
        reasons: a.hardStops.map((h) => ownText(h.message)),
      });
    }
    const next = a.pathToProceed.steps[0];
    if (next && next.add.length === 1 && f.oneClauseAwayCount++ < DASHBOARD_ONE_CLAUSE) {
      f.oneClauseAway.push({
        row: r.row,
        id: ownText(deal.id),
        customer: ownText(deal.customer),
        decision: a.decision,
        to: next.decision,
        clause: next.add[0],
      });
    }
    const d = destinations.get(a.destination.alpha2);
    if (d) d.deals++;
    else destinations.set(a.destination.alpha2, { basis: a.destination, deals: 1 });

    // Keep only the best TOP_RISKS: a sorted insert into a short list, not a sort of every deal.
    const item = { row: r.row, deal, assessment: a };
    if (top.length < TOP_RISKS || compareResidual(item, top[top.length - 1]) < 0) {
      let i = top.length;
      while (i > 0 && compareResidual(item, top[i - 1]) < 0) i--;
      top.splice(i, 0, item);
      if (top.length > TOP_RISKS) top.pop();
    }
  }

  return {
    add,
    figures() {
      f.asAt = asAt.summary();
      f.topResidual = top;
      // Provisional stops first, then input order: a short list for the dashboard.
      f.notAssessed = notAssessed
        .sort((a, b) => (a.decision === b.decision ? a.row - b.row : a.decision === "stop" ? -1 : 1))
        .slice(0, TOP_RISKS);
      f.exposureByCountry = [...byCountry.values()].sort(byValue);
      f.exposureByCapability = [...byCapability.values()].sort(byValue);
      f.destinations = [...destinations.values()].sort((a, b) => (a.basis.name < b.basis.name ? -1 : a.basis.name > b.basis.name ? 1 : 0));
      return f;
    },
  };
}

export function summariseRegister(
  results: readonly ScoredRow[],
  countryName: (alpha2: string) => string | undefined = () => undefined,
): DashboardFigures {
  const tally = createRegisterTally(countryName);
  for (const r of results) tally.add(r);
  return tally.figures();
}

function notAssessedRow(
  f: DashboardFigures,
  r: Extract<ScoredRow, { status: "error" }>,
  countryName: (alpha2: string) => string | undefined,
  out: NotAssessedLine[],
): void {
  const p = r.provisional ?? { decision: "escalate" as const, hardStops: [] };
  f.provisional[p.decision]++;
  const customer = r.deal.customer ?? "";
  if (p.hardStops.length && f.hardStopCount++ < DASHBOARD_HARD_STOPS) {
    f.hardStops.push({
      row: r.row,
      id: r.id,
      customer,
      country: r.deal.country ? (countryName(r.deal.country) ?? r.deal.country) : "",
      reasons: p.hardStops.map((h) => `Provisional - deal not assessed (input errors): ${h.message}`),
      provisional: true,
    });
  }
  // Kept short (the first of each kind): all of them are on the Input errors sheet.
  if (f.provisional[p.decision] <= TOP_RISKS) {
    out.push({ row: r.row, id: r.id, customer, decision: p.decision, reason: r.errors.map((e) => e.message).join("; ") });
  }
}
