import type { JsonResult } from "../../core";

/** Running totals of a score run, for the summary line and the exit code. */
export class ScoreCounts {
  total = 0;
  errors = 0;
  readonly decisions: Record<string, number> = { stop: 0, decline: 0, escalate: 0, "proceed-with-conditions": 0, proceed: 0 };

  /** The earliest and latest as-at dates of the results, and whether they differ. */
  private asAtFirst: string | undefined;
  private asAtLast: string | undefined;

  /** Scored deals that carry warnings, and provisional decisions of rows not assessed. */
  warned = 0;
  readonly provisional: Record<string, number> = { stop: 0, escalate: 0 };

  add(r: JsonResult): void {
    this.total++;
    if (r.status === "ok" && r.warnings.length) this.warned++;
    if (r.provisional) this.provisional[r.provisional.decision] = (this.provisional[r.provisional.decision] ?? 0) + 1;
    if (r.asAt) {
      if (this.asAtFirst === undefined || r.asAt < this.asAtFirst) this.asAtFirst = r.asAt;
      if (this.asAtLast === undefined || r.asAt > this.asAtLast) this.asAtLast = r.asAt;
    }
    if (r.status === "error") this.errors++;
    else if (r.decision) this.decisions[r.decision] = (this.decisions[r.decision] ?? 0) + 1;
  }

  /** "2020-11-15", or the range when deals carry their own dates. */
  asAtSummary(): string {
    if (this.asAtFirst === undefined || this.asAtLast === undefined) return "-";
    return this.asAtFirst === this.asAtLast ? this.asAtFirst : `${this.asAtFirst} to ${this.asAtLast} (per deal)`;
  }

  /** "12 deals: 1 stop, 2 decline, ...": every decision, strongest first. */
  summary(): string {
    const d = this.decisions;
    return (
      `${this.total} deals: ${d.stop} stop, ${d.decline} decline, ${d.escalate} escalate, ${d["proceed-with-conditions"]} proceed with conditions, ${d.proceed} proceed, ${this.errors} with input errors` +
      (this.errors ? ` (not assessed: provisional ${this.provisional.stop} stop, ${this.provisional.escalate} escalate)` : "")
    );
  }
}
