import { createWriteStream, existsSync, mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { closeStream } from "../../cli/output/closeStream";

/**
 * A failed register run removes its temporary workbook. The workbook's file stream opens its file
 * on a worker thread; were the file removed while that open was pending, the open would create it
 * again afterwards and leave it behind. closeStream resolves only once the stream is closed, that
 * is after its open has completed, so a removal that follows it is final.
 */
describe("closing a file stream that failed work leaves behind", () => {
  test("a stream closed right after it was created has opened and closed its file when closeStream resolves", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "export-risk-close-"));
    try {
      for (let i = 0; i < 20; i++) {
        const file = path.join(dir, `book-${i}.xlsx.tmp`);
        const stream = createWriteStream(file);
        stream.write("partial");
        await closeStream(stream);
        expect(stream.closed).toBe(true);
        // The open has happened: the file is there to be removed, and once removed it stays removed.
        expect(existsSync(file)).toBe(true);
        rmSync(file);
        await new Promise((r) => setTimeout(r, 5));
        expect(existsSync(file)).toBe(false);
      }
      // A stream already closed, or none, is left as it is.
      await expect(closeStream(undefined)).resolves.toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
