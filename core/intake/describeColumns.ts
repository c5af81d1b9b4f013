import { crmColumnsNotUsed, fieldLabel } from "./columns";
import type { ColumnMapping } from "./detectHeader";
import { columnLetter } from "./detectHeader";
import { headerCandidates } from "../mapping/proposeColumns";
import { compactKey, normalizeKey } from "../text/normalizeKey";
import type { IntakeMapping } from "../mapping/intakeMapping";

const notUsed = new Set(crmColumnsNotUsed.map(compactKey));

export interface ColumnReport {
  recognised: Array<{ column: string; header: string; field: string }>;
  /** Columns not read by the assessment, with why, and the fields an ambiguous header could feed. */
  ignored: Array<{ column: string; header: string; why: string }>;
}

/** Every column of a mapping, recognised or ignored, for the CLI summary, the pane and the register's Read me. */
export function describeColumns(mapping: ColumnMapping, intake?: IntakeMapping): ColumnReport {
  const report: ColumnReport = { recognised: [], ignored: [] };
  for (const c of mapping.columns) {
    if (!c.header) continue;
    const column = columnLetter(c.index);
    if (c.field) {
      report.recognised.push({ column, header: c.header, field: fieldLabel[c.field] });
      continue;
    }
    const candidates = headerCandidates(c.header);
    const why =
      intake?.columns.get(normalizeKey(c.header)) === null
        ? "not used, as your mapping file says"
        : notUsed.has(compactKey(c.header))
          ? "a CRM field the assessment does not use"
          : candidates.length
            ? `not used - could be ${candidates.map((f) => fieldLabel[f]).join(" or ")}; say which in a mapping file`
            : "not recognised - carried through unchanged";
    report.ignored.push({ column, header: c.header, why });
  }
  return report;
}

/** The report as lines of text. */
export function columnReportLines(r: ColumnReport): string[] {
  return [
    `Columns read: ${r.recognised.map((c) => `${c.header} (${c.column}) -> ${c.field}`).join("; ")}`,
    ...(r.ignored.length ? [`Columns not read: ${r.ignored.map((c) => `${c.header} (${c.column}): ${c.why}`).join("; ")}`] : []),
  ];
}
