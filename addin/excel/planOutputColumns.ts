import { cellAddress, columnLetters, parseCellReference } from "./a1";
import { resultColumns } from "./resultColumns";

/**
 * Where the tool's result columns go, decided from plain data so it is tested without Excel.
 * The tool marks each column it creates with a sheet-level named item on the column's header cell
 * ("ExportRisk_Decision_1"); a name follows its cell when the user inserts or moves columns, and
 * travels with the file. A column is the tool's only if such a name points at its header cell:
 * a header that merely reads like the tool's belongs to the user and is never overwritten.
 */

export const markerPrefix = "ExportRisk_";

export interface SourceGeometry {
  sheet: string;
  /** 0-based sheet row of the header row. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  headers: readonly string[];
}

export interface NamedMarker {
  name: string;
  formula: string;
}

/** A column the tool writes: its key (used in the marker name, letters only) and its header. */
export interface ToolColumn<K extends string = string> {
  key: K;
  header: string;
}

export interface PlannedColumn<K extends string = string> {
  key: K;
  header: string;
  /** 0-based sheet column. */
  column: number;
  /** True when a marker already owns it (an earlier run); false when this run creates it. */
  existing: boolean;
  name: string;
}

export interface ColumnConflict {
  column: number;
  address: string;
  header: string;
  message: string;
}

export interface OutputPlan<K extends string = string> {
  columns: PlannedColumn<K>[];
  /** Per source column: false for the tool's own columns (of any kind), which are never read as input. */
  inputColumns: boolean[];
  /** The user's columns that carry one of the tool's headers. */
  conflicts: ColumnConflict[];
  /** New columns that land inside the sheet's used range: their cells must be read to prove them empty. */
  mustBeEmpty?: { firstColumn: number; columnCount: number };
  /** The tool's markers whose column was deleted (#REF!): removed on the next write. */
  staleNames: string[];
}

export interface PlanOptions {
  /** The user agreed to put new columns after all the sheet's data instead of next to the table. */
  afterUsedRange: boolean;
  /** 0-based column just past the sheet's used range. */
  usedRightEdge: number;
}

const keyOfName = new RegExp(`^${markerPrefix}([A-Za-z]+)_(\\d+)$`);

/**
 * `set` is the kind of columns being written (the score columns by default, or the screening columns);
 * the tool's columns of another kind on the same header row are neither input nor overwritten.
 */
export function planOutputColumns<K extends string = (typeof resultColumns)[number]["key"]>(
  src: SourceGeometry,
  markers: readonly NamedMarker[],
  opts: PlanOptions,
  set: readonly ToolColumn<K>[] = resultColumns as unknown as readonly ToolColumn<K>[],
): OutputPlan<K> {
  const owned = new Map<K, { column: number; name: string }>();
  const ownedColumns = new Set<number>();
  const otherToolColumns = new Set<number>();
  const staleNames: string[] = [];
  let highestSuffix = 0;
  const keys = new Set<string>(set.map((c) => c.key));
  for (const m of markers) {
    const k = keyOfName.exec(m.name);
    if (!k) continue;
    const ref = parseCellReference(m.formula);
    if (!keys.has(k[1])) {
      if (ref && ref.sheet === src.sheet && ref.row === src.rowIndex) otherToolColumns.add(ref.column);
      continue;
    }
    highestSuffix = Math.max(highestSuffix, Number(k[2]));
    if (!ref) {
      if (m.formula.includes("#REF!")) staleNames.push(m.name);
      continue;
    }
    if (ref.sheet !== src.sheet || ref.row !== src.rowIndex) continue; // marks another table's columns
    const key = k[1] as K;
    if (owned.has(key) || ownedColumns.has(ref.column)) continue;
    owned.set(key, { column: ref.column, name: m.name });
    ownedColumns.add(ref.column);
  }

  const sourceRight = src.columnIndex + src.columnCount;
  const inputColumns = src.headers.map((_, i) => !ownedColumns.has(src.columnIndex + i) && !otherToolColumns.has(src.columnIndex + i));

  const toolHeaders = new Map(set.map((c) => [c.header.toLowerCase(), c.header] as const));
  const conflicts: ColumnConflict[] = [];
  src.headers.forEach((h, i) => {
    const column = src.columnIndex + i;
    const header = toolHeaders.get(String(h).trim().toLowerCase());
    if (header && !ownedColumns.has(column)) {
      const address = `${src.sheet}!${cellAddress(src.rowIndex, column)}`;
      conflicts.push({
        column,
        address,
        header,
        message: `Column ${columnLetters(column)} ('${header}') was not created by this tool, so it is left as it is.`,
      });
    }
  });

  // New columns go after the tool's other columns too, so scoring and screening sit side by side.
  let next = Math.max(sourceRight, ...[...ownedColumns, ...otherToolColumns].map((c) => c + 1));
  if (opts.afterUsedRange) next = Math.max(next, opts.usedRightEdge);
  const firstNew = next;
  let suffix = highestSuffix;
  const columns: PlannedColumn<K>[] = set.map((c) => {
    const o = owned.get(c.key);
    if (o) return { key: c.key, header: c.header, column: o.column, existing: true, name: o.name };
    suffix += 1;
    return { key: c.key, header: c.header, column: next++, existing: false, name: `${markerPrefix}${c.key}_${suffix}` };
  });
  const newCount = next - firstNew;
  const mustBeEmpty = newCount > 0 && firstNew < opts.usedRightEdge ? { firstColumn: firstNew, columnCount: newCount } : undefined;
  return { columns, inputColumns, conflicts, mustBeEmpty, staleNames };
}
