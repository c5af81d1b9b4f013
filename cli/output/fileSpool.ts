import { randomBytes } from "crypto";
import { closeSync, openSync, readSync, rmSync, writeSync } from "fs";
import * as os from "os";
import * as path from "path";
import { StringDecoder } from "string_decoder";
import type { LineSpool } from "../../core";
import { removeOnExit } from "../writeFileAtomic";

const CHUNK = 1 << 20;

/**
 * A LineSpool in a temporary file: lines are written in 1 MB blocks as they come and read back
 * once, so the register holds no per-deal text however many rows it has. The lines are JSON texts
 * (no raw line breaks), one per line. `dispose` removes the file; call it whatever happens (an
 * interrupted run removes it on its way out).
 */
export function fileSpool(): LineSpool & { dispose(): void } {
  const file = path.join(os.tmpdir(), `export-risk-snapshot-${process.pid}-${randomBytes(6).toString("hex")}.ndjson`);
  // "wx+": a new file only, never one someone else placed under that name.
  let fd: number | undefined = openSync(file, "wx+", 0o600);
  const release = removeOnExit(file);
  // Lines are encoded into a buffer as they come: held as strings until a block is full, they
  // would outlive the young generation and be copied by every collection on the way.
  const block = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const flush = () => {
    if (!used || fd === undefined) return;
    writeSync(fd, block, 0, used);
    used = 0;
  };
  return {
    add(line) {
      // Three bytes a UTF-16 unit at most, and the line break.
      if (used + line.length * 3 + 1 > CHUNK) {
        flush();
        if (line.length * 3 + 1 > CHUNK) {
          if (fd !== undefined) writeSync(fd, line + "\n");
          return;
        }
      }
      used += block.write(line, used, "utf8");
      block[used++] = 10;
    },
    *lines() {
      flush();
      if (fd === undefined) return;
      const buffer = Buffer.allocUnsafe(CHUNK);
      const decoder = new StringDecoder("utf8");
      let rest = "";
      let at = 0;
      for (;;) {
        const n = readSync(fd, buffer, 0, CHUNK, at);
        if (n === 0) break;
        at += n;
        const text = rest + decoder.write(buffer.subarray(0, n));
        const lines = text.split("\n");
        rest = lines.pop()!;
        yield* lines;
      }
      rest += decoder.end();
      if (rest) yield rest;
    },
    dispose() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      rmSync(file, { force: true });
      release();
    },
  };
}
