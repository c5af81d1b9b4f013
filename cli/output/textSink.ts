import { createWriteStream } from "fs";
import { once } from "events";
import type { Writable } from "stream";
import { terminalText } from "../terminalText";

const FLUSH_AT = 1 << 16;

/**
 * Text written in order to a stream, gathered into 64 KB writes and paced by the stream's
 * back-pressure: memory stays flat however many rows go by.
 */
export class TextSink {
  private parts: string[] = [];
  private size = 0;
  private failed: Error | undefined;

  /** `filter` rewrites each chunk before it is written (control sequences stripped for a terminal). */
  constructor(
    private readonly stream: Writable,
    private readonly filter?: (text: string) => string,
  ) {
    stream.on("error", (e: Error) => (this.failed ??= e));
  }

  /** Resolves at once unless the buffer is flushed; await it so a slow disk or pipe slows the reading. */
  write(text: string): Promise<void> | undefined {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= FLUSH_AT ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.failed) throw this.failed;
    if (!this.size) return;
    const joined = this.parts.join("");
    const chunk = this.filter ? this.filter(joined) : joined;
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await this.drained();
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
    if (this.stream === process.stdout || this.stream.closed) return;
    const closed = once(this.stream, "close").catch(() => undefined);
    this.stream.destroy();
    await closed;
  }
}

export function fileSink(path: string): TextSink {
  return new TextSink(createWriteStream(path));
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
