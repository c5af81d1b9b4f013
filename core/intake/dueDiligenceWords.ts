/**
 * Words a CRM uses for partner due diligence, as normalised keys: read by intake and proposed by
 * `export-risk map` from this one table, so the two never disagree.
 */
export const dueDiligenceDoneWords: ReadonlySet<string> = new Set([
  "yes",
  "y",
  "true",
  "done",
  "completed",
  "complete",
  "1",
  "passed",
  "ok",
  "cleared",
  "verified",
]);

/** "Not done" readings: waived or not required counts as not done (the riskier reading). */
export const dueDiligenceNotDoneWords: ReadonlySet<string> = new Set([
  "no",
  "n",
  "false",
  "not done",
  "pending",
  "0",
  "outstanding",
  "in progress",
  "failed",
  "incomplete",
  "not started",
  "waived",
  "not required",
]);

export const dueDiligenceUnknownWords: ReadonlySet<string> = new Set(["unknown", "not known", "n a", "na", "tbc", "tbd", "?"]);
