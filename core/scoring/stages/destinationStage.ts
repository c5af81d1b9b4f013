import type { DestinationBasis } from "../../model/types";
import { compileProfile, memoText, type CompiledProfile } from "../compiledProfile";
import type { ScoringContext } from "../context";
import type { RankedDriver } from "./driverRanks";
import { wgiYearLimit } from "../../reference/restrictionsInForce";

/** Stage 2: the destination's score D and the figures (or override) it rests on. */
export function destinationStage(
  alpha2: string,
  ctx: ScoringContext,
  c: CompiledProfile,
  asAt: string,
): { basis: DestinationBasis; score: number; driver: RankedDriver } {
  const basis = destinationScore(alpha2, ctx, c, wgiYearLimit(asAt));
  return { basis, score: basis.score, driver: { weight: basis.score, text: destinationText(basis, ctx, c, asAt) } };
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
