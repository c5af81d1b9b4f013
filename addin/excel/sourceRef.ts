/** Which cells hold the deals: an Excel table, the current selection, the used range of a sheet, or a fixed range. */
export type SourceRef =
  | { kind: "table"; name: string }
  | { kind: "selection" }
  | { kind: "usedRange"; sheet?: string }
  | { kind: "range"; sheet: string; address: string };

export function describeSource(ref: SourceRef): string {
  switch (ref.kind) {
    case "table":
      return `table ${ref.name}`;
    case "selection":
      return "the selected cells";
    case "usedRange":
      return ref.sheet ? `the used range of sheet '${ref.sheet}'` : "the used range of the active sheet";
    case "range":
      return `${ref.sheet}!${ref.address}`;
  }
}

/** Queues the range for `ref`; nothing is read until the caller syncs. */
export function rangeFor(context: Excel.RequestContext, ref: SourceRef): Excel.Range {
  const wb = context.workbook;
  switch (ref.kind) {
    case "table":
      return wb.tables.getItem(ref.name).getRange();
    case "selection":
      return wb.getSelectedRange();
    case "usedRange":
      return (ref.sheet ? wb.worksheets.getItem(ref.sheet) : wb.worksheets.getActiveWorksheet()).getUsedRange(true);
    case "range":
      return wb.worksheets.getItem(ref.sheet).getRange(ref.address);
  }
}
