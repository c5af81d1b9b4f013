import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../register/cliBuild";
import { SAMPLE, tempDir } from "../register/registerTestKit";

describe("register --previous with a file that is not an earlier register", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it("a CSV named .xlsx is refused in the tool's own words, naming the file, and no register is written", async () => {
    const previous = path.join(dir, "last-quarter.xlsx");
    await fs.writeFile(previous, "Deal ID,Customer\nD-1,Acme\n");
    const out = path.join(dir, "register.xlsx");
    const r = runCli(["register", SAMPLE, "-o", out, "--previous", previous]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`previous register '${previous}' is not an .xlsx workbook (it is not a zip file)`);
    expect(r.stderr).not.toMatch(/signature|0x[0-9a-f]+/i);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it("a workbook without the embedded snapshot says only a register can be compared with", async () => {
    const previous = path.join(dir, "someone-elses.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Deals").addRow(["Deal ID", "Customer"]);
    await book.xlsx.writeFile(previous);
    const out = path.join(dir, "register-2.xlsx");
    const r = runCli(["register", SAMPLE, "-o", out, "--previous", previous]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("only a register made by this version of export-risk or later can be compared with");
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
