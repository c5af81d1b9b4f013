import type { JsonResult } from "../../core";

/** Running totals of a score run, for the summary line and the exit code. */
export class ScoreCounts {
  total = 0;
  errors = 0;
  readonly decisions: Record<string, number> = { stop: 0, decline: 0, escalate: 0, "proceed-with-conditions": 0, proceed: 0 };

  add(r: JsonResult): void {
    this.total++;
    if (r.status === "error") this.errors++;
    else if (r.decision) this.decisions[r.decision] = (this.decisions[r.decision] ?? 0) + 1;
  }

  /** "12 deals: 1 stop, 2 decline, ...": every decision, strongest first. */
  summary(): string {
    const d = this.decisions;
    return `${this.total} deals: ${d.stop} stop, ${d.decline} decline, ${d.escalate} escalate, ${d["proceed-with-conditions"]} proceed with conditions, ${d.proceed} proceed, ${this.errors} with input errors`;
  }
}
