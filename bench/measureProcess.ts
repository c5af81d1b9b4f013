import { spawnSync } from "child_process";
import * as path from "path";

export const root = path.resolve(__dirname, "..");

export interface Measure {
  wallS: number;
  cpuS: number;
  rssMb: number;
  status: number;
}

/** One whole Node process under /usr/bin/time: wall, user+system CPU and peak RSS (CI set: no progress lines). */
export function measureProcess(args: string[]): Measure {
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", process.execPath, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CI: "true" },
  });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no timing for ${args.join(" ")}: ${r.stderr.slice(-500)}`);
  return { wallS: +m[1], cpuS: +m[2] + +m[3], rssMb: +m[4] / 1024, status: r.status ?? -1 };
}
