/**
 * Where each kind of driver sits in the list of reasons (higher first; ties keep the stage
 * order). The four stage drivers rank by their own score (1..5), so a 5-of-5 destination
 * comes before a 2-of-5 capability; the fixed ranks below place everything else around them.
 */
export const driverRank = {
  /** A red line (v2) explains a `decline`: above every stage score. */
  redLine: 7,
  /** The national-security review changes the decision: above every stage score. */
  nationalSecurity: 6,
  /** A restrictions row applied without a recorded start date (as-at before the table's date). */
  restrictionWarning: 5.5,
  redFlag: 2.5,
  mitigations: 1,
  misuseCap: 0.9,
  licenceCheck: 0.5,
  residualFloor: 0.4,
} as const;

export interface RankedDriver {
  text: string;
  /** Higher first; ties keep the stage order. */
  weight: number;
}
