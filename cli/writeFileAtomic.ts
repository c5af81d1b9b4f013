import { promises as fs } from "fs";
import * as path from "path";

/** A temporary path beside `target`, so the final rename stays on one file system. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * Writes through a temporary file and renames it into place: an existing file is never half
 * overwritten, and a failure leaves nothing behind.
 */
export async function writeFileAtomic(target: string, write: (tmpPath: string) => Promise<void>): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    await write(tmp);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
