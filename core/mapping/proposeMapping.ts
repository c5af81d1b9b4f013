import { cellText, isBlankRow } from "../intake/cellText";
import { detectHeader } from "../intake/detectHeader";
import type { DealField } from "../intake/columns";
import type { ScoringContext } from "../scoring/context";
import { codedFields, listFields } from "./codedFields";
import type { MappingLine } from "./mappingSheet";
import { proposeColumns } from "./proposeColumns";
import { proposeValue } from "./proposeValues";

const listSplit = /[;,\n\r]+/;
const noneWords = new Set(["none", "no", "n/a", "na", "nil", "-", "0"]);

export interface MappingProposal {
  /** 0-based index of the row read as the header. */
  headerRow: number;
  lines: MappingLine[];
}

/** The header row: the detected deal header, or else the first row that is not blank. */
function headerRowOf(rows: readonly (readonly unknown[])[]): number {
  const detected = detectHeader(rows);
  if (detected) return detected.headerRow;
  const first = rows.findIndex((r) => !isBlankRow(r));
  return Math.max(0, first);
}

/** A proposal made a row at a time: only the distinct values of the coded columns are held, with their counts. */
export interface MappingProposer {
  /** 0-based index of the row read as the header. */
  headerRow: number;
  /** One row below the header. */
  add(cells: readonly unknown[]): void;
  finish(): MappingProposal;
}

/**
 * A proposer for a table whose first rows (`head`, where the header is looked for) are given:
 * `add` each row below the header, then `finish`. `proposeMapping` does it for a whole table.
 */
export function createMappingProposer(head: readonly (readonly unknown[])[], ctx: ScoringContext): MappingProposer {
  const headerRow = headerRowOf(head);
  const headers = (head[headerRow] ?? []).map((v) => cellText(v));
  const columnLines = proposeColumns(headers);
  const coded = new Set(codedFields);
  const tallies: { index: number; field: DealField; counts: Map<string, number> }[] = [];
  headers.forEach((header, index) => {
    const field = columnLines.find((l) => l.source === header)?.mapsTo as DealField | undefined;
    if (field && coded.has(field)) tallies.push({ index, field, counts: new Map() });
  });
  return {
    headerRow,
    add(cells) {
      for (const { index, field, counts } of tallies) {
        const text = cellText(cells[index]);
        if (!text) continue;
        const parts = listFields.has(field) ? text.split(listSplit).map((t) => t.trim()) : [text];
        for (const p of parts) if (p && !noneWords.has(p.toLowerCase())) counts.set(p, (counts.get(p) ?? 0) + 1);
      }
    },
    finish() {
      const lines: MappingLine[] = [...columnLines];
      for (const { field, counts } of tallies) {
        const values = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        for (const [text, n] of values) lines.push({ kind: "value", field, source: text, rows: n, ...proposeValue(field, text, ctx) });
      }
      return { headerRow, lines };
    },
  };
}

/**
 * Proposes a mapping for a pipeline: a line for every header and for every distinct value of the
 * columns that feed coded fields, with the catalogue id proposed, how sure, and a review mark
 * where it is not sure or two readings are possible.
 */
export function proposeMapping(rows: readonly (readonly unknown[])[], ctx: ScoringContext): MappingProposal {
  const proposer = createMappingProposer(rows, ctx);
  for (let r = proposer.headerRow + 1; r < rows.length; r++) proposer.add(rows[r] ?? []);
  return proposer.finish();
}
