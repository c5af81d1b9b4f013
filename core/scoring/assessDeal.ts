import type { Assessment, Deal, FlagCode } from "../model/types";
import { profileTag } from "../methodology/loadProfile";
import { bandForScore } from "./bandForScore";
import { compileProfile, memoText } from "./compiledProfile";
import type { ScoringContext } from "./context";
import { capabilityStage } from "./stages/capabilityStage";
import { decisionStage } from "./stages/decisionStage";
import { redLineStage } from "./stages/redLineStage";
import { pathToProceed, type OutcomeFor } from "./pathToProceed";
import { destinationStage } from "./stages/destinationStage";
import { driverRank, type RankedDriver } from "./stages/driverRanks";
import { endUserStage } from "./stages/endUserStage";
import { likelihoodStage } from "./stages/likelihoodStage";
import { mitigationStage } from "./stages/mitigationStage";
import { partnerStage } from "./stages/partnerStage";
import { residualStage } from "./stages/residualStage";
import { restrictionsStage } from "./stages/restrictionsStage";
import { screeningStage } from "./stages/screeningStage";

export { destinationScore } from "./stages/destinationStage";

/**
 * Assesses one deal with the methodology profile and reference data in `ctx`: the five stages
 * (capability, destination, end user, partners, mitigation), the restrictions that stop a deal,
 * then the decision. The deal's coded fields must already be catalogue ids (table intake
 * resolves free text).
 */
export function assessDeal(deal: Deal, ctx: ScoringContext): Assessment {
  const p = ctx.profile;
  const c = compileProfile(ctx);
  const flags: FlagCode[] = [];

  const capability = capabilityStage(deal, p, c);
  const severity = capability.score;
  const destination = destinationStage(deal.country, ctx, c);
  if (destination.basis.basis === "no-data") flags.push("no-destination-data");
  const endUser = endUserStage(deal, c);
  const partners = partnerStage(deal, ctx, c);

  const restrictions = restrictionsStage(deal.country, destination.basis.name, severity, endUser.type, ctx, c);
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
  const outcome: OutcomeFor = (l, steps) => {
    const residual = residualStage(severity, l, steps, p);
    const facts = { severity, residualScore: residual.score, destination: destination.score, endUser: endUser.type.id, redFlags };
    const redLines = redLineStage(p.redLines, facts, c);
    const hardStop = hardStops.length > 0;
    const decision = decisionStage(
      { hardStop, redLine: redLines.hits.length > 0, residualBand: residual.band, nationalSecurity: ns !== undefined },
      p,
      c,
    );
    return { decision, residual, redLines: redLines.hits, redLineDrivers: redLines.drivers };
  };
  const { residual, decision, redLines, redLineDrivers } = outcome(likelihood.score, credit.steps);
  if (residual.floored) flags.push("residual-floor");
  if (credit.capApplies) flags.push("misuse-cap");

  const drivers: RankedDriver[] = [
    ...redLineDrivers,
    capability.driver,
    destination.driver,
    endUser.driver,
    partners.driver,
    ...likelihood.drivers,
  ];
  drivers.push(...credit.drivers);
  const cap = capability.capability;
  if (cap.controlHint && cap.controlHint !== "-") {
    flags.push("licence-check");
    drivers.push({
      weight: driverRank.licenceCheck,
      text: memoText(c, `lic|${cap.id}`, () => `Export licence may be required: control-list hint ${cap.controlHint}`),
    });
  }

  if (ns) {
    flags.push("national-security-review");
    const min = p.nationalSecurity.minimumDecision;
    drivers.push({
      weight: driverRank.nationalSecurity,
      text: memoText(
        c,
        `ns|${ns.country}|${cap.id}`,
        () =>
          `National-security review: ${destination.basis.name} is a state of concern (${ns.authority}, as of ${ns.asOf}) and the capability has severity ${severity} - decision at least ${min}`,
      ),
    });
  }
  if (residual.floored) {
    drivers.push({
      weight: driverRank.residualFloor,
      text: `Residual band held at ${residual.band}: severity ${severity} means irremediable harm is possible`,
    });
  }

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
    redLines,
    pathToProceed: pathToProceed(
      {
        decision,
        hardStops,
        redLines,
        nationalSecurity: ns !== undefined,
        likelihood: likelihood.score,
        credit,
        mitigations,
        outcome,
        dueDiligence: dueDiligenceEvidence(deal, partners.score, ctx, (q) => likelihoodWith(q).score),
        endUserUnknown: endUser.type.id === "unknown",
      },
      p,
      c,
    ),
    methodology: profileTag(p),
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
