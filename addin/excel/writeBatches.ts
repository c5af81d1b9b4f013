/**
 * Splits rows into consecutive blocks whose JSON size stays under a budget. Excel rejects a request
 * over about 5 MB, so each block is sent in its own sync; everything else in a write is queued with
 * the first block. A typical 10,000-deal pipeline fits in one or two blocks.
 */
export const requestBudgetChars = 3_500_000;

export interface RowBlock {
  start: number;
  end: number; // exclusive
}

export function blocksUnderBudget(rows: readonly unknown[][], budget = requestBudgetChars): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let size = 0;
  rows.forEach((row, i) => {
    const rowSize = JSON.stringify(row).length + 1;
    if (i > start && size + rowSize > budget) {
      blocks.push({ start, end: i });
      start = i;
      size = 0;
    }
    size += rowSize;
  });
  if (rows.length > start) blocks.push({ start, end: rows.length });
  return blocks;
}
