import type { AppliedRestriction, Assessment, Deal, FlagCode, HardStop, RedLineHit } from "../model/types";
import { compileProfile } from "./compiledProfile";
import type { PartyScreening, ScoringContext } from "./context";
import { pathToProceed } from "./pathToProceed";
import { stageMemo } from "./stageMemo";
import type { RankedDriver } from "./stages/driverRanks";
import { todayIso } from "../reference/todayIso";
import { screeningStage } from "./stages/screeningStage";

export { destinationScore } from "./stages/destinationStage";

/**
 * Assesses one deal with the methodology profile and reference data in `ctx`: the five stages
 * (capability, destination, end user, partners, mitigation), the restrictions that stop a deal,
 * the red lines that decline it, then the decision and the path to a better one. The deal's coded
 * fields must already be catalogue ids (table intake resolves free text).
 *
 * Each stage's result is shared, frozen, by the deals with the same inputs to that stage
 * (stageMemo.ts), so a deal costs a few lookups and the assembly of its own result.
 */
export function assessDeal(deal: Deal, ctx: ScoringContext): Assessment {
  const p = ctx.profile;
  const c = compileProfile(ctx);
  const m = stageMemo(ctx, c);
  const asAt = deal.asAt ?? ctx.asAt ?? todayIso();

  const capability = m.capability(deal, p);
  const severity = capability.score;
  const destination = m.destination(deal.country, asAt);
  const endUser = m.endUser(deal);
  const partners = m.partner(deal);

  const restrictions = m.restrictionsAt(deal.country, destination.basis.name, capability, endUser.type, asAt);
  const screened = ctx.screener ? screeningStage(deal, ctx) : undefined;
  const hardStops = screened?.hardStops.length ? [...restrictions.hardStops, ...screened.hardStops] : restrictions.hardStops;
  const redFlags = m.redFlags(deal.redFlags, restrictions.addedRedFlag);

  const likelihoodWith = (partnerScore: number) =>
    m.likelihood(destination.score, endUser.score, partnerScore, redFlags, deal.country, destination.basis.name);
  const likelihood = likelihoodWith(partners.score);
  const inherent = m.inherent(severity, likelihood.score);

  const clauses = m.credit(deal.mitigations, endUser.type.id, redFlags);
  const { mitigations, credit } = clauses;
  const ns = restrictions.nationalSecurity;
  const outcome = m.outcome(severity, destination.score, endUser.type.id, redFlags, hardStops.length > 0, ns !== undefined);
  const result = outcome.at(likelihood.score, credit.steps);
  const { residual, decision } = result;

  const flags: FlagCode[] = [];
  if (destination.basis.basis === "no-data") flags.push("no-destination-data");
  if (residual.floored) flags.push("residual-floor");
  if (credit.capApplies) flags.push("misuse-cap");
  if (capability.licence) flags.push("licence-check");
  if (ns) flags.push("national-security-review");

  // Indexed loops, not spreads: the lists are shared and frozen, and this runs once per row.
  const drivers: RankedDriver[] = [];
  pushAll(drivers, result.redLineDrivers);
  drivers.push(capability.driver, destination.driver, endUser.driver, partners.driver);
  pushAll(drivers, likelihood.drivers);
  pushAll(drivers, credit.drivers);
  if (capability.licence) drivers.push(capability.licence);
  pushAll(drivers, restrictions.warningDrivers);
  if (restrictions.nationalSecurityDriver) drivers.push(restrictions.nationalSecurityDriver);
  if (result.floorDriver) drivers.push(result.floorDriver);

  // Partner points with due diligence done, when an intermediary's is missing and doing it would change P.
  const dueDiligence =
    partners.scoreIfDone === partners.score
      ? null
      : { partners: partners.score, partnersIfDone: partners.scoreIfDone, likelihoodIfDone: likelihoodWith(partners.scoreIfDone).score };
  // Made only when the memo has no path for these inputs (or for a stop, whose path quotes its own hard stop).
  const makePath = () =>
    pathToProceed(
      {
        decision,
        hardStops,
        nationalSecurity: ns !== undefined,
        likelihood: likelihood.score,
        credit,
        mitigations,
        outcome: outcome.at,
        dueDiligence,
        endUserUnknown: endUser.type.id === "unknown",
      },
      p,
      c,
    );
  const path = decision === "stop" ? makePath() : m.path(outcome, clauses, pathKey(likelihood.score, dueDiligence), makePath);

  const a: Assessment = {
    inherent,
    residual: result.residualFigures,
    decision,
    hardStops,
    flags,
    drivers: orderDrivers(hardStops, drivers),
    stages: {
      capability: severity,
      destination: destination.score,
      endUser: endUser.score,
      partners: partners.score,
      redFlags: redFlags.length,
      mitigations: mitigations.length,
    },
    redFlags: redFlags as string[],
    mitigations: mitigations as string[],
    destination: destination.basis,
    redLines: result.redLineHits as RedLineHit[],
    pathToProceed: path,
    methodology: c.tag,
    asAt,
    restrictionsApplied: restrictions.applied as AppliedRestriction[],
  };
  return screened?.screening ? withScreening(a, screened.screening) : a;
}

/** The assessment with its screening after the destination (one object shape for the common case without lists). */
function withScreening(a: Assessment, screening: PartyScreening[]): Assessment {
  const { redLines, pathToProceed, methodology, asAt, restrictionsApplied, ...before } = a;
  return { ...before, screening, redLines, pathToProceed, methodology, asAt, restrictionsApplied };
}

/** The likelihood and due-diligence figures a path to proceed depends on beyond its outcome and clauses, as one key. */
function pathKey(likelihood: number, dd: { partners: number; partnersIfDone: number; likelihoodIfDone: number } | null): number | string {
  if (!dd) return likelihood;
  const { partners, partnersIfDone, likelihoodIfDone } = dd;
  const small = (n: number) => Number.isInteger(n) && n >= 0 && n < 64;
  return small(likelihood) && small(partners) && small(partnersIfDone) && small(likelihoodIfDone)
    ? 64 + likelihood * 262144 + partners * 4096 + partnersIfDone * 64 + likelihoodIfDone
    : `${likelihood}|${partners}|${partnersIfDone}|${likelihoodIfDone}`;
}

/** Hard stops first, then the ranked drivers, most important first (stage order kept on ties). */
function orderDrivers(hardStops: readonly HardStop[], ranked: RankedDriver[]): string[] {
  // A stable insertion sort: a dozen drivers a row, where Array.prototype.sort's set-up costs more than the sorting.
  for (let i = 1; i < ranked.length; i++) {
    const x = ranked[i];
    let j = i - 1;
    while (j >= 0 && ranked[j].weight < x.weight) {
      ranked[j + 1] = ranked[j];
      j--;
    }
    ranked[j + 1] = x;
  }
  const out: string[] = [];
  for (let i = 0; i < hardStops.length; i++) out.push(`Hard stop: ${hardStops[i].message}`);
  for (let i = 0; i < ranked.length; i++) out.push(ranked[i].text);
  return out;
}

function pushAll<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]);
}
