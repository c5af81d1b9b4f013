import { execFileSync, spawnSync } from "child_process";
import * as os from "os";
import * as path from "path";
import { ROOT } from "./registerTestKit";

let built: string | undefined;

/** Bundles the current cli/ sources into a temporary file (never the shared dist/), once per test file. */
export function cliPath(): string {
  if (built) return built;
  const out = path.join(os.tmpdir(), `export-risk-register-test-${process.pid}.js`);
  execFileSync(
    process.execPath,
    [
      "-e",
      `require("esbuild").buildSync({entryPoints:[${JSON.stringify(path.join(ROOT, "cli", "main.ts"))}],outfile:${JSON.stringify(out)},bundle:true,platform:"node",target:"node20",format:"cjs",packages:"external",logLevel:"error"})`,
    ],
    { cwd: ROOT },
  );
  return (built = out);
}

export function runCli(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliPath(), ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
