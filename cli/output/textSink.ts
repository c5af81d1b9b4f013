import { createWriteStream } from "fs";
import { once } from "events";
import type { Writable } from "stream";
import { terminalText } from "../terminalText";
import { piecesBytes, type Piece } from "./pieces";

const FLUSH_AT = 1 << 16;
/** Bytes per write when text is encoded straight into a buffer: few large writes, each a few milliseconds of disk. */
const CHUNK_BYTES = 1 << 20;
/** The most UTF-8 bytes one UTF-16 code unit can take. */
const MAX_BYTES_PER_UNIT = 3;
/** Texts this long written again and again (the reference data of every JSON row) are encoded once. */
const SHARED_MIN = 2048;

/**
 * Text written in order to a stream, gathered into large writes and paced by the stream's
 * back-pressure: memory stays flat however many rows go by. Without a filter each text is encoded
 * as UTF-8 straight into a 1 MB buffer (no joined string, no second copy); with one (a terminal),
 * texts are gathered as strings into 64 KB writes and filtered.
 */
export class TextSink {
  private parts: string[] = [];
  private size = 0;
  private failed: Error | undefined;
  private buffer: Buffer | undefined;
  /** Buffers the stream has finished writing, filled again: a long run allocates a handful, not one per megabyte. */
  private spare: Buffer[] = [];
  private used = 0;
  private sharedText = "";
  private sharedBytes: Buffer | undefined;

  /** `filter` rewrites each chunk before it is written (control sequences stripped for a terminal). */
  constructor(
    private readonly stream: Writable,
    private readonly filter?: (text: string) => string,
  ) {
    stream.on("error", (e: Error) => (this.failed ??= e));
  }

  /** Resolves at once unless the buffer is flushed; await it so a slow disk or pipe slows the reading. */
  write(text: string): Promise<void> | undefined {
    if (this.filter) {
      this.parts.push(text);
      this.size += text.length;
      return this.size >= FLUSH_AT ? this.flush() : undefined;
    }
    if (text.length * MAX_BYTES_PER_UNIT > CHUNK_BYTES) return this.flush().then(() => this.send(text));
    if (this.used + text.length * MAX_BYTES_PER_UNIT > CHUNK_BYTES) return this.flush().then(() => void this.encode(text));
    this.encode(text);
    return undefined;
  }

  /**
   * One record's pieces, one after the other (pieces.ts): bytes are copied as they are, text is
   * encoded. The pieces are used before this returns or, when the buffer is flushed first, before
   * the returned promise resolves: the caller may refill the same list for its next record after that.
   */
  writePieces(pieces: readonly Piece[]): Promise<void> | undefined {
    let most = 0;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      most += typeof p === "string" ? p.length * MAX_BYTES_PER_UNIT : p.length;
    }
    if (this.filter || most > CHUNK_BYTES) return this.write(piecesBytes(pieces).toString("utf8"));
    if (this.used + most > CHUNK_BYTES) return this.flush().then(() => this.copyPieces(pieces));
    this.copyPieces(pieces);
    return undefined;
  }

  private copyPieces(pieces: readonly Piece[]): void {
    const buffer = (this.buffer ??= this.spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES));
    let used = this.used;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (typeof p === "string") used = writeText(buffer, used, p);
      else if (p.length > SHORT) {
        buffer.set(p, used);
        used += p.length;
      } else for (let j = 0; j < p.length; j++) buffer[used++] = p[j];
    }
    this.used = used;
  }

  private encode(text: string): void {
    this.buffer ??= this.spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    if (text.length >= SHARED_MIN) {
      // The same string as last time (usually the very same object): copy its bytes, encoded on its second use.
      if (text === this.sharedText) {
        this.sharedBytes ??= Buffer.from(text, "utf8");
        this.used += this.sharedBytes.copy(this.buffer, this.used);
        return;
      }
      this.sharedText = text;
      this.sharedBytes = undefined;
    }
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  async flush(): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.used) {
      const whole = this.buffer!;
      const chunk = whole.subarray(0, this.used);
      // The stream keeps the chunk until it is written: the next text goes into another buffer, and
      // this one is filled again once the stream reports it written.
      this.buffer = undefined;
      this.used = 0;
      await this.send(chunk, () => this.spare.push(whole));
    }
    if (!this.size) return;
    const joined = this.parts.join("");
    this.parts = [];
    this.size = 0;
    await this.send(this.filter ? this.filter(joined) : joined);
  }

  private async send(chunk: string | Buffer, written?: () => void): Promise<void> {
    if (this.failed) throw this.failed;
    const more = written ? this.stream.write(chunk, (e) => !e && written()) : this.stream.write(chunk);
    if (!more) await this.drained();
  }

  private drained(): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (e?: Error) => {
        this.stream.off("drain", done);
        this.stream.off("error", done);
        if (e) reject(e);
        else resolve();
      };
      this.stream.on("drain", done);
      this.stream.on("error", done);
    });
  }

  /** Flushes and closes a file stream (stdout stays open). */
  async end(): Promise<void> {
    await this.flush();
    if (this.stream === process.stdout) return;
    const closed = once(this.stream, "close");
    this.stream.end();
    await closed;
    if (this.failed) throw this.failed;
  }

  /** Discards a failed run's output; resolves once a file stream is closed (so its temp file can be removed). */
  async destroy(): Promise<void> {
    this.parts = [];
    this.buffer = undefined;
    this.used = 0;
    if (this.stream === process.stdout || this.stream.closed) return;
    const closed = once(this.stream, "close").catch(() => undefined);
    this.stream.destroy();
    await closed;
  }
}

/** Pieces up to this many bytes are copied byte by byte: for them a loop costs less than setting up a block copy. */
const SHORT = 48;

/** A text's UTF-8 bytes written at `at`; returns where they end. Short ASCII text is copied a character at a time. */
function writeText(buffer: Buffer, at: number, text: string): number {
  const n = text.length;
  if (n <= SHORT) {
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) break;
      buffer[at + i] = c;
    }
    if (i === n) return at + n;
  }
  return at + buffer.write(text, at, "utf8");
}

/**
 * Bytes a file stream may hold before `write` asks the writer to wait: several 1 MB chunks, so the
 * disk writes one while the next rows are scored. With Node's default of 16 KB every chunk would be
 * waited for, and scoring and writing would take turns.
 */
const FILE_AHEAD_BYTES = 8 << 20;

export function fileSink(path: string): TextSink {
  return new TextSink(createWriteStream(path, { highWaterMark: FILE_AHEAD_BYTES }));
}

/**
 * Standard output; a reader that stops early (`| head`) ends the run quietly instead of with an error.
 * On a terminal, escape sequences and control characters from input files are stripped; piped output
 * stays byte-exact.
 */
export function stdoutSink(): TextSink {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  return new TextSink(process.stdout, process.stdout.isTTY ? (t) => terminalText(t) : undefined);
}
