import { promises as fs } from "fs";
import * as os from "os";
import { toFileError } from "./fileSystemError";
import { FileError } from "./readTableFile";
import { removeOnExit, resolveWriteTarget, writeFileAtomic } from "./writeFileAtomic";

export interface LockOptions {
  /** How long to wait for another run's lock before giving up (default 15 s). */
  timeoutMs?: number;
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(lock: string): Promise<LockOwner | undefined> {
  try {
    const text = await fs.readFile(lock, "utf8");
    // A bare process id is a lock written on this machine by an earlier version.
    if (/^\d+\s*$/.test(text)) return { pid: Number(text.trim()), host: os.hostname(), since: "" };
    const owner = JSON.parse(text) as LockOwner;
    return typeof owner?.pid === "number" ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** Takes `lock` (created exclusively), waiting for another holder; a lock left by a dead process is taken over. */
async function acquire(lock: string, userPath: string, timeoutMs: number): Promise<() => Promise<void>> {
  const me: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fs.writeFile(lock, JSON.stringify(me), { flag: "wx" });
      const forget = removeOnExit(lock);
      return async () => {
        forget();
        await fs.rm(lock, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw toFileError(e, userPath, "write", "lock");
    }
    const owner = await readOwner(lock);
    // A lock being written has no owner yet; only a lock whose owner is known to be dead is removed.
    if (owner && !alive(owner)) {
      await fs.rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      const who = owner ? ` (process ${owner.pid} on ${owner.host} since ${owner.since})` : "";
      throw new FileError(
        `Cannot update '${userPath}': another export-risk run holds its lock${who} - try again, or delete '${lock}' if no run is active`,
      );
    }
    await sleep(10 + Math.random() * 40);
  }
}

/**
 * Updates a shared file (decisions, reviews) so that concurrent writers never lose a record: takes a lock
 * file beside it, re-reads the current content under the lock, hands it to `update` ("" when the file
 * does not exist yet), and writes the result atomically before releasing the lock.
 */
export async function updateFileLocked(
  file: string,
  update: (current: string) => string | Promise<string>,
  options: LockOptions = {},
): Promise<void> {
  const target = await resolveWriteTarget(file);
  const release = await acquire(`${target}.lock`, file, options.timeoutMs ?? 15000);
  try {
    let current: string | undefined;
    try {
      current = await fs.readFile(target, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw toFileError(e, file, "read");
    }
    const next = await update(current ?? "");
    await writeFileAtomic(file, (tmp) => fs.writeFile(tmp, next));
  } finally {
    await release();
  }
}
