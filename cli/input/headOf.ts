import { HEAD_ROWS, type TableRow } from "./tableRow";

/**
 * Pulls the first HEAD_ROWS rows of a stream into an array (index = row number - 1, gaps empty)
 * and returns the first row past them, which the caller must hand on before the rest.
 */
export async function headOf(rows: AsyncIterator<TableRow>): Promise<{ head: unknown[][]; next?: TableRow; done: boolean }> {
  const head: unknown[][] = [];
  for (;;) {
    const n = await rows.next();
    if (n.done) return { head: fill(head), done: true };
    if (n.value.number > HEAD_ROWS) return { head: fill(head), next: n.value, done: false };
    head[n.value.number - 1] = n.value.cells;
  }
}

function fill(head: unknown[][]): unknown[][] {
  for (let i = 0; i < head.length; i++) head[i] ??= [];
  return head;
}

/** The rows after `afterIndex`: the rest of the head, the row read past it, then the stream; each cut to `width`. */
export async function* rowsAfter(
  head: unknown[][],
  next: TableRow | undefined,
  rest: AsyncIterator<TableRow> | undefined,
  afterIndex: number,
  width: number,
): AsyncGenerator<TableRow> {
  const cut = (cells: unknown[]) => {
    if (cells.length > width) cells.length = width;
    return cells;
  };
  for (let i = afterIndex + 1; i < head.length; i++) yield { number: i + 1, cells: cut(head[i]) };
  if (!next || !rest) return;
  yield { number: next.number, cells: cut(next.cells) };
  for (;;) {
    const n = await rest.next();
    if (n.done) return;
    yield n.value.cells.length > width ? { number: n.value.number, cells: cut(n.value.cells) } : n.value;
  }
}
