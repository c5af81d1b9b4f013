import type { BandId, RiskFigures } from "../../model/types";
import type { Profile } from "../../methodology/profileSchema";
import { bandForScore, bandOrder } from "../bandForScore";

/**
 * Residual risk: mitigations lower likelihood only, never severity; where severity means
 * irremediable harm is possible the band is held at a minimum (the S = 5 floor).
 */
export function residualStage(severity: number, likelihood: number, steps: number, p: Profile): RiskFigures & { floored: boolean } {
  const l = Math.max(1, likelihood - steps);
  const score = severity * l;
  let band: BandId = bandForScore(score, p);
  let floored = false;
  if (severity >= p.mitigation.irremediableSeverity && bandOrder[band] < bandOrder[p.mitigation.irremediableMinimumBand]) {
    band = p.mitigation.irremediableMinimumBand;
    floored = true;
  }
  return { severity, likelihood: l, score, band, floored };
}
