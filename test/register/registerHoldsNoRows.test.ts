import { promises as fs } from "fs";
import * as path from "path";
import { runInNewContext } from "vm";
import { setFlagsFromString } from "v8";
import ExcelJS from "exceljs";
import { createDealScorer, provenanceOf, registerInputFromScore, requireHeader, startRegister } from "../../core";
import { loadContext } from "../../cli/loadContext";
import { fileSpool } from "../../cli/output/fileSpool";
import { writePipelineCsv } from "../../bench/distinctPipeline";
import { csvRows, tempDir } from "./registerTestKit";

jest.setTimeout(240_000);

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Live heap after full collections, in MB. */
function liveMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/**
 * What the register keeps of each row, measured where it is decided: the live heap of a register
 * being built from a screened pipeline with every other row in error, after 10,000 rows and again
 * after 60,000. The lines the Input errors, screened Partners and Snapshot sheets list of each row
 * wait in spools (temporary files, as on the command line): the heap grows by about 8 MB. With the
 * same spools in memory it grows by about 40 MB, and the test fails.
 */
describe("a register being built holds nothing per row", () => {
  test("live heap after 60,000 rows (half in error, screened) is within 20 MB of that after 10,000", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "deals.csv");
    await writePipelineCsv(file, 60_000);
    const list = path.join(dir, "watch.csv");
    await fs.writeFile(list, ["Name", ...Array.from({ length: 300 }, (_, i) => `Watch Entity ${i} Trading LLC`)].join("\n") + "\n");
    const rows = csvRows(file);
    await fs.rm(file);
    const category = rows[0].indexOf("Product category");
    for (let i = 2; i < rows.length; i += 2) rows[i][category] = "Widgetry";

    const ctx = await loadContext({ asAt: "2026-11-30", screening: { list: [list], listAsOf: "2026-11-01" } });
    const mapping = requireHeader([rows[0]]);
    const scorer = createDealScorer(mapping, ctx);
    const { results: _none, ...meta } = registerInputFromScore({ results: [], provenance: provenanceOf(ctx) }, ctx, {
      title: "Held rows",
      asOf: "2026-11-30",
    });
    const out = path.join(dir, "register.xlsx");
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: false });
    const spools: ReturnType<typeof fileSpool>[] = [];
    const spool = () => {
      const made = fileSpool();
      spools.push(made);
      return made;
    };
    const register = startRegister(book, meta, { spool, pause: () => new Promise((r) => setImmediate(r)), pauseEvery: 25 });
    let early = 0;
    try {
      for (let i = 1; i < rows.length; i++) {
        const scored = scorer.score(rows[i], i + 1);
        if (scored) await register.add(scored);
        // Released as they go, so the test's own copy of the table does not count.
        rows[i] = [];
        if (i === 10_000) early = liveMb();
      }
      const late = liveMb();
      expect(late - early).toBeLessThan(20);
      const summary = await register.finish();
      await book.commit();
      expect(summary.errors).toBe(30_000);
      expect(summary.scored).toBe(30_000);
    } finally {
      for (const s of spools) s.dispose();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
