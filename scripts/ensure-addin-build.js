#!/usr/bin/env node
// Builds dist/addin (production) when it is missing or older than its sources; tests that load the
// real bundle call this under a file lock so parallel test files build it once, not side by side.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const outputs = ["functions.js", "functions.json", "taskpane.html", "manifest.xml"].map((f) => path.join(root, "dist", "addin", f));
const sources = ["core", "functions", "addin", "assets", "docs/functions.md", "manifest.xml", "webpack.config.js", "package-lock.json"];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((e) => newest(path.join(p, e))));
}

function isStale() {
  if (!outputs.every((f) => fs.existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  return sources.some((s) => newest(path.join(root, s)) > built);
}

if (isStale()) {
  const cli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const run = spawnSync(process.execPath, [cli, "--mode", "production", "--env", "local"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ADDIN_URL: "" },
  });
  if (run.status !== 0) {
    process.stderr.write(`webpack build failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`);
    process.exit(1);
  }
  process.stdout.write("built dist/addin\n");
} else {
  process.stdout.write("dist/addin is up to date\n");
}
