import type { RedLineHit } from "../../model/types";
import type { RedLine } from "../../methodology/profileSchema";
import type { CompiledProfile } from "../compiledProfile";
import { driverRank, type RankedDriver } from "./driverRanks";

/** The facts a red line is read against. */
export interface RedLineFacts {
  severity: number;
  residualScore: number;
  destination: number;
  endUser: string;
  redFlags: readonly string[];
}

/** A red line holds when every condition it states holds. */
export function redLineHolds(rl: RedLine, f: RedLineFacts): boolean {
  return (
    (rl.minSeverity === undefined || f.severity >= rl.minSeverity) &&
    (rl.minResidualScore === undefined || f.residualScore >= rl.minResidualScore) &&
    (rl.minDestination === undefined || f.destination >= rl.minDestination) &&
    (rl.endUserTypes === undefined || rl.endUserTypes.includes(f.endUser)) &&
    (rl.redFlagsAny === undefined || rl.redFlagsAny.some((x) => f.redFlags.includes(x)))
  );
}

/** The red lines of the profile that hold for these facts. */
export function redLinesHolding(redLines: readonly RedLine[], f: RedLineFacts): RedLine[] {
  return redLines.filter((rl) => redLineHolds(rl, f));
}

/** A red line without a residual-score condition cannot be left by adding clauses. */
export function redLineHit(rl: RedLine): RedLineHit {
  return { id: rl.id, label: rl.label, fixed: rl.minResidualScore === undefined };
}

/** Each red line that holds, as a driver in plain words. */
export function redLineDrivers(holding: readonly RedLine[], f: RedLineFacts, c: CompiledProfile): RankedDriver[] {
  return holding.map((rl) => ({ weight: driverRank.redLine, text: redLineText(rl, f, rl.minResidualScore === undefined, c) }));
}

function redLineText(rl: RedLine, f: RedLineFacts, fixed: boolean, c: CompiledProfile): string {
  const why: string[] = [];
  if (rl.minSeverity !== undefined) why.push(`severity ${f.severity} (${rl.minSeverity} or more)`);
  if (rl.minResidualScore !== undefined) why.push(`residual score ${f.residualScore} (${rl.minResidualScore} or more)`);
  if (rl.minDestination !== undefined) why.push(`destination ${f.destination} of 5 (${rl.minDestination} or more)`);
  if (rl.endUserTypes !== undefined) why.push(`end user: ${c.vocab.endUserType.labelOf(f.endUser)}`);
  if (rl.redFlagsAny !== undefined) {
    const flags = rl.redFlagsAny.filter((x) => f.redFlags.includes(x)).map((x) => c.vocab.redFlag.labelOf(x));
    why.push(`red flag: ${flags.join("; ")}`);
  }
  const decline = (c.decisionLabel.get("decline") ?? "decline").toLowerCase();
  return `Red line ${rl.id}: ${rl.label} - ${why.join(", ")}; decision ${decline}${fixed ? " (clauses cannot lift it)" : ""}`;
}
