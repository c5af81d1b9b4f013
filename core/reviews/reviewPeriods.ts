import type { Profile } from "../methodology/profileSchema";
import type { ReviewDecision } from "./reviewTypes";

/**
 * Months until a signed-off deal must be reviewed again, by the decision taken. A profile may set
 * its own (`reviewPeriods`); these apply otherwise. `stop` has none: a prohibited deal is not pursued.
 */
export const DEFAULT_REVIEW_PERIODS: Readonly<Record<ReviewDecision, number | null>> = {
  proceed: 12,
  "proceed-with-conditions": 12,
  escalate: 6,
  decline: 6,
  stop: null,
};

export function reviewPeriodMonths(profile: Profile, decision: ReviewDecision): number | null {
  const months = (profile.reviewPeriods as Partial<Record<ReviewDecision, number | null>> | undefined)?.[decision];
  return months === undefined ? DEFAULT_REVIEW_PERIODS[decision] : months;
}
