/**
 * The floor for the streaming benchmarks: reads a deal CSV with the command line's own reader and
 * writes every row back as CSV, with no scoring. `node floorCopy.js IN OUT` (bundled by bench/streaming.ts).
 */
import { openTableSource } from "../cli/input/openTableSource";
import { csvLine } from "../cli/output/csvLine";
import { fileSink } from "../cli/output/textSink";

async function copy(input: string, output: string): Promise<void> {
  const source = await openTableSource(input, undefined, () => true);
  const sink = fileSink(output);
  for (const row of source.head.slice(0, 1)) await sink.write(csvLine(row));
  for await (const row of source.rows(0)) {
    const p = sink.write(csvLine(row.cells));
    if (p) await p;
  }
  await sink.end();
}

if (require.main === module) {
  copy(process.argv[2], process.argv[3]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
