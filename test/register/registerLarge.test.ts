import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { writePipelineCsv } from "../../bench/distinctPipeline";
import { runCli } from "./cliBuild";

jest.setTimeout(300_000);

/** Rows per sheet of a workbook, read with exceljs's streaming reader (the file is too big to hold). */
async function sheetRowCounts(file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "ignore",
    hyperlinks: "ignore",
  });
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name: string }).name;
    counts[name] = 0;
    for await (const _row of sheet) counts[name]++;
  }
  return counts;
}

describe("register of a pipeline large enough that sheets queue behind each other in the zip", () => {
  test("40,000 deals: the workbook is written, with every deal on the Register and in the Snapshot", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "export-risk-large-register-"));
    try {
      const input = path.join(dir, "deals.csv");
      const out = path.join(dir, "register.xlsx");
      await writePipelineCsv(input, 40_000);
      const r = runCli(["register", input, "-o", out, "--as-of", "2026-11-30"]);
      expect(r.stderr).toContain(`Wrote ${out}: 40000 deals.`);
      expect(r.code).toBe(0);
      const counts = await sheetRowCounts(out);
      // Register: header + deals. Snapshot: marker, register row, one row per deal.
      expect(counts["Register"]).toBe(40_001);
      expect(counts["Snapshot"]).toBe(40_002);
      expect(counts["Partners"]).toBeGreaterThan(40_000);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
