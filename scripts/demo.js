#!/usr/bin/env node
// `npm run demo`: scores the bundled (fictional) sample pipeline and writes a board register.
// The sample has four rows with deliberate input errors, so `score` and `register` exit 1 by design
// (the register shows them as not assessed); the demo itself succeeds when both steps ran and the
// register was written.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const cli = path.join(root, "bin", "export-risk.js");
const sample = path.join("examples", "sample-pipeline.csv");
const register = path.join("out", "risk-register.xlsx");
const run = (args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" });

// The test suite runs the demo on the CLI it already built: rebuilding it then would race other tests using it.
if (!process.env.EXPORT_RISK_DEMO_NO_BUILD) {
  const build = spawnSync(process.execPath, [path.join(__dirname, "build-cli.js")], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`\n== export-risk score ${sample}\n`);
const scored = run(["score", sample]);
if (scored.status === 2) process.exit(2);

console.log(`\n== export-risk register ${sample} -o ${register}\n`);
const reg = run(["register", sample, "-o", register]);
if ((reg.status !== 0 && reg.status !== 1) || !fs.existsSync(path.join(root, register))) process.exit(reg.status || 2);

console.log(
  `\nDone. The four ERROR rows above are deliberate mistakes in the sample, to show how input errors are reported.\n` +
    `Open ${register} in Excel or LibreOffice for the board register (Read me, Dashboard, Register, Partners, ...).`,
);
