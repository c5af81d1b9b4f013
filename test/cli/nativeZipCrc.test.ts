import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import crc32 from "crc-32";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { nativeCrcBuf, enableNativeZipCrc } from "../../cli/output/nativeZipCrc";

const nativeCrc = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
const itWithNativeCrc = nativeCrc ? it : it.skip;

describe("the zip writer's checksum from Node's zlib", () => {
  itWithNativeCrc("equals crc-32's for any bytes, chained from any earlier checksum, and from its first-call seed", () => {
    const fast = nativeCrcBuf(nativeCrc!);
    const original = crc32.buf.bind(crc32);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 3000 }), (a, b) => {
        const first = Buffer.from(a);
        const second = Buffer.from(b);
        // crc32-stream seeds its first call with a zeroed 4-byte Buffer.
        const seed = Buffer.alloc(4);
        expect(fast(first, seed)).toBe(original(first, seed as unknown as number));
        expect(fast(second, fast(first, seed))).toBe(original(second, original(first, seed as unknown as number)));
      }),
    );
  });

  itWithNativeCrc("writes a workbook whose every part passes the zip checksum check", async () => {
    expect(enableNativeZipCrc()).toBe(true);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "zip-crc-"));
    try {
      const file = path.join(dir, "book.xlsx");
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
      const sheet = book.addWorksheet("Rows");
      for (let i = 0; i < 20_000; i++) sheet.addRow([`row ${i} é 😀`, i, i * 0.5]).commit();
      sheet.commit();
      await book.commit();
      const zip = await JSZip.loadAsync(await fs.readFile(file), { checkCRC32: true });
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      expect(xml).toContain("row 19999 é 😀");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
