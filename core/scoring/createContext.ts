import { defaultProfile } from "../methodology/loadProfile";
import type { Profile } from "../methodology/profileSchema";
import { defaultReference } from "../reference/defaultReference";
import type { ReferenceData } from "../reference/referenceTypes";
import type { PartyScreener, ScoringContext } from "./context";
import { compileProfile } from "./compiledProfile";
import { todayIso } from "../reference/todayIso";
import { wgiIndicatorProblem } from "../reference/wgi";

/** A scoring context with the shipped defaults for whatever is not given. Compiles lookups at once. */
export function createContext(
  opts: { profile?: Profile; reference?: ReferenceData; screener?: PartyScreener; asAt?: string } = {},
): ScoringContext {
  const ctx: ScoringContext = {
    profile: opts.profile ?? defaultProfile(),
    reference: opts.reference ?? defaultReference(),
    ...(opts.screener ? { screener: opts.screener } : {}),
    asAt: opts.asAt ?? todayIso(),
  };
  const problem = wgiIndicatorProblem(ctx.profile.destination.indicators, ctx.reference.wgiIndicators);
  if (problem) throw new Error(problem);
  compileProfile(ctx);
  return ctx;
}
