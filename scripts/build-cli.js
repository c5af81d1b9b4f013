#!/usr/bin/env node
// Bundles the command line (TypeScript in cli/ and core/) into dist/cli.js; runs on `npm ci` (prepare).
// Each file is written beside its target and renamed into place: test files build the CLI in
// parallel workers while other workers run it, and a file rewritten in place can be read half
// written (a run then fails with a syntax error that has nothing to do with the test).
const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");

esbuild
  .build({
    entryPoints: [path.join(__dirname, "..", "cli", "main.ts")],
    outfile: path.join(__dirname, "..", "dist", "cli.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
    write: false,
  })
  .then((result) => {
    for (const file of result.outputFiles) {
      fs.mkdirSync(path.dirname(file.path), { recursive: true });
      const tmp = `${file.path}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, file.contents);
      fs.renameSync(tmp, file.path);
    }
  })
  .catch(() => process.exit(1));
