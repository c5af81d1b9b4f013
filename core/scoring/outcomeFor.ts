import type { DecisionId, RiskFigures } from "../model/types";
import type { Profile, RedLine } from "../methodology/profileSchema";
import type { CompiledProfile } from "./compiledProfile";
import { decisionStage } from "./stages/decisionStage";
import { redLinesHolding, type RedLineFacts } from "./stages/redLineStage";
import { residualStage } from "./stages/residualStage";

export interface Outcome {
  decision: DecisionId;
  residual: RiskFigures & { floored: boolean };
  /** The red lines that hold at this residual. */
  redLines: RedLine[];
  facts: RedLineFacts;
}

/** The deal's residual risk, red lines and decision for a given likelihood and number of clause steps, all else unchanged. */
export type OutcomeFor = (likelihood: number, steps: number) => Outcome;

/**
 * Everything after likelihood, as one function of (L, steps): the path to proceed asks it "what
 * if" without re-running the stages, and the assessment uses it for the deal as it is.
 */
export function outcomeFor(
  deal: {
    severity: number;
    destination: number;
    endUser: string;
    redFlags: readonly string[];
    hardStop: boolean;
    nationalSecurity: boolean;
  },
  p: Profile,
  c: CompiledProfile,
): OutcomeFor {
  return (likelihood, steps) => {
    const residual = residualStage(deal.severity, likelihood, steps, p);
    const facts: RedLineFacts = { ...deal, residualScore: residual.score };
    const redLines = redLinesHolding(p.redLines, facts);
    const decision = decisionStage(
      { hardStop: deal.hardStop, redLine: redLines.length > 0, residualBand: residual.band, nationalSecurity: deal.nationalSecurity },
      p,
      c,
    );
    return { decision, residual, redLines, facts };
  };
}
