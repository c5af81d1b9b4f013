import { spawn, spawnSync } from "child_process";
import * as path from "path";
import { buildCli, root } from "./runCli";

const preload = path.join(root, "test", "support", "reportMaxRss.js");
const bin = path.join(root, "bin", "export-risk.js");

export interface MeasuredRun {
  status: number;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the whole CLI process, in MB. */
  maxRssMb: number;
}

/** Runs `export-risk ARGS` in a child process and reads its peak RSS (process.resourceUsage().maxRSS). */
export function runCliMeasured(args: string[], opts: { timeoutMs?: number } = {}): MeasuredRun {
  buildCli();
  const r = spawnSync(process.execPath, ["-r", preload, bin, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 300_000,
    env: { ...process.env, NO_COLOR: "1", CI: "true" },
  });
  const m = /MAXRSS_KB (\d+)/.exec(r.stderr ?? "");
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, maxRssMb: m ? Number(m[1]) / 1024 : NaN };
}

/** Starts `export-risk ARGS` without waiting, for tests that interrupt a run. */
export function startCli(args: string[]) {
  buildCli();
  return spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, CI: "true" }, stdio: ["ignore", "pipe", "pipe"] });
}
