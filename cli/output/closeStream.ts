import { once } from "events";
import type { Writable } from "stream";

/**
 * Closes a file stream that a failed run leaves behind and waits until it is closed. A file stream
 * opens its file asynchronously: removed before that open completes, the file would be created
 * again afterwards and left behind.
 */
export async function closeStream(stream: Writable | undefined): Promise<void> {
  if (!stream || (stream as Writable & { closed?: boolean }).closed) return;
  const closed = once(stream, "close").catch(() => undefined);
  stream.destroy();
  await closed;
}
