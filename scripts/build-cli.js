#!/usr/bin/env node
// Bundles the command line (TypeScript in cli/ and core/) into dist/cli.js; runs on `npm ci` (prepare).
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
  })
  .catch(() => process.exit(1));
