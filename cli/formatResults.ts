import Papa from "papaparse";
import type { JsonResult } from "../core";
import type { DataProvenance } from "../core";
import { provenanceLines } from "../core";

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
  "errors",
  "methodology",
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
    r.errors.map((e) => `${e.column}: ${e.message}`).join(" | "),
    r.methodology,
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
      : [String(r.row), r.id, "-", "-", "ERROR", r.errors.map((e) => `${e.column}: ${e.message}`).join("; ")],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fixed = widths.slice(0, 5).reduce((a, b) => a + b + 2, 0);
  widths[5] = Math.max(20, Math.min(widths[5], width - fixed));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 5 ? (c.length > widths[5] ? c.slice(0, widths[5] - 1) + "…" : c) : c.padEnd(widths[i]))).join("  ");
  const lines = [fmt(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(fmt)];
  const count = (k: string) => results.filter((r) => r.decision === k).length;
  const errors = results.filter((r) => r.status === "error").length;
  lines.push(
    "",
    `${results.length} deals: ${count("stop")} stop, ${count("escalate")} escalate, ${count("proceed-with-conditions")} proceed with conditions, ${count("proceed")} proceed, ${errors} with input errors`,
    `Methodology ${methodology}`,
    ...provenanceLines(Object.values(data)).map((d) => `Data: ${d}`),
  );
  return lines.join("\n") + "\n";
}
