import type { ColumnMapping } from "../core";
import { columnReportLines, describeColumns } from "../core";
import type { IntakeMapping } from "../core";

/**
 * Every column recognised and every column not read, on stderr: a dropped column is never silent.
 * `unreadOnly`: only the columns not read (a command about one deal, whose reader needs no list of
 * the columns that were read).
 */
export function reportColumns(mapping: ColumnMapping, intake?: IntakeMapping, unreadOnly = false): void {
  const lines = columnReportLines(describeColumns(mapping, intake));
  const shown = unreadOnly ? lines.slice(1) : lines;
  if (shown.length) process.stderr.write(shown.join("\n") + "\n");
}
