#!/usr/bin/env node
// npm start / npm stop: sideload the add-in into desktop Excel with office-addin-debugging.
// That tool is an optional dependency (it installs on Windows and macOS, not on Linux), so say
// what to do instead of failing with a stack trace when it is absent.
const { spawnSync } = require("child_process");
const path = require("path");

const action = process.argv[2] === "stop" ? "stop" : "start";
let cli;
try {
  const pkgFile = require.resolve("office-addin-debugging/package.json");
  const bin = require(pkgFile).bin;
  cli = path.join(path.dirname(pkgFile), typeof bin === "string" ? bin : bin["office-addin-debugging"]);
} catch {
  console.error(
    [
      `office-addin-debugging is not installed, so \`npm ${action}\` cannot ${action === "start" ? "sideload the add-in into" : "remove it from"} desktop Excel here.`,
      "It installs with `npm install` on Windows and macOS (it is an optional dependency and does not build on Linux).",
      "Instead: run `npm run dev-server` and sideload manifest.xml by hand - see docs/sideloading.md",
      "(Excel on the web: Home > Add-ins > More add-ins > My add-ins > Upload my add-in).",
    ].join("\n"),
  );
  process.exit(1);
}
const manifest = path.join(__dirname, "..", "manifest.xml");
const args = action === "start" ? ["start", manifest, "desktop", "--app", "excel"] : ["stop", manifest];
const run = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
