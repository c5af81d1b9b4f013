import type { BandId } from "../../core";

/**
 * Cell colours for bands in the sheet (Excel needs literal colours; the pane itself uses Fluent tokens).
 * Light fills with dark text, readable in print and for colour-blind readers because the label is always written too.
 */
export const bandFill: Record<BandId, { fill: string; font: string }> = {
  low: { fill: "#C6EFCE", font: "#006100" },
  medium: { fill: "#FFEB9C", font: "#7F6000" },
  high: { fill: "#F8CBAD", font: "#843C0C" },
  critical: { fill: "#C00000", font: "#FFFFFF" },
};
