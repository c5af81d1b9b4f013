import type { Profile } from "../methodology/profileSchema";
import { addMonths, isIsoDay } from "./isoDay";
import { reviewPeriodMonths } from "./reviewPeriods";
import { REVIEW_DECISIONS, type ReviewCondition, type ReviewDecision, type Treatment } from "./reviewTypes";

/** Whether a field must, may or must not be filled for a sign-off. */
export type Need = "required" | "optional" | "forbidden";

/**
 * What a sign-off of this deal needs, for a form to show before it is submitted. `createReview`
 * enforces the same rules from this function, so what the form asks for and what is refused agree.
 */
export interface SignOffNeeds {
  /** The decisions that may be recorded: only stop when the methodology says stop. */
  decisions: readonly ReviewDecision[];
  /** The decision taken differs from the methodology's: a reason is required. */
  overrideReason: boolean;
  approver: Need;
  /** The approver must be someone other than the reviewer. */
  fourEyes: boolean;
  boardApproval: Need;
  /** The treatment recorded when none is chosen. */
  treatment: Treatment;
  /** Only Avoid may be recorded (a stop). */
  avoidOnly: boolean;
  /** The rules in force, in plain words, for the form to show. */
  rules: string[];
}

export function defaultTreatment(decision: ReviewDecision, conditions: readonly ReviewCondition[] | number): Treatment {
  if (decision === "stop" || decision === "decline") return "Avoid";
  const any = typeof conditions === "number" ? conditions > 0 : conditions.length > 0;
  return any || decision === "proceed-with-conditions" ? "Mitigate" : "Accept";
}

/**
 * The four-eyes rules. Escalate needs an approver who is not the reviewer. Going ahead against a
 * decline needs the board: a board approval reference and an approver. A stop is prohibited: it is
 * recorded as stop, never overridden and never approved.
 */
export function signOffNeeds(
  recommended: ReviewDecision,
  decision: ReviewDecision,
  treatment: Treatment | undefined,
  conditionCount = 0,
): SignOffNeeds {
  const chosen = treatment ?? defaultTreatment(decision, conditionCount);
  const overrideReason = decision !== recommended;
  const base = { overrideReason, treatment: chosen };
  if (recommended === "stop" || decision === "stop") {
    return {
      ...base,
      decisions: recommended === "stop" ? ["stop"] : REVIEW_DECISIONS,
      approver: "forbidden",
      fourEyes: false,
      boardApproval: "forbidden",
      treatment: "Avoid",
      avoidOnly: true,
      rules: [
        recommended === "stop"
          ? "The methodology says stop (a hard stop): the deal can only be recorded as stopped."
          : "A stop is recorded without an approver.",
        "A stop cannot be approved: no approver and no board approval.",
      ],
    };
  }
  const escalation = decision === "escalate" || recommended === "escalate";
  const againstDecline = (decision === "decline" || recommended === "decline") && chosen !== "Avoid";
  const rules: string[] = [];
  if (overrideReason) rules.push(`The decision taken differs from the methodology's (${recommended}): give the reason for the override.`);
  if (againstDecline)
    rules.push("Going ahead with a deal the methodology declines needs the board: a board approval reference and an approver.");
  else if (escalation) rules.push("An escalation needs an approver other than the reviewer (four eyes).");
  if ((decision === "decline" || recommended === "decline") && !againstDecline)
    rules.push("Declining the deal (treatment Avoid) needs no board approval; going ahead with it does.");
  return {
    ...base,
    decisions: REVIEW_DECISIONS,
    approver: escalation || againstDecline ? "required" : "optional",
    fourEyes: escalation || againstDecline,
    boardApproval: againstDecline ? "required" : "optional",
    avoidOnly: false,
    rules,
  };
}

/** The review-by date the profile's periods give for a decision signed off on `date` ("" for none, or when the date is not a date). */
export function defaultReviewBy(profile: Profile, decision: ReviewDecision, date: string): string {
  const months = reviewPeriodMonths(profile, decision);
  return months !== null && isIsoDay(date) ? addMonths(date, months) : "";
}
