import type { ColumnMapping } from "../core/intake/detectHeader";
import { columnReportLines, describeColumns } from "../core/intake/describeColumns";

/** Every column recognised and every column not read, on stderr: a dropped column is never silent. */
export function reportColumns(mapping: ColumnMapping): void {
  process.stderr.write(columnReportLines(describeColumns(mapping)).join("\n") + "\n");
}
