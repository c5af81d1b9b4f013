import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const root = path.join(__dirname, "..", "..");
export const addinDir = path.join(root, "dist", "addin");

/**
 * Makes sure dist/addin holds a production build of the current sources (builds it on a clean
 * clone, in about a minute). A file lock keeps two test files from building at the same time.
 */
export function ensureAddinBuild(): void {
  fs.mkdirSync(path.join(root, "dist"), { recursive: true });
  const script = path.join(root, "scripts", "ensure-addin-build.js");
  const lock = path.join(root, "dist", ".addin-build.lock");
  const hasFlock = spawnSync("flock", ["--version"]).status === 0;
  const run = hasFlock
    ? spawnSync("flock", [lock, process.execPath, script], { cwd: root, encoding: "utf8" })
    : spawnSync(process.execPath, [script], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`could not build the add-in: ${run.stderr || run.stdout}`);
}
