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

/** Queues every read the pane needs about a source so that one context.sync() answers all of them. */
export function queueSourceRead(context: Excel.RequestContext, ref: SourceRef): PendingSnapshot {
  const range = rangeFor(context, ref);
  range.load("values,address,rowIndex,columnIndex,rowCount,columnCount");
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
      values: range.values as unknown[][],
      sheetProtected: ws.protection.protected,
      markers: names.items.filter((n) => n.name.startsWith(markerPrefix)).map((n) => ({ name: n.name, formula: String(n.formula) })),
      usedRightEdge: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
    }),
  };
}
