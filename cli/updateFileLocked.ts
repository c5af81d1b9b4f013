import { promises as fs } from "fs";
import { FileError } from "./readTableFile";
import { writeFileAtomic } from "./writeFileAtomic";

/** How long a writer waits for another to finish, and when a lock left by a crashed writer may be broken. */
const WAIT_MS = 15_000;
const STALE_LOCK_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function acquire(lock: string, file: string): Promise<void> {
  const start = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await fs.open(lock, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new FileError(`Cannot lock '${file}': ${(e as Error).message}`);
    }
    const seen = await fs.stat(lock).then(
      (s) => s.mtimeMs,
      () => Date.now(),
    );
    // A lock this old was left by a writer that died: its update never reached the file.
    if (Date.now() - seen > STALE_LOCK_MS) await breakStaleLock(lock, seen);
    else if (Date.now() - start > WAIT_MS)
      throw new FileError(`'${file}' is being updated by another user or process (lock file '${lock}'); try again in a moment`);
    else await sleep(20 + Math.min(200, attempt * 10) + Math.floor(Math.random() * 20));
  }
}

/**
 * Moves a dead writer's lock aside, then checks that what was moved is that lock: when another
 * waiter broke it first and took a fresh lock in between, the fresh lock is put back.
 */
async function breakStaleLock(lock: string, seenMtime: number): Promise<void> {
  const aside = `${lock}.${process.pid}.${Date.now()}.stale`;
  try {
    await fs.rename(lock, aside);
  } catch {
    return;
  }
  const moved = await fs.stat(aside).catch(() => undefined);
  if (moved && moved.mtimeMs !== seenMtime) await fs.rename(aside, lock).catch(() => undefined);
  else await fs.rm(aside, { force: true });
}

/**
 * Read-modify-write of a small shared file under an exclusive lock file (`FILE.lock`), re-reading
 * the file once the lock is held, so two people adding records at once never lose one. The new
 * text replaces the file atomically. (Kept small on purpose: the screening `decide` command can
 * share it; see docs/reviews.md.)
 */
export async function updateFileLocked(file: string, update: (current: string) => string): Promise<void> {
  const lock = `${file}.lock`;
  await acquire(lock, file);
  try {
    let current = "";
    try {
      current = await fs.readFile(file, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new FileError(`Cannot read '${file}': ${(e as Error).message}`);
    }
    const next = update(current);
    await writeFileAtomic(file, (tmp) => fs.writeFile(tmp, next));
  } finally {
    await fs.rm(lock, { force: true });
  }
}
