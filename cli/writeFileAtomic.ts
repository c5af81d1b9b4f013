import { promises as fs, rmSync } from "fs";
import * as path from "path";
import { toFileError } from "./fileSystemError";
import { FileError } from "./readTableFile";

/** A temporary path beside `target`, so the final rename stays on one file system. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

/** Temp files being written now: removed if the process is interrupted or exits before the rename. */
const pending = new Set<string>();
let cleanupInstalled = false;

function removePending(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

/** Removes `file` if the process is interrupted or exits before the returned release is called. */
export function removeOnExit(file: string): () => void {
  installCleanup();
  pending.add(file);
  return () => pending.delete(file);
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", removePending);
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const) {
    process.on(signal, () => {
      removePending();
      process.exit(code);
    });
  }
}

/**
 * The file a write to `target` must replace: a symbolic link's final target (so the link stays a link),
 * or the path itself. A link to a missing file resolves to where it points.
 */
export async function resolveWriteTarget(target: string): Promise<string> {
  let current = path.resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    let st;
    try {
      st = await fs.lstat(current);
    } catch {
      return current;
    }
    if (!st.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await fs.readlink(current));
  }
  throw new FileError(`Cannot write '${target}': the path has a loop of symbolic links`);
}

/** Permission bits of an existing file, to give the replacement the same (undefined when new). */
async function existingMode(file: string): Promise<number | undefined> {
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new FileError(`Cannot write '${file}': it is a folder, not a file - give a file name`);
    // Renaming over a device, pipe or socket would replace it with a plain file.
    if (!st.isFile())
      throw new FileError(
        `Cannot write '${file}': it is not a regular file (a device, pipe or socket) - give a file name, or leave out --out to print`,
      );
    return st.mode & 0o7777;
  } catch (e) {
    if (e instanceof FileError) throw e;
    return undefined;
  }
}

/**
 * Writes through a temporary file and renames it into place: an existing file is never half
 * overwritten, and a failure or an interruption (Ctrl-C, SIGTERM) leaves nothing behind. An existing
 * target keeps its permissions; a symbolic link is written through to its target and stays a link.
 * File-system faults come back as one-line FileErrors naming `target`, never the temp file.
 */
export async function writeFileAtomic(target: string, write: (tmpPath: string) => Promise<void>): Promise<void> {
  installCleanup();
  let tmp: string | undefined;
  try {
    const final = await resolveWriteTarget(target);
    const mode = await existingMode(final);
    tmp = tempPathFor(final);
    pending.add(tmp);
    await write(tmp);
    if (mode !== undefined) await fs.chmod(tmp, mode);
    await fs.rename(tmp, final);
    pending.delete(tmp);
  } catch (e) {
    if (tmp) {
      pending.delete(tmp);
      await fs.rm(tmp, { force: true }).catch(() => undefined);
    }
    throw toFileError(e, target, "write");
  }
}
