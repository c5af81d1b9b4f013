import Papa from "papaparse";
import type { JsonResult } from "../core/result/toJsonResult";
import type { DataProvenance } from "../core/model/types";
import { provenanceLines } from "../core/result/provenance";

const csvColumns = [
  "row",
  "id",
  "status",
  "inherent_severity",
  "inherent_likelihood",
  "inherent_score",
  "inherent_band",
  "residual_severity",
  "residual_likelihood",
  "residual_score",
  "residual_band",
  "decision",
  "hard_stops",
  "flags",
  "drivers",
  "path_to_proceed",
  "errors",
  "methodology",
  "as_at",
  "warnings",
  "provisional_decision",
] as const;

/** CSV for spreadsheets; text that could run as a formula is escaped by the CSV writer. */
export function toCsv(results: JsonResult[]): string {
  const data = results.map((r) => [
    r.row,
    r.id,
    r.status,
    r.inherent?.severity ?? "",
    r.inherent?.likelihood ?? "",
    r.inherent?.score ?? "",
    r.inherent?.band ?? "",
    r.residual?.severity ?? "",
    r.residual?.likelihood ?? "",
    r.residual?.score ?? "",
    r.residual?.band ?? "",
    r.decision ?? "",
    r.hardStops.map((h) => h.message).join(" | "),
    r.flags.join("; "),
    r.drivers.join(" | "),
    r.pathToProceed?.summary ?? "",
    r.errors.map((e) => `${e.column}: ${e.message}`).join(" | "),
    r.methodology,
    r.asAt ?? "",
    r.warnings.map((e) => `${e.column}: ${e.message}`).join(" | "),
    r.provisional?.decision ?? "",
  ]);
  return Papa.unparse({ fields: [...csvColumns], data }, { escapeFormulae: true, newline: "\n" }) + "\n";
}

/** A readable table for the terminal, with a summary and the data behind it. */
export function toTable(results: JsonResult[], methodology: string, data: Record<string, DataProvenance>, width = 120): string {
  const head = ["Row", "ID", "Inherent", "Residual", "Decision", "Top driver / error"];
  const body = results.map((r) =>
    r.status === "ok"
      ? [
          String(r.row),
          r.id,
          `${r.inherent!.score} ${r.inherent!.band}`,
          `${r.residual!.score} ${r.residual!.band}`,
          r.decision!,
          r.drivers[0] ?? "",
        ]
      : [
          String(r.row),
          r.id,
          "-",
          "-",
          `ERROR (provisional ${r.provisional?.decision ?? "escalate"})`,
          r.errors.map((e) => `${e.column}: ${e.message}`).join("; "),
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fixed = widths.slice(0, 5).reduce((a, b) => a + b + 2, 0);
  widths[5] = Math.max(20, Math.min(widths[5], width - fixed));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 5 ? (c.length > widths[5] ? c.slice(0, widths[5] - 1) + "…" : c) : c.padEnd(widths[i]))).join("  ");
  const lines = [fmt(head), widths.map((w) => "-".repeat(w)).join("  ")];
  results.forEach((r, i) => {
    lines.push(fmt(body[i]));
    const path = pathLine(r, width);
    if (path) lines.push(path);
  });
  const warned = results.filter((r) => r.status === "ok" && r.warnings.length).length;
  lines.push(
    "",
    decisionSummary(results),
    ...(warned
      ? [
          `${warned} scored ${warned === 1 ? "deal carries" : "deals carry"} warnings (values read the fail-safe way): see --format json or csv`,
        ]
      : []),
    `Methodology ${methodology}`,
    `Assessed as at ${asAtSummary(results)}`,
    ...provenanceLines(Object.values(data)).map((d) => `Data: ${d}`),
  );
  return lines.join("\n") + "\n";
}

/** Under an escalate or decline row, what would move it (or why nothing can), indented and wrapped to the width. */
function pathLine(r: JsonResult, width: number): string | undefined {
  if (!r.pathToProceed || (r.decision !== "escalate" && r.decision !== "decline")) return undefined;
  const out: string[] = [];
  let line = "  Path:";
  for (const word of r.pathToProceed.summary.split(" ")) {
    if (line.length + 1 + word.length > width && line.trim()) {
      out.push(line);
      line = "        ";
    }
    line += (line.endsWith(" ") ? "" : " ") + word;
  }
  out.push(line);
  return out.join("\n");
}

/** "12 deals: 1 stop, 2 decline, ...": every decision the results hold, strongest first. */
export function decisionSummary(results: JsonResult[]): string {
  const count = (k: string) => results.filter((r) => r.decision === k).length;
  const errors = results.filter((r) => r.status === "error").length;
  const provisional = (k: string) => results.filter((r) => r.provisional?.decision === k).length;
  return (
    `${results.length} deals: ${count("stop")} stop, ${count("decline")} decline, ${count("escalate")} escalate, ${count("proceed-with-conditions")} proceed with conditions, ${count("proceed")} proceed, ${errors} with input errors` +
    (errors ? ` (not assessed: provisional ${provisional("stop")} stop, ${provisional("escalate")} escalate)` : "")
  );
}

/** "2020-11-15", or the range when deals carry their own dates. */
function asAtSummary(results: JsonResult[]): string {
  const dates = [...new Set(results.map((r) => r.asAt).filter((d): d is string => d !== null))].sort();
  if (dates.length === 0) return "-";
  return dates.length === 1 ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]} (per deal)`;
}
