import { FileError } from "./readTableFile";

/**
 * Runs a command body and turns its outcome into the exit code: the body's own code, 2 with a
 * one-line message for a usage or file error, 2 with the message for anything unexpected.
 */
export async function runCommand(body: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (e) {
    if (e instanceof FileError) process.stderr.write(`export-risk: ${e.message}\n`);
    else process.stderr.write(`export-risk: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  }
}
