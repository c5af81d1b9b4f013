import { Command, CommanderError } from "commander";
import { registerScoreCommand } from "../../cli/commands/score";
import { registerScreenCommand } from "../../cli/commands/screen";
import { registerRegisterCommand } from "../../cli/commands/register";

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `export-risk ARGS` inside this process, as cli/main.ts wires it (usage errors exit 2), capturing
 * what it prints: the fuzz suite can then try hundreds of inputs without a process per run.
 */
export async function runInProcess(args: string[]): Promise<CliOutcome> {
  const program = new Command().exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  registerScoreCommand(program);
  registerRegisterCommand(program);
  registerScreenCommand(program);
  for (const c of program.commands) c.exitOverride().configureOutput({ writeErr: (s) => (stderr += s), writeOut: () => undefined });
  let stdout = "";
  let stderr = "";
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((s: string | Uint8Array) => ((stdout += String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => ((stderr += String(s)), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  let code: number;
  try {
    await program.parseAsync(args, { from: "user" });
    code = Number(process.exitCode ?? 0);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    code = e.exitCode === 0 ? 0 : 2;
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = undefined;
  }
  return { code, stdout, stderr };
}
