import type { Style } from "exceljs";
import type { Profile } from "../../methodology/profileSchema";
import type { BandId, DecisionId } from "../../model/types";
import { cellText, formatCount } from "../cellText";
import { openSheet } from "../openSheet";
import { finishSheet, type RegisterBook } from "../registerBook";
import type { RegisterInput } from "../registerInput";
import { registerLabels } from "../registerLabels";
import { allBorders, bandColours, decisionColours, formats, labelStyle, solid, subtitleStyle, titleStyle, wrapTop } from "../registerStyle";
import { SheetCursor } from "../sheetCursor";
import { fitRowHeights } from "../rowHeight";
import type { DashboardFigures, ExposureLine } from "../summariseRegister";
import { endUserName } from "../lifecycle/endUserName";
import { keepTablesTogether, scaleToFitWidth } from "../lifecycle/keepTablesTogether";
import { writeBoardSummary, writeSignOffBlocks } from "../lifecycle/writeBoardSummary";

export const DASHBOARD_SHEET = "Dashboard";

const RIGHT = 8; // first column of the right-hand blocks
const DASHBOARD_WIDTHS = [26, 16, 12, 14, 12, 12, 3, 30, 12, 12, 14, 12, 12];
const count: Partial<Style> = { numFmt: "#,##0", alignment: { horizontal: "center", vertical: "middle" }, border: allBorders };
const money: Partial<Style> = { numFmt: formats.money, border: allBorders, alignment: { vertical: "top" } };
const countTop: Partial<Style> = { ...count, alignment: { horizontal: "center", vertical: "top" } };
const boxed: Partial<Style> = { border: allBorders, alignment: wrapTop };
const header: Partial<Style> = {
  font: { bold: true },
  fill: solid("D9E1F2"),
  border: allBorders,
  alignment: { wrapText: true, vertical: "middle" },
};

function bandOf(profile: Profile, score: number): BandId {
  return (profile.bands.find((b) => score >= b.min && score <= b.max) ?? profile.bands[profile.bands.length - 1]).id;
}

const coloured = (colours: { fill: string; font: string }, bold = true): Partial<Style> => ({
  fill: solid(colours.fill),
  font: { bold, color: { argb: `FF${colours.font}` } },
  border: allBorders,
  alignment: { horizontal: "center", vertical: "middle" },
});

function heatMap(c: SheetCursor, top: number, col: number, title: string, counts: number[][], profile: Profile) {
  c.put(top, col, title, { font: { bold: true, size: 12, color: { argb: "FF1F3864" } } });
  c.put(top + 1, col, "Likelihood \u2193  Severity \u2192", header);
  for (let s = 1; s <= 5; s++) c.put(top + 1, col + s, s, { ...header, alignment: { horizontal: "center" } });
  for (let l = 5; l >= 1; l--) {
    const r = top + 1 + (6 - l);
    c.put(r, col, l, { ...header, alignment: { horizontal: "center" } });
    for (let s = 1; s <= 5; s++) {
      const n = counts[l - 1][s - 1];
      const colours = bandColours[bandOf(profile, l * s)];
      // Empty cells keep the band colour (the map shows where the bands lie) but a muted count.
      c.put(r, col + s, n, { ...coloured(colours, n > 0), numFmt: "#,##0;-#,##0;\u00B7" });
    }
    c.sheet.getRow(r).height = 24;
  }
}

function exposureTable(
  c: SheetCursor,
  top: number,
  col: number,
  title: string,
  lines: ExposureLine[],
  label: (l: ExposureLine) => string,
): number {
  c.put(top, col, title, { font: { bold: true, size: 12, color: { argb: "FF1F3864" } } });
  ["", "Currency", "Deals", "Total value", "Deals with no value"].forEach((h, i) =>
    c.put(top + 1, col + i, i === 0 ? title.split(" by ")[1].replace(/^./, (x) => x.toUpperCase()) : h, header),
  );
  let r = top + 2;
  for (const line of lines) {
    c.put(r, col, cellText(label(line)), boxed);
    c.put(r, col + 1, cellText(line.currency || "-"), { ...boxed, alignment: { horizontal: "center", vertical: "top" } });
    c.put(r, col + 2, line.deals, countTop);
    c.put(r, col + 3, line.currency ? line.value : null, money);
    c.put(r, col + 4, line.withoutValue, countTop);
    r++;
  }
  if (!lines.length) c.put(r++, col, "No deals scored.", boxed);
  return r;
}

export const NOT_ASSESSED = "Not assessed";
const bannerColours = { fill: "C00000", font: "FFFFFF" };

/** The red banner a board member sees first when any deal could not be assessed. */
function notAssessedBanner(c: SheetCursor, f: DashboardFigures): void {
  const text =
    `${counted(f.errors, "deal")} not assessed: provisional ${formatCount(f.provisional.stop)} stop, ${formatCount(f.provisional.escalate)} escalate. ` +
    "Their input could not be read (see Input errors); they are not in the scores, bands and heat maps below.";
  const r = c.line([
    { value: text, style: { ...coloured(bannerColours), alignment: { horizontal: "left", vertical: "middle", wrapText: true } } },
  ]);
  c.sheet.mergeCells(r, 1, r, 13);
  c.sheet.getRow(r).height = 34;
}

/** Below the top risks: the deals that could not be assessed, so the list is never read as the whole picture. */
function notAssessedList(c: SheetCursor, f: DashboardFigures, labels: ReturnType<typeof registerLabels>): void {
  c.line([
    {
      value: `Not assessed, and so not ranked above (${formatCount(f.errors)}; provisional stops first${f.errors > f.notAssessed.length ? ", the rest on Input errors" : ""}):`,
      style: { font: { bold: true, color: { argb: "FFC00000" } } },
    },
  ]);
  for (const n of f.notAssessed) {
    const r = c.line([
      { value: cellText(n.id), style: { ...boxed, numFmt: "@" } },
      { value: cellText(n.customer), style: { ...boxed, numFmt: "@" } },
      null,
      null,
      null,
      { value: `Provisional: ${labels.decision(n.decision)}`, style: coloured(decisionColours[n.decision]) },
      null,
      { value: cellText(`Row ${n.row}: ${n.reason}`), style: boxed },
    ]);
    c.sheet.mergeCells(r, RIGHT, r, RIGHT + 5);
  }
}

export function writeDashboard(book: RegisterBook, input: RegisterInput, f: DashboardFigures): void {
  const sheet = openSheet(book, {
    name: DASHBOARD_SHEET,
    title: input.title,
    asOf: input.asOf,
    widths: DASHBOARD_WIDTHS,
    headerRows: 0,
    tabColour: "C00000",
    scale: scaleToFitWidth(DASHBOARD_WIDTHS),
  });
  const c = new SheetCursor(sheet);
  const p = input.profile;
  const labels = registerLabels(p);

  c.line([{ value: cellText(input.title), style: titleStyle }]);
  if (f.errors) notAssessedBanner(c, f);
  c.line([
    {
      value:
        `Dashboard as of ${input.asOf}: ${counted(f.scored, "deal")} scored` +
        (f.errors ? `; ${counted(f.errors, "input row")} could not be scored (see Input errors)` : ""),
      style: subtitleStyle,
    },
  ]);
  c.skip();
  writeBoardSummary(c, input, f);

  // Counts by band (left) and by decision (right), side by side.
  const top = c.row;
  c.put(top, 1, "Deals by band", { font: { bold: true, size: 12, color: { argb: "FF1F3864" } } });
  ["Band", "Inherent", "Residual"].forEach((h, i) => c.put(top + 1, 1 + i, h, header));
  (["low", "medium", "high", "critical"] as BandId[]).forEach((b, i) => {
    c.put(top + 2 + i, 1, labels.band(b), coloured(bandColours[b]));
    c.put(top + 2 + i, 2, f.inherentBands[b], count);
    c.put(top + 2 + i, 3, f.residualBands[b], count);
  });

  c.put(top, RIGHT, "Deals by decision", { font: { bold: true, size: 12, color: { argb: "FF1F3864" } } });
  ["Decision", "Deals", "Share"].forEach((h, i) => c.put(top + 1, RIGHT + i, h, header));
  // Strongest first, and only the decisions the profile has (version 1 has no decline).
  const decisions = (["stop", "decline", "escalate", "proceed-with-conditions", "proceed"] as DecisionId[]).filter((d) =>
    p.decisions.some((x) => x.id === d),
  );
  decisions.forEach((d, i) => {
    c.put(top + 2 + i, RIGHT, labels.decision(d), coloured(decisionColours[d]));
    c.put(top + 2 + i, RIGHT + 1, f.decisions[d], count);
    // A stored fraction, not a formula: the workbook holds values only.
    c.put(top + 2 + i, RIGHT + 2, f.rows ? f.decisions[d] / f.rows : 0, { ...count, numFmt: "0%" });
  });
  // Rows in error are counted, as not assessed, so the shares never read as an all-clear of the whole pipeline.
  const na = top + 2 + decisions.length;
  c.put(na, RIGHT, NOT_ASSESSED, { ...coloured(bannerColours), alignment: { horizontal: "left", vertical: "middle", wrapText: true } });
  c.put(na, RIGHT + 1, f.errors, count);
  c.put(na, RIGHT + 2, f.rows ? f.errors / f.rows : 0, { ...count, numFmt: "0%" });
  // Both totals on one row, below the longer of the two tables: bands count the assessed deals, decisions every row.
  const totalRow = top + 2 + Math.max(4, decisions.length + 1);
  c.put(totalRow, 1, "Total", { ...labelStyle, border: allBorders });
  c.put(totalRow, 2, f.scored, { ...count, font: { bold: true } });
  c.put(totalRow, 3, f.scored, { ...count, font: { bold: true } });
  c.put(totalRow, RIGHT, "Total", { ...labelStyle, border: allBorders });
  c.put(totalRow, RIGHT + 1, f.rows, { ...count, font: { bold: true } });
  c.row = Math.max(top + 8, totalRow + 2);

  const heatTop = c.row;
  heatMap(c, heatTop, 1, "Inherent risk: deals by likelihood and severity", f.inherentHeat, p);
  heatMap(c, heatTop, RIGHT, "Residual risk: deals by likelihood and severity", f.residualHeat, p);
  c.row = heatTop + 8;
  c.line([
    {
      value: "Each cell counts the deals with that likelihood (row) and severity (column); its colour is the band of L x S.",
      style: subtitleStyle,
    },
  ]);
  c.skip();

  c.section(`Top ${f.topResidual.length || 10} residual risks${f.errors ? " of the assessed deals" : ""}`);
  const topHeader = c.line(
    ["Deal ID", "End user", "Residual score", "Residual band", "Inherent score", "Decision", "", "Country", "Capability"].map((h) =>
      h ? { value: h, style: header } : null,
    ),
  );
  sheet.mergeCells(topHeader, RIGHT + 1, topHeader, RIGHT + 5);
  sheet.getRow(topHeader).height = 30;
  for (const t of f.topResidual) {
    const a = t.assessment;
    const r = c.line([
      { value: cellText(t.deal.id), style: { ...boxed, numFmt: "@" } },
      { value: cellText(endUserName(t.deal)), style: { ...boxed, numFmt: "@" } },
      { value: a.residual.score, style: coloured(bandColours[a.residual.band]) },
      { value: labels.band(a.residual.band), style: coloured(bandColours[a.residual.band]) },
      { value: a.inherent.score, style: count },
      { value: labels.decision(a.decision), style: coloured(decisionColours[a.decision]) },
      null,
      { value: a.destination.name, style: boxed },
      { value: labels.capability(t.deal.capability), style: boxed },
    ]);
    sheet.mergeCells(r, RIGHT + 1, r, RIGHT + 5);
  }
  if (!f.topResidual.length) c.line([{ value: "No deals scored.", style: boxed }]);
  if (f.errors) notAssessedList(c, f, labels);
  c.skip();

  const expTop = c.row;
  const endLeft = exposureTable(c, expTop, 1, "Exposure by country", f.exposureByCountry, (l) => l.label);
  const endRight = exposureTable(c, expTop, RIGHT, "Exposure by capability", f.exposureByCapability, (l) => labels.capability(l.key));
  c.row = Math.max(endLeft, endRight) + 1;

  oneClauseAway(c, f, labels);

  c.section(`Hard stops (${formatCount(f.hardStopCount)})`);
  if (!f.hardStopCount) {
    c.line([
      {
        value: f.errors
          ? `No assessed deal meets a hard stop, and none follows from what could be read of the ${formatCount(f.errors)} deals not assessed: fix them and score again.`
          : "No deal meets a hard stop.",
        style: boxed,
      },
    ]);
  } else {
    c.line(["Deal ID", "Customer", "Country", "Reason"].map((h) => ({ value: h, style: header })));
    sheet.mergeCells(c.row - 1, 4, c.row - 1, 13);
    for (const h of f.hardStops) {
      const reason = cellText(h.reasons.join("\n"));
      const r = c.line([
        { value: cellText(h.id), style: { ...boxed, numFmt: "@" } },
        { value: cellText(h.customer), style: { ...boxed, numFmt: "@" } },
        { value: h.country, style: boxed },
        { value: reason, style: boxed },
      ]);
      sheet.mergeCells(r, 4, r, 13);
      // Merged cells do not grow with wrapped text: size the row for the reason.
      sheet.getRow(r).height = 15 * Math.max(h.reasons.length, Math.ceil(reason.length / 110), 1) + 2;
    }
    if (f.hardStopCount > f.hardStops.length) {
      c.line([
        {
          value: `... and ${formatCount(f.hardStopCount - f.hardStops.length)} more: filter the Register by Decision = Stop.`,
          style: subtitleStyle,
        },
      ]);
    }
  }
  writeSignOffBlocks(c, input);
  fitRowHeights(sheet, 1, c.row);
  keepTablesTogether(sheet, c.row - 1, scaleToFitWidth(DASHBOARD_WIDTHS));
  finishSheet(sheet);
}

/** The deals one more clause would move to a better decision, with the clause: the quickest wins for the board. */
function oneClauseAway(c: SheetCursor, f: DashboardFigures, labels: ReturnType<typeof registerLabels>): void {
  c.section(`One clause from a better decision (${formatCount(f.oneClauseAwayCount)})`);
  if (!f.oneClauseAwayCount) {
    c.line([{ value: "No deal is one clause away from a better decision.", style: boxed }]);
    c.skip();
    return;
  }
  c.line(["Deal ID", "Customer", "Decision", "With the clause", "Clause to add"].map((h) => ({ value: h, style: header })));
  c.sheet.mergeCells(c.row - 1, 5, c.row - 1, 13);
  for (const l of f.oneClauseAway) {
    const r = c.line([
      { value: cellText(l.id), style: { ...boxed, numFmt: "@" } },
      { value: cellText(l.customer), style: { ...boxed, numFmt: "@" } },
      { value: labels.decision(l.decision), style: coloured(decisionColours[l.decision]) },
      { value: labels.decision(l.to), style: coloured(decisionColours[l.to]) },
      { value: labels.mitigation(l.clause), style: boxed },
    ]);
    c.sheet.mergeCells(r, 5, r, 13);
  }
  if (f.oneClauseAwayCount > f.oneClauseAway.length) {
    c.line([
      {
        value: `... and ${formatCount(f.oneClauseAwayCount - f.oneClauseAway.length)} more: see the Path to proceed column of the Register.`,
        style: subtitleStyle,
      },
    ]);
  }
  c.skip();
}

/** "1 deal", "2 deals": a board reads the count as written. */
function counted(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? "" : "s"}`;
}
