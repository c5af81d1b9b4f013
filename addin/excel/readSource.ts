import { markerPrefix, type NamedMarker } from "./planOutputColumns";
import { rangeFor, type SourceRef } from "./sourceRef";

/** Everything one round trip learns about the deals range and the sheet it sits on. */
export interface SourceSnapshot {
  sheet: string;
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: unknown[][];
  sheetProtected: boolean;
  markers: NamedMarker[];
  /** 0-based column just past the sheet's used range (0 for an empty sheet). */
  usedRightEdge: number;
}

export interface PendingSnapshot {
  /** Call after context.sync(): reads the loaded properties. */
  read(): SourceSnapshot;
}

/** Cells per request when a range is read in blocks: well under Excel on the web's ~5 MB response limit. */
export const cellsPerRead = 100_000;

/**
 * Reads a source in one round trip; when Excel answers that the response is too large (Excel on the
 * web refuses about 5 MB), reads the range's size, then its values in row blocks of `cellsPerRead`
 * cells with getRangeByIndexes, one round trip each (halved while a block is still too large).
 */
export async function readSourceSnapshot(
  context: Excel.RequestContext,
  ref: SourceRef,
  sync: () => Promise<void>,
  perRead = cellsPerRead,
): Promise<SourceSnapshot> {
  try {
    const pending = queueSourceRead(context, ref);
    await sync();
    return pending.read();
  } catch (err) {
    if (!isTooLarge(err)) throw err;
  }
  const pending = queueSourceRead(context, ref, false);
  await sync();
  const src = pending.read();
  const ws = context.workbook.worksheets.getItem(src.sheet);
  let rowsPerRead = Math.max(1, Math.floor(perRead / Math.max(1, src.columnCount)));
  const values: unknown[][] = [];
  for (let r = 0; r < src.rowCount;) {
    const count = Math.min(rowsPerRead, src.rowCount - r);
    const block = ws.getRangeByIndexes(src.rowIndex + r, src.columnIndex, count, src.columnCount);
    block.load("values");
    try {
      await sync();
    } catch (err) {
      // Long texts make even a block too large: halve the block and try again.
      if (!isTooLarge(err) || count === 1) throw err;
      rowsPerRead = Math.max(1, Math.floor(count / 2));
      continue;
    }
    values.push(...(block.values as unknown[][]));
    r += count;
  }
  return { ...src, values };
}

function isTooLarge(err: unknown): boolean {
  return (err as { code?: unknown })?.code === "ResponsePayloadSizeLimitExceeded";
}

/** Queues every read the pane needs about a source so that one context.sync() answers all of them. */
export function queueSourceRead(context: Excel.RequestContext, ref: SourceRef, withValues = true): PendingSnapshot {
  const range = rangeFor(context, ref);
  range.load(`${withValues ? "values," : ""}address,rowIndex,columnIndex,rowCount,columnCount`);
  const ws = range.worksheet;
  ws.load("name");
  ws.protection.load("protected");
  const names = ws.names;
  names.load("items/name,items/formula");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("isNullObject,columnIndex,columnCount");
  return {
    read: () => ({
      sheet: ws.name,
      address: range.address,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
      values: withValues ? (range.values as unknown[][]) : [],
      sheetProtected: ws.protection.protected,
      markers: names.items.filter((n) => n.name.startsWith(markerPrefix)).map((n) => ({ name: n.name, formula: String(n.formula) })),
      usedRightEdge: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
    }),
  };
}
