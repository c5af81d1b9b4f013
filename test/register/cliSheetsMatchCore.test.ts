import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { DEFAULT_REGISTER_TITLE } from "../../cli/commands/register";
import { runCli } from "./cliBuild";
import { AS_OF, csvRows, registerInputFor, SAMPLE, tempDir, writeStreaming } from "./registerTestKit";

async function sheetXml(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const out = new Map<string, string>();
  for (const [, name, id] of workbook.matchAll(/<sheet sheetId="\d+" name="([^"]+)"[^>]* r:id="(\w+)"/g)) {
    const target = new RegExp(`Id="${id}" Type="[^"]+" Target="([^"]+)"`).exec(rels)![1];
    out.set(name, await zip.file(`xl/${target}`)!.async("string"));
  }
  return out;
}

describe("the command line's register", () => {
  it("has the same Register sheet, byte for byte, and the same Partners rows as core's register written by exceljs alone", async () => {
    const dir = await tempDir();
    try {
      const cli = path.join(dir, "cli.xlsx");
      const core = path.join(dir, "core.xlsx");
      expect(runCli(["register", SAMPLE, "-o", cli, "--as-of", AS_OF]).code).toBe(1); // the sample has rows in error
      await writeStreaming(registerInputFor(csvRows(SAMPLE), DEFAULT_REGISTER_TITLE), core);
      const [a, b] = [await sheetXml(cli), await sheetXml(core)];
      expect(a.get("Register")!.length).toBeGreaterThan(100_000);
      expect(a.get("Register")).toBe(b.get("Register"));
      // The command line's Read me and Dashboard carry more (the audit line), so later sheets number their styles on from a different point.
      const withoutStyleIds = (xml: string | undefined) => xml?.replace(/ (s|style)="\d+"/g, "");
      expect(a.get("Partners")!.length).toBeGreaterThan(5_000);
      expect(withoutStyleIds(a.get("Partners"))).toBe(withoutStyleIds(b.get("Partners")));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
