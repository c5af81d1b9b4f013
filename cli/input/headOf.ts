import { HEAD_ROWS, type TableRow } from "./tableRow";

/**
 * Pulls batches until the first HEAD_ROWS rows are in an array (index = row number - 1, gaps
 * empty) and returns the rows read past them, which the caller must hand on before the rest.
 */
export async function headOf(batches: AsyncIterator<TableRow[]>): Promise<{ head: unknown[][]; next: TableRow[]; done: boolean }> {
  const head: unknown[][] = [];
  for (;;) {
    const n = await batches.next();
    if (n.done) return { head: fill(head), next: [], done: true };
    const batch = n.value;
    for (let i = 0; i < batch.length; i++) {
      if (batch[i].number > HEAD_ROWS) return { head: fill(head), next: batch.slice(i), done: false };
      head[batch[i].number - 1] = batch[i].cells;
    }
  }
}

function fill(head: unknown[][]): unknown[][] {
  for (let i = 0; i < head.length; i++) head[i] ??= [];
  return head;
}

/**
 * The rows after `afterIndex` in batches: the rest of the head, the rows read past it, then the
 * stream's batches; each row cut to `width`. A batch is what one read of the file gave (thousands
 * of rows), so a reader loops over it without a promise per row.
 */
export async function* batchesAfter(
  head: unknown[][],
  next: TableRow[],
  rest: AsyncIterator<TableRow[]> | undefined,
  afterIndex: number,
  width: number,
): AsyncGenerator<TableRow[]> {
  const cut = (row: TableRow) => {
    if (row.cells.length > width) row.cells.length = width;
    return row;
  };
  const first: TableRow[] = [];
  for (let i = afterIndex + 1; i < head.length; i++) first.push(cut({ number: i + 1, cells: head[i] }));
  for (const row of next) first.push(cut(row));
  if (first.length) yield first;
  if (!rest) return;
  for (;;) {
    const n = await rest.next();
    if (n.done) return;
    if (width !== Infinity) for (const row of n.value) cut(row);
    yield n.value;
  }
}

/** The rows of batched input one by one, for readers that take a row at a time. */
export async function* rowsOf(batches: AsyncIterable<TableRow[]>): AsyncGenerator<TableRow> {
  for await (const batch of batches) yield* batch;
}
