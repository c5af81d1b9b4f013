import type { Style } from "exceljs";
import { cellText } from "../cellText";
import type { RegisterInput } from "../registerInput";
import { labelStyle, warningStyle, wrapTop } from "../registerStyle";
import { heightForLines, wrappedLines } from "../rowHeight";
import type { SheetCursor } from "../sheetCursor";
import { CONDITIONS_DUE_DAYS } from "./lifecycleFigures";

const WIDTH = 28 + 18 + 84;

function row(c: SheetCursor, label: string, value: string, style: Partial<Style> = { alignment: wrapTop }): void {
  c.put(c.row, 1, label, labelStyle);
  c.put(c.row, 2, value, style);
  c.sheet.mergeCells(c.row, 2, c.row, 3);
  c.sheet.getRow(c.row).height = heightForLines(wrappedLines(value, WIDTH - 28));
  c.row++;
}

/**
 * The Read me's audit line: who prepared the register, when, with which tool, from which files
 * (each with its SHA-256, so a reader can prove which file was used); the exchange rates; and the
 * sign-off records and previous register it was compared with.
 */
export function writeAuditLine(c: SheetCursor, input: RegisterInput): void {
  const l = input.lifecycle;
  c.section("Audit");
  if (l?.audit) {
    row(c, "Prepared by", cellText(l.audit.preparedBy));
    row(c, "Run at", l.audit.runAt);
    row(c, "Tool", cellText(l.audit.tool));
    c.header(["Input file", "Used as", "SHA-256"]);
    for (const f of l.audit.inputs)
      c.line([
        { value: cellText(f.name), style: { alignment: wrapTop, numFmt: "@" } },
        f.role,
        { value: f.sha256, style: { font: { name: "Consolas", size: 9 } } },
      ]);
  } else {
    row(c, "Prepared by", "Not recorded (built without an audit line)");
  }
  if (l?.reviews)
    row(
      c,
      "Sign-off columns",
      "Decision taken, Approved by and Review status on the Register, and the owner's columns, come from the sign-off records (export-risk review).",
    );
  if (l?.reviews)
    row(
      c,
      "Sign-off records",
      `${cellText(l.reviews.file)}: ${l.reviews.records} records; conditions shown as due within ${CONDITIONS_DUE_DAYS} days of the as-of date`,
    );
  else row(c, "Sign-off records", "None given: the review columns are empty and no deal is shown as signed off.", warningStyle);
  if (l?.previous)
    row(c, "Compared with", `${cellText(l.previous.file)} (register as of ${l.previous.snapshot.asOf}): see the Changes sheet`);
  if (l?.fx) {
    const rates = Object.entries(l.fx.rates)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([cur, rate]) => `1 ${cur} = ${rate} ${l.fx!.currency}`)
      .join("; ");
    row(
      c,
      "Exchange rates",
      cellText(`${rates} (rates of ${l.fx.asOf}, from ${l.fx.source}); used for the value at stake on the Dashboard only`),
    );
  }
  row(
    c,
    "Snapshot",
    "A hidden sheet 'Snapshot' holds this register's results as JSON, one deal per row, so the next register can list what changed (export-risk register --previous).",
  );
  c.skip();
}
