import type { ColumnMapping } from "../core";
import { columnReportLines, describeColumns } from "../core";
import type { IntakeMapping } from "../core";

/** Every column recognised and every column not read, on stderr: a dropped column is never silent. */
export function reportColumns(mapping: ColumnMapping, intake?: IntakeMapping): void {
  process.stderr.write(columnReportLines(describeColumns(mapping, intake)).join("\n") + "\n");
}
