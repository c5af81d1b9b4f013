import { randomBytes } from "crypto";
import { closeSync, openSync, readSync, rmSync, writeSync } from "fs";
import * as os from "os";
import * as path from "path";
import { removeOnExit } from "../writeFileAtomic";

const CHUNK = 1 << 20;

/** Texts kept in a temporary file, each read back by the number `add` gave it. */
export interface FileRecords {
  /** Stores a text; returns its number (0, 1, 2...). */
  add(text: string): number;
  /** The text stored under `n`. */
  get(n: number): string;
  /** Closes and removes the file; call it whatever happens (an interrupted run removes it on its way out). */
  dispose(): void;
}

/**
 * Texts in a temporary file, written in 1 MB blocks as they come and read back one at a time in any
 * order: a million previous deals cost a number each in memory (their end in the file), not their
 * text. Reads come from the page cache, a few microseconds each.
 */
export function fileRecords(): FileRecords {
  const file = path.join(os.tmpdir(), `export-risk-records-${process.pid}-${randomBytes(6).toString("hex")}.bin`);
  // "wx+": a new file only, never one someone else placed under that name.
  let fd: number | undefined = openSync(file, "wx+", 0o600);
  const release = removeOnExit(file);
  const block = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  /** Bytes already in the file. */
  let flushed = 0;
  /** Where each text ends, in bytes from the start of the file. */
  let ends = new Float64Array(1024);
  let count = 0;
  let scratch = Buffer.allocUnsafe(4096);
  const open = (): number => {
    if (fd === undefined) throw new Error("the temporary file of records was already removed");
    return fd;
  };
  const flush = () => {
    if (!used) return;
    writeSync(open(), block, 0, used, flushed);
    flushed += used;
    used = 0;
  };
  return {
    add(text) {
      const bytes = Buffer.byteLength(text, "utf8");
      if (used + bytes > CHUNK) flush();
      if (bytes > CHUNK) {
        writeSync(open(), text, flushed, "utf8");
        flushed += bytes;
      } else used += block.write(text, used, "utf8");
      if (count === ends.length) {
        const grown = new Float64Array(ends.length * 2);
        grown.set(ends);
        ends = grown;
      }
      ends[count] = (count ? ends[count - 1] : 0) + bytes;
      return count++;
    },
    get(n) {
      if (!Number.isInteger(n) || n < 0 || n >= count) throw new RangeError(`no record ${n}`);
      const start = n ? ends[n - 1] : 0;
      const length = ends[n] - start;
      if (start >= flushed) return block.toString("utf8", start - flushed, start - flushed + length);
      if (start + length > flushed) flush();
      if (scratch.length < length) scratch = Buffer.allocUnsafe(Math.max(length, scratch.length * 2));
      let got = 0;
      while (got < length) {
        const n = readSync(open(), scratch, got, length - got, start + got);
        if (n === 0) throw new Error("the temporary file of records ended early");
        got += n;
      }
      return scratch.toString("utf8", 0, length);
    },
    dispose() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      rmSync(file, { force: true });
      release();
    },
  };
}
