import { randomBytes } from "crypto";
import { closeSync, openSync, readSync, rmSync, writeSync } from "fs";
import * as os from "os";
import * as path from "path";
import { StringDecoder } from "string_decoder";
import type { SnapshotSpool } from "../../core";
import { removeOnExit } from "../writeFileAtomic";

const CHUNK = 1 << 20;

/**
 * A SnapshotSpool in a temporary file: lines are written in 1 MB blocks as they come and read back
 * once, so the register holds no per-deal text however many rows it has. The lines are JSON texts
 * (no raw line breaks), one per line. `dispose` removes the file; call it whatever happens (an
 * interrupted run removes it on its way out).
 */
export function fileSpool(): SnapshotSpool & { dispose(): void } {
  const file = path.join(os.tmpdir(), `export-risk-snapshot-${process.pid}-${randomBytes(6).toString("hex")}.ndjson`);
  // "wx+": a new file only, never one someone else placed under that name.
  let fd: number | undefined = openSync(file, "wx+", 0o600);
  const release = removeOnExit(file);
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (!size || fd === undefined) return;
    writeSync(fd, parts.join(""));
    parts = [];
    size = 0;
  };
  return {
    add(line) {
      parts.push(line, "\n");
      size += line.length + 1;
      if (size >= CHUNK) flush();
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
