import type { Assessment, Deal, DestinationBasis, FlagCode, HardStop, DecisionId, BandId } from "../model/types";
import { groupByMeasure, restrictionsInForce, wgiYearLimit, type MeasureInForce } from "../reference/restrictionsInForce";
import { todayIso } from "../reference/todayIso";
import { profileTag } from "../methodology/loadProfile";
import { bandForScore, bandOrder } from "./bandForScore";
import { compileProfile, memoText, type CompiledProfile } from "./compiledProfile";
import type { PartyScreening, ScoringContext } from "./context";
import { clamp, roundHalfUp } from "./roundHalfUp";

const decisionOrder: Record<DecisionId, number> = { proceed: 0, "proceed-with-conditions": 1, escalate: 2, stop: 3 };

interface Driver {
  text: string;
  /** Higher first; ties keep the stage order. */
  weight: number;
}

/**
 * Assesses one deal with the methodology profile and reference data in `ctx`.
 * The deal's coded fields must already be catalogue ids (table intake resolves free text).
 */
export function assessDeal(deal: Deal, ctx: ScoringContext): Assessment {
  const p = ctx.profile;
  const c = compileProfile(ctx);
  const drivers: Driver[] = [];
  const flags: FlagCode[] = [];
  const hardStops: HardStop[] = [];
  const asAt = deal.asAt ?? ctx.asAt ?? todayIso();

  // Stage 1: capability -> severity.
  const cap = c.capabilities.get(deal.capability);
  if (!cap) throw new Error(`Unknown capability id '${deal.capability}'`);
  const uplift = deal.scale !== null && c.upliftScales.has(deal.scale) ? p.severity.scaleUplift : 0;
  const severity = Math.min(5, cap.severity + uplift);
  drivers.push({
    weight: severity,
    text: memoText(
      c,
      `cap|${cap.id}|${deal.scale}`,
      () =>
        `Capability: ${cap.label} - severity ${cap.severity} of 5` +
        (uplift
          ? severity > cap.severity
            ? `, raised to ${severity} for ${c.vocab.scale.labelOf(deal.scale!).toLowerCase()}`
            : ` (already the maximum for ${c.vocab.scale.labelOf(deal.scale!).toLowerCase()})`
          : ""),
    ),
  });

  // Stage 2: destination.
  const dest = destinationScore(deal.country, ctx, c, wgiYearLimit(asAt));
  drivers.push({ weight: dest.score, text: destinationText(dest, ctx, c, asAt) });
  if (dest.basis === "no-data") flags.push("no-destination-data");
  const countryName = dest.name;

  // Stage 3: end user.
  const eu = c.endUserTypes.get(deal.endUserType);
  if (!eu) throw new Error(`Unknown end-user type id '${deal.endUserType}'`);
  drivers.push({
    weight: eu.score,
    text: memoText(c, `eu|${eu.id}`, () => `End user: ${eu.label} - ${eu.score} of 5`),
  });

  // Stage 4: partners.
  const partners = partnerScore(deal, ctx, c);
  drivers.push({ weight: partners.score, text: partners.text });

  // Restrictions in force on the as-at date: hard stops, and the arms embargo as a red flag otherwise.
  const inForce = restrictionsInForce(ctx.reference, deal.country, asAt);
  const restrictions = groupByMeasure(inForce.rows);
  for (const w of inForce.warnings) drivers.push({ weight: 5.5, text: `Warning: ${w}` });
  const redFlags = dedupe(deal.redFlags);
  const hs = p.hardStops;
  let nationalSecurity: MeasureInForce | undefined;
  for (const r of restrictions) {
    if (r.measure === hs.comprehensiveSanctions.measure && severity >= hs.comprehensiveSanctions.minSeverity) {
      hardStops.push({
        code: "comprehensive-sanctions",
        message: memoText(
          c,
          `hs-cs|${deal.country}|${r.basis}`,
          () => `Comprehensive sanctions on ${countryName} (${r.basis}): no cyber product may be supplied`,
        ),
      });
    } else if (r.measure === hs.interceptionRestrictions.measure && severity >= hs.interceptionRestrictions.minSeverity) {
      hardStops.push({
        code: "interception-monitoring-restriction",
        message: memoText(
          c,
          `hs-im|${deal.country}|${r.basis}`,
          () =>
            `Interception and monitoring restrictions on ${countryName} (${r.basis}) apply to capabilities of severity ${hs.interceptionRestrictions.minSeverity} or more`,
        ),
      });
    } else if (r.measure === hs.armsEmbargo.measure) {
      if (severity >= hs.armsEmbargo.minSeverity && c.armsEmbargoEndUsers.has(eu.id)) {
        hardStops.push({
          code: "arms-embargo",
          message: memoText(
            c,
            `hs-ae|${deal.country}|${eu.id}|${severity}|${r.basis}`,
            () => `Arms embargo on ${countryName} (${r.basis}): a severity ${severity} capability for an end user of type '${eu.label}'`,
          ),
        });
      }
      // The embargo also counts as a red flag when it stops the deal, so a riskier deal never
      // scores lower than a safer one to the same destination.
      if (hs.armsEmbargo.redFlag && !redFlags.includes(hs.armsEmbargo.redFlag)) {
        redFlags.push(hs.armsEmbargo.redFlag);
      }
    } else if (r.measure === p.nationalSecurity.measure && severity >= p.nationalSecurity.minSeverity) {
      nationalSecurity = r;
    }
  }

  // Restricted parties: an uncleared hit at or above the threshold stops the deal.
  let screening: PartyScreening[] | undefined;
  if (ctx.screener && hs.restrictedParty.enabled) {
    screening = [];
    const parties: Array<[PartyScreening["role"], string]> = [
      ["end user", deal.endUserName],
      ["partner", deal.partnerName],
    ];
    for (const [role, name] of parties) {
      if (!name) continue;
      const hits = ctx.screener.screen(name, role === "partner" ? (deal.partnerCountry ?? deal.country) : deal.country);
      screening.push({ role, name, hits });
      for (const h of hits) {
        if (h.decision?.status === "cleared" || h.score < p.screening.threshold) continue;
        hardStops.push({
          code: "restricted-party-match",
          message:
            `Restricted-party match: ${role} '${name}' matches '${h.matchedName}' on ${h.source} (entry ${h.entryId}, ${h.programme || "no programme"}, score ${h.score.toFixed(2)})` +
            (h.decision?.status === "confirmed" ? `, confirmed by ${h.decision.by} on ${h.decision.at}` : ", until a reviewer clears it"),
        });
      }
    }
  }

  // Likelihood.
  const w = p.likelihood.weights;
  const base = roundHalfUp(w.destination * dest.score + w.endUser * eu.score + w.partners * partners.score);
  const flagSteps = Math.min(p.likelihood.maxRedFlagSteps, redFlags.length * p.likelihood.redFlagStep);
  const likelihood = clamp(base + flagSteps, 1, 5);
  redFlags.forEach((f, i) => {
    drivers.push({
      weight: 2.5,
      text:
        memoText(c, `rf|${f}|${deal.country}`, () =>
          f === hs.armsEmbargo.redFlag ? `Red flag: ${countryName} is under an arms embargo` : `Red flag: ${c.vocab.redFlag.labelOf(f)}`,
        ) +
        (i < p.likelihood.maxRedFlagSteps / Math.max(1, p.likelihood.redFlagStep)
          ? " (+1 likelihood)"
          : " (likelihood uplift already at its cap)"),
    });
  });

  const inherentScore = severity * likelihood;
  const inherentBand = bandForScore(inherentScore, p);

  // Residual: mitigations lower likelihood only.
  const mitigations = dedupe(deal.mitigations);
  const steps = Math.min(p.mitigation.maxSteps, Math.floor(mitigations.length / p.mitigation.perStep));
  const residualL = Math.max(1, likelihood - steps);
  const residualScore = severity * residualL;
  let residualBand = bandForScore(residualScore, p);
  if (severity >= p.mitigation.irremediableSeverity && bandOrder[residualBand] < bandOrder[p.mitigation.irremediableMinimumBand]) {
    residualBand = p.mitigation.irremediableMinimumBand;
    flags.push("residual-floor");
  }
  if (mitigations.length) {
    drivers.push({
      weight: 1,
      text:
        `Mitigations credited (${mitigations.length}): ` +
        mitigations.map((m) => c.vocab.mitigation.labelOf(m)).join("; ") +
        (steps
          ? ` - likelihood lowered by ${steps} step${steps > 1 ? "s" : ""}`
          : ` - fewer than ${p.mitigation.perStep} do not lower likelihood`),
    });
  }

  if (cap.controlHint && cap.controlHint !== "-") {
    flags.push("licence-check");
    drivers.push({
      weight: 0.5,
      text: memoText(c, `lic|${cap.id}`, () => `Export licence may be required: control-list hint ${cap.controlHint}`),
    });
  }

  // Decision.
  let decision: DecisionId;
  if (hardStops.length) decision = "stop";
  else decision = (c.decisionForBand.get(residualBand) as DecisionId | undefined) ?? "escalate";
  if (nationalSecurity) {
    flags.push("national-security-review");
    const min = p.nationalSecurity.minimumDecision;
    if (decisionOrder[decision] < decisionOrder[min]) decision = min;
    const r = nationalSecurity;
    drivers.push({
      weight: 6,
      text: memoText(
        c,
        `ns|${deal.country}|${severity}|${r.basis}`,
        () =>
          `National-security review: ${countryName} is a state of concern (${r.basis}) and the capability has severity ${severity} - decision at least ${min}`,
      ),
    });
  }
  if (flags.includes("residual-floor")) {
    drivers.push({ weight: 0.4, text: `Residual band held at ${residualBand}: severity ${severity} means irremediable harm is possible` });
  }

  const ordered = hardStops.map((h) => `Hard stop: ${h.message}`);
  drivers.sort((a, b) => b.weight - a.weight);
  for (const d of drivers) ordered.push(d.text);

  return {
    inherent: { severity, likelihood, score: inherentScore, band: inherentBand },
    residual: { severity, likelihood: residualL, score: residualScore, band: residualBand as BandId },
    decision,
    hardStops,
    flags,
    drivers: ordered,
    stages: {
      capability: severity,
      destination: dest.score,
      endUser: eu.score,
      partners: partners.score,
      redFlags: redFlags.length,
      mitigations: mitigations.length,
    },
    redFlags,
    mitigations,
    destination: dest,
    ...(screening ? { screening } : {}),
    methodology: profileTag(p),
    asAt,
    restrictionsApplied: restrictions.flatMap((g) =>
      g.rows.map((r) => ({
        measure: r.measure,
        authority: r.authority,
        instrument: r.instrument,
        source: r.source,
        from: r.from,
        to: r.to,
        verified: r.verified,
      })),
    ),
  };
}

function dedupe(xs: string[]): string[] {
  return xs.length < 2 ? xs.slice() : Array.from(new Set(xs));
}

const destinationMemo = new WeakMap<CompiledProfile, Map<string, DestinationBasis>>();

/**
 * Destination score D for an ISO alpha-2 code: override, WGI figures of the latest year up to
 * maxYear (default: the latest in the table), or no data.
 */
export function destinationScore(alpha2: string, ctx: ScoringContext, c = compileProfile(ctx), maxYear = Infinity): DestinationBasis {
  let memo = destinationMemo.get(c);
  if (!memo) destinationMemo.set(c, (memo = new Map()));
  const memoKey = `${alpha2}|${maxYear}`;
  const hit = memo.get(memoKey);
  if (hit) return hit;
  const p = ctx.profile;
  const name = ctx.reference.countryByAlpha2(alpha2)?.name ?? alpha2;
  let result: DestinationBasis;
  const ov = c.overrides.get(alpha2);
  const fig = ctx.reference.destinationAt(alpha2, maxYear);
  const values = fig ? p.destination.indicators.map((i) => fig.pct[i]).filter((v): v is number => typeof v === "number") : [];
  if (ov) {
    result = { alpha2, name, score: ov.score, basis: "override", reason: ov.reason, year: fig?.year, va: fig?.pct.va, rl: fig?.pct.rl };
  } else if (!fig || values.length === 0) {
    result = { alpha2, name, score: p.destination.noDataScore, basis: "no-data" };
  } else {
    const pct = p.destination.combine === "min" ? Math.min(...values) : values.reduce((a, b) => a + b, 0) / values.length;
    const band = c.destinationBands.find((b) => pct >= b.minPercentile) ?? c.destinationBands[c.destinationBands.length - 1];
    result = { alpha2, name, score: band.score, basis: "wgi", year: fig.year, va: fig.pct.va, rl: fig.pct.rl };
  }
  memo.set(memoKey, result);
  return result;
}

const indicatorNames: Record<string, string> = {
  va: "Voice and Accountability",
  pv: "Political Stability",
  ge: "Government Effectiveness",
  rq: "Regulatory Quality",
  rl: "Rule of Law",
  cc: "Control of Corruption",
};

function destinationText(d: DestinationBasis, ctx: ScoringContext, c: CompiledProfile, asAt: string): string {
  const limit = wgiYearLimit(asAt);
  return memoText(c, `dest|${d.alpha2}|${limit}`, () => {
    const p = ctx.profile;
    if (d.basis === "override") return `Destination: ${d.name} - ${d.score} of 5, set by the user: ${d.reason}`;
    if (d.basis === "no-data") {
      return `Destination: ${d.name} - ${d.score} of 5 because no governance figures up to ${limit} are available for it (World Bank WGI)`;
    }
    const fig = ctx.reference.destinationAt(d.alpha2, limit)!;
    const parts = p.destination.indicators
      .filter((i) => typeof fig.pct[i] === "number")
      .map((i) => `${indicatorNames[i]} ${fig.pct[i]!.toFixed(1)}`);
    const how = p.destination.combine === "min" ? "lower" : "mean";
    const wgi = ctx.reference.provenance.find((x) => x.id.startsWith("wgi"));
    return (
      `Destination: ${d.name} - ${d.score} of 5; ${how} of the percentile ranks ${parts.join(" and ")} ` +
      `(World Bank, Worldwide Governance Indicators ${d.year}${wgi ? `, ${wgi.version}; ${wgi.licence.split(" - ")[0]}` : ""}; ` +
      `the latest year before the as-at year ${limit + 1})`
    );
  });
}

function partnerScore(deal: Deal, ctx: ScoringContext, c: CompiledProfile): { score: number; text: string } {
  const p = ctx.profile.partners;
  if (deal.partnerType === null && !deal.partnerName) {
    return { score: p.direct, text: memoText(c, "partner|direct", () => `Partners: direct sale, no intermediary - ${p.direct} of 5`) };
  }
  // A named partner of unstated type is scored as the riskiest intermediary type.
  const type =
    (deal.partnerType ? c.partnerTypes.get(deal.partnerType) : undefined) ??
    [...c.partnerTypes.values()].reduce((a, b) => (b.score > a.score ? b : a));
  const stated = deal.partnerType !== null;
  const third = deal.partnerCountry !== null && deal.partnerCountry !== deal.country && deal.partnerCountry !== ctx.profile.exporterCountry;
  const ddMissing = deal.partnerDueDiligence !== "done";
  const score = Math.min(p.max, type.score + (third ? p.thirdCountryUplift : 0) + (ddMissing ? p.dueDiligenceMissingUplift : 0));
  const key = `partner|${type.id}|${stated}|${third ? deal.partnerCountry : ""}|${deal.partnerDueDiligence}`;
  const text = memoText(c, key, () => {
    const bits = [`${type.label.toLowerCase()} ${type.score}${stated ? "" : " (type not given, scored as the riskiest intermediary)"}`];
    if (third)
      bits.push(
        `+${p.thirdCountryUplift} based in a third country (${ctx.reference.countryByAlpha2(deal.partnerCountry!)?.name ?? deal.partnerCountry})`,
      );
    if (ddMissing)
      bits.push(
        `+${p.dueDiligenceMissingUplift} partner due diligence ${deal.partnerDueDiligence === "not-done" ? "not done" : "not recorded"}`,
      );
    return `Partners: ${bits.join(", ")} - ${score} of 5`;
  });
  return { score, text };
}
