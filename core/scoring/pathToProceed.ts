import type { DecisionId, EvidenceAction, HardStop, PathBlocker, PathStep, PathToProceed } from "../model/types";
import type { Profile } from "../methodology/profileSchema";
import type { CompiledProfile } from "./compiledProfile";
import { decisionOrder } from "./stages/decisionStage";
import type { MitigationCredit } from "./stages/mitigationStage";
import type { OutcomeFor } from "./outcomeFor";

export interface PathInputs {
  decision: DecisionId;
  hardStops: readonly HardStop[];
  nationalSecurity: boolean;
  likelihood: number;
  credit: MitigationCredit;
  mitigations: readonly string[];
  outcome: OutcomeFor;
  /** Partner points now and with due diligence done, when an intermediary's due diligence is missing. */
  dueDiligence: { partners: number; partnersIfDone: number; likelihoodIfDone: number } | null;
  endUserUnknown: boolean;
}

/**
 * Path to proceed: for each better decision that further mitigations alone can reach, the fewest
 * clauses that reach it (strong before supporting on ties); the evidence actions that would
 * honestly change an input; and why nothing (more) can help. Red flags are facts: no clause removes them.
 */
export function pathToProceed(x: PathInputs, p: Profile, c: CompiledProfile): PathToProceed {
  if (x.decision === "stop") {
    const blockers: PathBlocker[] = [
      {
        code: "hard-stop",
        text: `A hard stop cannot be lifted by any clause or sign-off: ${x.hardStops[0]?.message ?? "see the drivers"}`,
      },
    ];
    return { steps: [], evidence: [], blockers, summary: `No path to proceed: ${blockers[0].text}` };
  }
  const steps = mitigationSteps(x, p);
  const best = steps.length ? steps[steps.length - 1].decision : x.decision;
  const blockers = best === "proceed" ? [] : blockersAt(best, x, c);
  const evidence = evidenceActions(x, c);
  return { steps, evidence, blockers, summary: summaryOf(x.decision, steps, blockers, evidence, c) };
}

function mitigationSteps(x: PathInputs, p: Profile): PathStep[] {
  const out: PathStep[] = [];
  const available = p.mitigations.filter((m) => !x.mitigations.includes(m.id) && m.weight > 0).sort((a, b) => b.weight - a.weight); // stable: catalogue order among equal weights
  let reached = x.decision;
  for (let k = x.credit.steps + 1; k <= x.credit.maxSteps; k++) {
    const o = x.outcome(x.likelihood, k);
    if (decisionOrder[o.decision] >= decisionOrder[reached]) continue;
    const add = clausesFor(k * p.mitigation.perStep - x.credit.weight, available);
    if (!add) break;
    reached = o.decision;
    out.push({
      decision: o.decision,
      add,
      residual: { likelihood: o.residual.likelihood, score: o.residual.score, band: o.residual.band },
    });
  }
  return out;
}

/** The fewest clauses whose weights reach `need`: heaviest first, so ties favour strong clauses. */
function clausesFor(need: number, available: ReadonlyArray<{ id: string; weight: number }>): string[] | undefined {
  const add: string[] = [];
  let sum = 0;
  for (const m of available) {
    if (sum >= need - 1e-9) break;
    add.push(m.id);
    sum += m.weight;
  }
  return sum >= need - 1e-9 ? add : undefined;
}

function blockersAt(best: DecisionId, x: PathInputs, c: CompiledProfile): PathBlocker[] {
  const out: PathBlocker[] = [];
  const atMax = x.outcome(x.likelihood, x.credit.maxSteps);
  for (const rl of atMax.redLines) {
    out.push({
      code: "red-line",
      text:
        rl.minResidualScore === undefined
          ? `Red line ${rl.id} (${rl.label}) holds whatever the clauses`
          : `Red line ${rl.id} (${rl.label}) still holds at the lowest residual clauses can reach (${atMax.residual.score})`,
    });
  }
  // The review binds only where the band alone would give a better decision than the review's minimum.
  const byBand = (c.decisionForBand.get(atMax.residual.band) as DecisionId | undefined) ?? "escalate";
  if (x.nationalSecurity && !atMax.redLines.length && decisionOrder[byBand] < decisionOrder[best]) {
    out.push({ code: "national-security-review", text: `The national-security review keeps the decision at ${label(best, c)} at best` });
  }
  if (atMax.residual.floored) {
    out.push({
      code: "severity-floor",
      text: `Severity ${atMax.residual.severity} means irremediable harm is possible: the residual band stays ${atMax.residual.band} at best`,
    });
  }
  if (x.credit.capApplies && x.credit.maxSteps < x.credit.uncappedMaxSteps) {
    const uncapped = x.outcome(x.likelihood, x.credit.uncappedMaxSteps);
    if (decisionOrder[uncapped.decision] < decisionOrder[best]) {
      out.push({
        code: "misuse-cap",
        text: `The misuse cap allows clauses at most ${plural(x.credit.maxSteps, "step")} off likelihood`,
      });
    }
  }
  if (x.credit.steps >= x.credit.maxSteps) {
    out.push({
      code: "credit-at-maximum",
      text: `Clause credit is already at its maximum of ${plural(x.credit.maxSteps, "step")}`,
    });
  } else if (!out.length) {
    out.push({
      code: "credit-at-maximum",
      text: `Even the most clause credit (${plural(x.credit.maxSteps, "step")}) leaves residual ${atMax.residual.score} (${atMax.residual.band})`,
    });
  }
  return out;
}

function evidenceActions(x: PathInputs, c: CompiledProfile): EvidenceAction[] {
  const out: EvidenceAction[] = [];
  const dd = x.dueDiligence;
  if (dd) {
    const o = x.outcome(dd.likelihoodIfDone, x.credit.steps);
    out.push({
      code: "complete-partner-due-diligence",
      text: `Complete partner due diligence: partner points ${dd.partners} -> ${dd.partnersIfDone}; if it finds nothing adverse, the decision is ${label(o.decision, c)} (residual ${o.residual.score})`,
      decision: o.decision,
    });
  }
  if (x.endUserUnknown) {
    out.push({
      code: "identify-end-user",
      text: "Identify the end user: an undisclosed end user scores 5 of 5 and counts as a state body; the decision then depends on who it is",
      decision: null,
    });
  }
  return out;
}

function summaryOf(
  current: DecisionId,
  steps: PathStep[],
  blockers: PathBlocker[],
  evidence: EvidenceAction[],
  c: CompiledProfile,
): string {
  if (current === "proceed") return "Already proceed: no further clause needed";
  let text = steps
    .map(
      (s, i) => `${i ? "to reach" : "To reach"} ${label(s.decision, c)}: add ${joinAnd(s.add.map((m) => c.vocab.mitigation.labelOf(m)))}`,
    )
    .join("; ");
  if (blockers.length) {
    text += steps.length
      ? `. ${capitalise(label("proceed", c))} is out of reach: ${blockers[0].text}`
      : `No clause improves the decision: ${blockers[0].text}`;
  }
  if (evidence.length) text += `. Evidence: ${evidence.map((e) => e.text.slice(0, e.text.indexOf(":")).toLowerCase()).join("; ")}`;
  return text;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function label(d: DecisionId, c: CompiledProfile): string {
  return (c.decisionLabel.get(d) ?? d).toLowerCase();
}

function joinAnd(xs: string[]): string {
  return xs.length < 2 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
}
