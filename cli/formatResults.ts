import type { JsonResult, ReviewJson } from "../core";
import { terminalText } from "./terminalText";

/** A result of `score --reviews`: the JSON result with its deal's review state. */
export type ReviewedResult = JsonResult & { review?: ReviewJson };

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
    r.hardStops.length ? r.hardStops.map((h) => h.message).join(" | ") : "",
    r.flags.length ? r.flags.join("; ") : "",
    r.drivers.join(" | "),
    r.pathToProceed?.summary ?? "",
    cellMessages(r.errors),
    r.methodology,
    r.asAt ?? "",
    cellMessages(r.warnings),
    r.provisional?.decision ?? "",
  ];
}

function cellMessages(list: JsonResult["errors"]): string {
  return list.length ? list.map((e) => `${e.column}: ${e.message}`).join(" | ") : "";
}

/** With `--reviews`, the columns after csvColumns: the deal's sign-off state (as the pane's review columns). */
export const reviewCsvColumns = ["review_status", "decision_taken", "approved_by", "review_by", "review_reasons"] as const;

export function reviewCsvValues(r: ReviewedResult): unknown[] {
  const v = r.review;
  if (!v) return ["", "", "", "", ""];
  const approvedBy = [v.approver ?? "", v.boardApproval ? `board: ${v.boardApproval}` : ""].filter(Boolean).join("; ");
  return [v.status, v.decisionTaken ?? "", approvedBy, v.reviewBy ?? "", v.reasons.join(" | ")];
}

const TABLE_HEAD = ["Row", "ID", "Inherent", "Residual", "Decision", "Top driver / error"];
const TABLE_HEAD_REVIEWED = ["Row", "ID", "Inherent", "Residual", "Decision", "Review", "Top driver / error"];

/** The table's Review cell: the state, and for a deal that could not be scored, that it was not assessed. */
function reviewCell(r: ReviewedResult): string {
  const v = r.review!;
  if (r.status !== "ok") return "not assessed";
  return v.status === "none" ? "not signed off" : v.status;
}

/** A result's cells in the terminal table; with a review, its state comes before the last column. */
export function tableCells(r: ReviewedResult): string[] {
  const cells = plainCells(r);
  return r.review ? [...cells.slice(0, 5), reviewCell(r), cells[5]] : cells;
}

function plainCells(r: JsonResult): string[] {
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

export function tableRow(r: ReviewedResult, width: number): TableRow {
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
  // The rows say which table this is: with the Review column (score --reviews) or without.
  const head = (widths?.length ?? body[0]?.cells.length) === TABLE_HEAD_REVIEWED.length ? TABLE_HEAD_REVIEWED : TABLE_HEAD;
  const last = head.length - 1;
  if (!widths) {
    widths = head.map((h) => h.length);
    for (const { cells: b } of body) for (let i = 0; i < widths.length; i++) if (b[i].length > widths[i]) widths[i] = b[i].length;
    const fixed = widths.slice(0, last).reduce((a, b) => a + b + 2, 0);
    widths[last] = Math.max(20, Math.min(widths[last], width - fixed));
  }
  const w = widths;
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === last ? (c.length > w[last] ? c.slice(0, w[last] - 1) + "…" : c) : c.padEnd(w[i]))).join("  ");
  const lines = withHead ? [fmt(head), w.map((x) => "-".repeat(x)).join("  ")] : [];
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
