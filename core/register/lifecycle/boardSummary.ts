import { formatCount } from "../cellText";
import type { DashboardFigures } from "../summariseRegister";
import type { RegisterInput } from "../registerInput";
import { CONDITIONS_DUE_DAYS, type LifecycleFigures, type StakeLine } from "./lifecycleFigures";

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

function money(n: number): string {
  const whole = Math.round(n);
  return formatCount(whole);
}

function stakeText(lines: readonly StakeLine[]): string {
  const risky = lines.filter((l) => l.decision === "stop" || l.decision === "decline" || l.decision === "escalate");
  const byCurrency = new Map<string, number>();
  for (const l of risky) byCurrency.set(l.currency || "no currency", (byCurrency.get(l.currency || "no currency") ?? 0) + l.value);
  const notCounted = risky.reduce((n, l) => n + l.notCounted, 0);
  if (!risky.length) return "No deal is stopped, declined or escalated.";
  const values = [...byCurrency].map(([c, v]) => `${c} ${money(v)}`).join("; ");
  return (
    `Value at stake in stopped, declined and escalated deals: ${values}` +
    (notCounted ? ` (${plural(notCounted, "deal")} without a value or an exchange rate not counted)` : "") +
    "."
  );
}

/**
 * The executive summary at the top of the dashboard: a few sentences written from the figures,
 * each one true of this register (no sentence is shown for what was not given).
 */
export function boardSummary(input: RegisterInput, f: DashboardFigures, l: LifecycleFigures): string[] {
  const d = l.decisions;
  const out: string[] = [];
  out.push(
    `${plural(f.scored, "deal")} assessed as of ${input.asOf}` +
      (f.errors
        ? `; ${plural(f.errors, "input row")} could not be scored and ${f.errors === 1 ? "is" : "are"} not cleared (see Input errors)`
        : "") +
      ".",
  );
  const parts = [
    d.stop ? `${formatCount(d.stop)} prohibited (stop)` : "",
    l.needBoard ? `${formatCount(l.needBoard)} need the board's approval to go ahead (decline)` : "",
    d.escalate ? `${formatCount(d.escalate)} need a senior decision (escalate)` : "",
    d["proceed-with-conditions"] ? `${formatCount(d["proceed-with-conditions"])} may go ahead with conditions` : "",
    d.proceed ? `${formatCount(d.proceed)} may proceed` : "",
  ].filter(Boolean);
  if (parts.length) out.push(`${parts.join("; ")}.`);
  out.push(stakeText(l.stake));
  const s = l.signOff;
  if (s) {
    out.push(
      `Sign-off: ${formatCount(s.current)} current; ${formatCount(s.awaiting.count)} awaiting sign-off (never signed off, or changed since); ` +
        `${plural(s.overdue.count, "review")} overdue; ${plural(s.overrides.count, "override")} of the methodology; ` +
        `${plural(s.conditionsDue.count, "condition")} due within ${CONDITIONS_DUE_DAYS} days or past due.`,
    );
  } else {
    out.push("No decision records were given: who signed off which deal is not shown in this register.");
  }
  if (l.diff && input.lifecycle?.previous) {
    const diff = l.diff;
    const moved = diff.context.filter((c) => c.what !== "Register as of" && c.before !== c.after).map((c) => c.what.toLowerCase());
    out.push(
      `Since the register of ${input.lifecycle.previous.snapshot.asOf}: ${plural(diff.added, "new deal")}, ${formatCount(diff.removed)} removed, ` +
        `${plural(diff.changed, "deal")} with a changed decision, band or sign-off` +
        (diff.notAssessed ? `; ${formatCount(diff.notAssessed)} could not be assessed this time` : "") +
        (moved.length ? `; updated: ${moved.join(", ")}` : "") +
        " (see Changes).",
    );
  }
  if (!input.screening?.lists.length)
    out.push("Partners and end users were NOT screened against restricted-party lists for this register.");
  return out;
}
