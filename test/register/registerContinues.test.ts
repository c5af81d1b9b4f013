import * as path from "path";
import ExcelJS from "exceljs";
import { startRegister } from "../../core";
import { readPreviousSnapshot } from "../../cli/registerExtras";
import { csvRows, registerInputFor, readWithOpenpyxl, SAMPLE, tempDir } from "./registerTestKit";

/**
 * Excel holds 1,048,576 rows a sheet; the register continues on "Register (2)". The limit is made
 * small here (rowLimit) so the same code path runs on the sample pipeline.
 */
describe("a register with more deals than one sheet holds", () => {
  test("continues in input order on 'Register (2)', 'Register (3)', placed after 'Register', and the Read me says so; the Snapshot continues too", async () => {
    const { results, ...meta } = registerInputFor(csvRows(SAMPLE));
    const file = path.join(await tempDir(), "split.xlsx");
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    // 30 rows a sheet: the header and 29 deals.
    const register = startRegister(book, meta, { rowLimit: 30 });
    for (const r of results) await register.add(r);
    const summary = await register.finish();
    await book.commit();

    const scored = results.filter((r) => r.status === "ok");
    expect(summary.registerSheets).toEqual(["Register", "Register (2)", "Register (3)"]);
    const b = readWithOpenpyxl(file);
    expect(b.sheets.map((s: { name: string }) => s.name)).toEqual([
      "Read me",
      "Dashboard",
      "Register",
      "Register (2)",
      "Register (3)",
      "Partners",
      "Methodology",
      "Reference data",
      "Input errors",
      "Snapshot",
      "Snapshot (2)",
      "Snapshot (3)",
    ]);
    // The snapshot (marker, register row, one row per deal) continues the same way and reads back whole.
    const previous = await readPreviousSnapshot(file);
    expect(previous.deals.map((d) => d.id)).toEqual(scored.map((r) => r.id.trim()));
    expect(previous.errors).toHaveLength(results.length - scored.length);
    const ids = ["Register", "Register (2)", "Register (3)"].flatMap((name) => {
      const sheet = b.sheets.find((s: { name: string }) => s.name === name);
      return sheet!.rows.slice(1).map((row: Array<[unknown, string]>) => row[0][0]);
    });
    expect(ids).toEqual(scored.map((r) => r.id));
    const readMe = JSON.stringify(b.sheets.find((s: { name: string }) => s.name === "Read me")!.rows);
    expect(readMe).toMatch(/'Register', 'Register \(2\)', 'Register \(3\)' - more deals than one sheet holds/);
  });
});
