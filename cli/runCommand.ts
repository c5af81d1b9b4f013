import { FileError } from "./readTableFile";
import { fileSystemReason, isFileSystemError } from "./fileSystemError";
import { terminalText } from "./terminalText";

/** The one line a user sees for a failure: the FileError's message, a file-system fault with its path, or an internal fault. */
export function failureMessage(e: unknown): string {
  if (e instanceof FileError) return e.message;
  if (isFileSystemError(e)) {
    const where = e.path ?? (e as { dest?: string }).dest;
    return where
      ? `Cannot use '${where}': ${fileSystemReason(e.code, where, "read")}`
      : `${e.syscall ?? "file"}: ${fileSystemReason(e.code, ".", "read")}`;
  }
  const message = e instanceof Error ? e.message : String(e);
  return `internal fault, please report it with the command you ran: ${message.split("\n")[0]}`;
}

/**
 * Runs a command body and turns its outcome into the exit code: the body's own code, or 2 with a
 * one-line message for a usage, file or internal fault (the stack only with EXPORT_RISK_DEBUG=1).
 */
export async function runCommand(body: () => Promise<number>): Promise<void> {
  // A body waiting on something that can no longer happen would otherwise end the process with
  // exit 0 and no output: say so and fail instead.
  const stalled = () => {
    process.stderr.write("export-risk: internal fault, please report it with the command you ran: the run stopped before it finished\n");
    process.exitCode = 2;
  };
  process.once("beforeExit", stalled);
  try {
    process.exitCode = await body();
  } catch (e) {
    process.stderr.write(`export-risk: ${terminalText(failureMessage(e))}\n`);
    if (process.env.EXPORT_RISK_DEBUG === "1" && e instanceof Error && !(e instanceof FileError)) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  } finally {
    process.off("beforeExit", stalled);
  }
}
