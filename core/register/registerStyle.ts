import type { Alignment, Border, Fill, Font, Style } from "exceljs";
import type { BandId, DecisionId } from "../model/types";

/** One look for every sheet: colours, fonts and number formats of the board register. */

const argb = (hex: string) => ({ argb: `FF${hex}` });

export const bandColours: Record<BandId, { fill: string; font: string }> = {
  low: { fill: "C6EFCE", font: "006100" },
  medium: { fill: "FFEB9C", font: "7F6000" },
  high: { fill: "F8CBAD", font: "843C0C" },
  critical: { fill: "C00000", font: "FFFFFF" },
};

export const decisionColours: Record<DecisionId, { fill: string; font: string }> = {
  proceed: bandColours.low,
  "proceed-with-conditions": bandColours.medium,
  escalate: bandColours.high,
  decline: bandColours.critical,
  stop: { fill: "7B0000", font: "FFFFFF" },
};

const NAVY = "1F3864";
export const solid = (hex: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: argb(hex), bgColor: argb(hex) });
/** Conditional formats take their fill from bgColor. */
export const dxfFill = (hex: string): Fill => ({ type: "pattern", pattern: "solid", bgColor: argb(hex) });
export const fontColour = (hex: string, bold = false): Partial<Font> => ({ color: argb(hex), bold });

const thin = { style: "thin" as const, color: argb("BFBFBF") };
export const grid: Partial<Border> = thin;
export const allBorders = { top: thin, left: thin, bottom: thin, right: thin };

export const titleStyle: Partial<Style> = { font: { bold: true, size: 16, color: argb(NAVY) } };
export const subtitleStyle: Partial<Style> = { font: { italic: true, size: 10, color: argb("595959") } };
export const sectionStyle: Partial<Style> = { font: { bold: true, size: 12, color: argb(NAVY) } };
export const headerStyle: Partial<Style> = {
  font: { bold: true, color: argb("FFFFFF") },
  fill: solid(NAVY),
  alignment: { vertical: "middle", wrapText: true },
  border: allBorders,
};
/** Header of the columns the risk owner fills in: a different colour says "yours to complete". */
export const ownerHeaderStyle: Partial<Style> = { ...headerStyle, fill: solid("2E75B6") };
export const labelStyle: Partial<Style> = { font: { bold: true }, alignment: { vertical: "top" } };
export const warningStyle: Partial<Style> = {
  font: { bold: true, color: argb("9C0006") },
  fill: solid("FFC7CE"),
  alignment: { wrapText: true, vertical: "top" },
};

export const wrapTop: Partial<Alignment> = { wrapText: true, vertical: "top" };
export const top: Partial<Alignment> = { vertical: "top" };

export const formats = {
  /** Text format: what a user later types here stays text too. */
  text: "@",
  integer: "0",
  money: "#,##0",
  date: "yyyy-mm-dd",
  percentile: "0.0",
};
