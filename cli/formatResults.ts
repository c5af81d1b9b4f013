import type { JsonResult } from "../core";
import { terminalText } from "./terminalText";

export const csvColumns = [
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

/** One CSV record of a result, in csvColumns order. */
export function csvValues(r: JsonResult): unknown[] {
  return [
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
  ];
}

const TABLE_HEAD = ["Row", "ID", "Inherent", "Residual", "Decision", "Top driver / error"];

/** A result's cells in the terminal table. */
export function tableCells(r: JsonResult): string[] {
  return r.status === "ok"
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
      ];
}

/** A table row: its cells, and the line under it (the path to proceed) when there is one. */
export interface TableRow {
  cells: string[];
  under?: string;
}

export function tableRow(r: JsonResult, width: number): TableRow {
  const under = pathLine(r, width);
  // Input text never reaches a terminal raw: escape sequences and control characters are removed.
  const cells = tableCells(r).map((c) => terminalText(c, false));
  return under ? { cells, under: terminalText(under) } : { cells };
}

/**
 * Table lines for `body`. Without `widths`, the columns are sized to the body (and the header
 * lines are included); with them (rows after the first batch), the same widths are kept.
 */
export function tableLines(body: TableRow[], width: number, widths?: number[], withHead = true): { text: string; widths: number[] } {
  if (!widths) {
    widths = TABLE_HEAD.map((h) => h.length);
    for (const { cells: b } of body) for (let i = 0; i < widths.length; i++) if (b[i].length > widths[i]) widths[i] = b[i].length;
    const fixed = widths.slice(0, 5).reduce((a, b) => a + b + 2, 0);
    widths[5] = Math.max(20, Math.min(widths[5], width - fixed));
  }
  const w = widths;
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 5 ? (c.length > w[5] ? c.slice(0, w[5] - 1) + "…" : c) : c.padEnd(w[i]))).join("  ");
  const lines = withHead ? [fmt(TABLE_HEAD), w.map((x) => "-".repeat(x)).join("  ")] : [];
  for (const b of body) {
    lines.push(fmt(b.cells));
    if (b.under) lines.push(b.under);
  }
  return { text: lines.length ? lines.join("\n") + "\n" : "", widths: w };
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
