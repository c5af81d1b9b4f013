import type { Assessment, Deal, FlagCode } from "../model/types";
import { profileTag } from "../methodology/loadProfile";
import { bandForScore } from "./bandForScore";
import { compileProfile } from "./compiledProfile";
import type { ScoringContext } from "./context";
import { outcomeFor } from "./outcomeFor";
import { cachedPathToProceed } from "./pathCache";
import { capabilityStage } from "./stages/capabilityStage";
import { destinationStage } from "./stages/destinationStage";
import { driverRank, type RankedDriver } from "./stages/driverRanks";
import { todayIso } from "../reference/todayIso";
import { endUserStage } from "./stages/endUserStage";
import { licenceDriver, nationalSecurityDriver, residualFloorDriver } from "./stages/flagDrivers";
import { likelihoodStage } from "./stages/likelihoodStage";
import { mitigationStage } from "./stages/mitigationStage";
import { partnerStage } from "./stages/partnerStage";
import { redLineDrivers, redLineHit } from "./stages/redLineStage";
import { restrictionsStage } from "./stages/restrictionsStage";
import { screeningStage } from "./stages/screeningStage";

export { destinationScore } from "./stages/destinationStage";

/**
 * Assesses one deal with the methodology profile and reference data in `ctx`: the five stages
 * (capability, destination, end user, partners, mitigation), the restrictions that stop a deal,
 * the red lines that decline it, then the decision and the path to a better one. The deal's coded
 * fields must already be catalogue ids (table intake resolves free text).
 */
export function assessDeal(deal: Deal, ctx: ScoringContext): Assessment {
  const p = ctx.profile;
  const c = compileProfile(ctx);
  const asAt = deal.asAt ?? ctx.asAt ?? todayIso();

  const capability = capabilityStage(deal, p, c);
  const severity = capability.score;
  const destination = destinationStage(deal.country, ctx, c, asAt);
  const endUser = endUserStage(deal, c);
  const partners = partnerStage(deal, ctx, c);

  const restrictions = restrictionsStage(deal.country, destination.basis.name, severity, endUser.type, ctx, c, asAt);
  const screened = screeningStage(deal, ctx);
  const hardStops = [...restrictions.hardStops, ...screened.hardStops];
  const redFlags = dedupe(deal.redFlags);
  if (restrictions.addedRedFlag && !redFlags.includes(restrictions.addedRedFlag)) redFlags.push(restrictions.addedRedFlag);

  const likelihoodWith = (partnerScore: number) =>
    likelihoodStage(
      { destination: destination.score, endUser: endUser.score, partners: partnerScore },
      redFlags,
      { country: destination.basis.name, alpha2: deal.country, armsEmbargoFlag: p.hardStops.armsEmbargo.redFlag },
      p,
      c,
    );
  const likelihood = likelihoodWith(partners.score);
  const inherentScore = severity * likelihood.score;

  const mitigations = dedupe(deal.mitigations);
  const credit = mitigationStage(mitigations, endUser.type.id, redFlags, p, c);
  const ns = restrictions.nationalSecurity;
  const outcome = outcomeFor(
    {
      severity,
      destination: destination.score,
      endUser: endUser.type.id,
      redFlags,
      hardStop: hardStops.length > 0,
      nationalSecurity: ns !== undefined,
    },
    p,
    c,
  );
  const { residual, decision, redLines, facts } = outcome(likelihood.score, credit.steps);

  const flags: FlagCode[] = [];
  if (destination.basis.basis === "no-data") flags.push("no-destination-data");
  if (residual.floored) flags.push("residual-floor");
  if (credit.capApplies) flags.push("misuse-cap");
  const licence = licenceDriver(capability.capability, c);
  if (licence) flags.push("licence-check");
  if (ns) flags.push("national-security-review");

  const drivers: RankedDriver[] = [
    ...redLineDrivers(redLines, facts, c),
    capability.driver,
    destination.driver,
    endUser.driver,
    partners.driver,
    ...likelihood.drivers,
    ...credit.drivers,
  ];
  if (licence) drivers.push(licence);
  for (const w of restrictions.warnings) drivers.push({ weight: driverRank.restrictionWarning, text: `Warning: ${w}` });
  if (ns)
    drivers.push(
      nationalSecurityDriver(ns, destination.basis.name, capability.capability, severity, p.nationalSecurity.minimumDecision, c),
    );
  if (residual.floored) drivers.push(residualFloorDriver(residual.band, severity));

  const hits = redLines.map(redLineHit);
  return {
    inherent: { severity, likelihood: likelihood.score, score: inherentScore, band: bandForScore(inherentScore, p) },
    residual: { severity, likelihood: residual.likelihood, score: residual.score, band: residual.band },
    decision,
    hardStops,
    flags,
    drivers: orderDrivers(
      hardStops.map((h) => `Hard stop: ${h.message}`),
      drivers,
    ),
    stages: {
      capability: severity,
      destination: destination.score,
      endUser: endUser.score,
      partners: partners.score,
      redFlags: redFlags.length,
      mitigations: mitigations.length,
    },
    redFlags,
    mitigations,
    destination: destination.basis,
    ...(screened.screening ? { screening: screened.screening } : {}),
    redLines: hits,
    pathToProceed: cachedPathToProceed(
      {
        decision,
        hardStops,
        nationalSecurity: ns !== undefined,
        likelihood: likelihood.score,
        credit,
        mitigations,
        outcome,
        dueDiligence: dueDiligenceEvidence(deal, partners.score, ctx, (q) => likelihoodWith(q).score),
        endUserUnknown: endUser.type.id === "unknown",
      },
      { severity, destination: destination.score, endUser: endUser.type.id, redFlags, hardStop: hardStops.length > 0 },
      p,
      c,
    ),
    methodology: profileTag(p),
    asAt,
    restrictionsApplied: restrictions.inForce.map((r) => ({
      measure: r.measure,
      authority: r.authority,
      instrument: r.instrument,
      source: r.source,
      from: r.from,
      to: r.to,
      verified: r.verified,
    })),
  };
}

/** Hard stops first, then the ranked drivers, most important first (a stable sort keeps stage order on ties). */
function orderDrivers(first: string[], ranked: RankedDriver[]): string[] {
  return [...first, ...[...ranked].sort((a, b) => b.weight - a.weight).map((d) => d.text)];
}

/** Partner points with due diligence done, when an intermediary's is missing and doing it would change P. */
function dueDiligenceEvidence(deal: Deal, partners: number, ctx: ScoringContext, likelihoodWith: (p: number) => number) {
  if (deal.partnerDueDiligence === "done" || (deal.partnerType === null && !deal.partnerName)) return null;
  const partnersIfDone = partnerStage({ ...deal, partnerDueDiligence: "done" }, ctx, compileProfile(ctx)).score;
  if (partnersIfDone === partners) return null;
  return { partners, partnersIfDone, likelihoodIfDone: likelihoodWith(partnersIfDone) };
}

function dedupe(xs: string[]): string[] {
  return xs.length < 2 ? xs.slice() : Array.from(new Set(xs));
}
