import { isIsoDate } from "../reference/isoDate";
import { cellText } from "./cellText";

/** Excel's serial day numbers count from 1899-12-30 (with its 1900 leap-year quirk already in the count). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * A deal's "As at" cell as YYYY-MM-DD: a date written YYYY-MM-DD, a Date (xlsx) or an Excel
 * serial day number (what the add-in reads from a date-formatted cell). Blank gives undefined;
 * anything else an error message, since guessing day and month order could date a deal wrongly.
 */
export function readAsAt(value: unknown): { asAt?: string; error?: string } {
  if (typeof value === "number" && Number.isInteger(value) && value > 0 && value < 2_958_466) {
    return { asAt: new Date(EXCEL_EPOCH + value * DAY).toISOString().slice(0, 10) };
  }
  const text = cellText(value);
  if (text === "") return {};
  if (isIsoDate(text)) return { asAt: text };
  return { error: `As at '${text}' is not a date - write it as YYYY-MM-DD (for example 2020-11-15)` };
}
