import { execFileSync, spawnSync } from "child_process";
import * as path from "path";

export const root = path.resolve(__dirname, "..", "..");
export const sharedData = path.resolve(root, "..", "shared", "data");

let built = false;
/** Builds dist/cli.js from the current sources once per test file (esbuild, well under a second). */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(root, "scripts", "build-cli.js")], { cwd: root, stdio: "inherit" });
  built = true;
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `export-risk ARGS` as a user would (through bin/), after building the current sources. */
export function runCli(args: string[], opts: { cwd?: string; input?: string } = {}): CliRun {
  buildCli();
  const r = spawnSync(process.execPath, [path.join(root, "bin", "export-risk.js"), ...args], {
    cwd: opts.cwd ?? root,
    input: opts.input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
