import type { Style } from "exceljs";
import type { DecisionId } from "../../model/types";
import { cellText, formatCount } from "../cellText";
import type { RegisterInput } from "../registerInput";
import { registerLabels } from "../registerLabels";
import { allBorders, formats, headerStyle, solid, wrapTop } from "../registerStyle";
import { heightForLines, wrappedLines } from "../rowHeight";
import type { SheetCursor } from "../sheetCursor";
import type { DashboardFigures } from "../summariseRegister";
import { boardSummary } from "./boardSummary";
import { CONDITIONS_DUE_DAYS, lifecycleFigures, SIGN_OFF_LINES } from "./lifecycleFigures";
import type { SignOffList } from "./signOffLists";

/** The dashboard is 13 columns wide; summary sentences span all of them. */
const SPAN = 13;
const SPAN_CHARS = 180;
export { SIGN_OFF_LINES };

const header: Partial<Style> = { ...headerStyle, fill: solid("D9E1F2"), font: { bold: true }, border: allBorders };
const boxed: Partial<Style> = { border: allBorders, alignment: wrapTop };
const title: Partial<Style> = { font: { bold: true, size: 12, color: { argb: "FF1F3864" } } };

function paragraph(c: SheetCursor, text: string, style: Partial<Style> = { alignment: wrapTop }): void {
  c.put(c.row, 1, text, style);
  c.sheet.mergeCells(c.row, 1, c.row, SPAN);
  c.sheet.getRow(c.row).height = heightForLines(wrappedLines(text, SPAN_CHARS));
  c.row++;
}

/** The opening of the dashboard: the executive summary, then the value at stake per decision and currency. */
export function writeBoardSummary(c: SheetCursor, input: RegisterInput, f: DashboardFigures): void {
  const l = lifecycleFigures(input);
  const labels = registerLabels(input.profile);
  c.put(c.row++, 1, "Summary for the board", title);
  for (const sentence of boardSummary(input, f, l)) paragraph(c, `\u2022 ${sentence}`);
  c.skip();

  const fx = input.lifecycle?.fx;
  c.put(
    c.row++,
    1,
    fx ? `Value at stake by decision (in ${fx.currency} at the rates of ${fx.asOf})` : "Value at stake by decision and currency",
    title,
  );
  c.line(
    ["Decision", "Currency", "Deals", "Total value", fx ? "Not counted (no value or rate)" : "Not counted (no value)"].map((h) => ({
      value: h,
      style: header,
    })),
  );
  for (const s of l.stake) {
    c.line([
      { value: labels.decision(s.decision as DecisionId), style: boxed },
      { value: cellText(s.currency || "-"), style: { ...boxed, alignment: { horizontal: "center", vertical: "top" } } },
      { value: s.deals, style: { ...boxed, numFmt: "#,##0" } },
      { value: s.value, style: { ...boxed, numFmt: formats.money } },
      { value: s.notCounted, style: { ...boxed, numFmt: "#,##0" } },
    ]);
  }
  if (!l.stake.length) c.line([{ value: "No deals scored.", style: boxed }]);
  c.skip();
}

function list(c: SheetCursor, heading: string, { count, lines }: SignOffList, empty: string): void {
  c.put(c.row++, 1, `${heading} (${formatCount(count)})`, title);
  if (!count) {
    c.line([{ value: empty, style: boxed }]);
    c.skip();
    return;
  }
  const h = c.line(["Deal ID", "Customer", "Detail"].map((x) => ({ value: x, style: header })));
  c.sheet.mergeCells(h, 3, h, SPAN);
  for (const line of lines.slice(0, SIGN_OFF_LINES)) {
    const r = c.line([
      { value: cellText(line.id), style: { ...boxed, numFmt: "@" } },
      { value: cellText(line.customer), style: { ...boxed, numFmt: "@" } },
      { value: cellText(line.what), style: boxed },
    ]);
    c.sheet.mergeCells(r, 3, r, SPAN);
    c.sheet.getRow(r).height = heightForLines(Math.max(wrappedLines(line.what, 140), wrappedLines(line.customer, 16)));
  }
  if (count > SIGN_OFF_LINES)
    c.line([
      {
        value: `... and ${formatCount(count - SIGN_OFF_LINES)} more: filter the Register by Review status.`,
        style: { font: { italic: true } },
      },
    ]);
  c.skip();
}

/** Sign-off lists at the foot of the dashboard (only when decision records were given). */
export function writeSignOffBlocks(c: SheetCursor, input: RegisterInput): void {
  const s = lifecycleFigures(input).signOff;
  if (!s) return;
  list(c, "Awaiting sign-off", s.awaiting, "Every scored deal has a current sign-off.");
  list(c, "Overrides of the methodology", s.overrides, "No decision taken differs from the methodology's.");
  list(c, "Overdue reviews", s.overdue, "No review is overdue.");
  list(
    c,
    `Conditions due within ${CONDITIONS_DUE_DAYS} days or past due`,
    s.conditionsDue,
    `No condition falls due within ${CONDITIONS_DUE_DAYS} days.`,
  );
}
