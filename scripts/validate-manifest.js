#!/usr/bin/env node
// `npm run validate [-- manifest]`: validates a manifest offline against Microsoft's XML manifest
// schemas (schemas/office-manifest, see its README) with xmllint, then runs the project's own checks
// (scripts/check-manifest.js). `npm run validate:online` asks Microsoft's validation service instead.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { checkManifest } = require("./check-manifest");

const SCHEMA = path.join(__dirname, "..", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");

/** Problems xmllint finds against the XSDs, one line each ("manifest.xml:12: element X: ..."); [] when valid. */
function validateAgainstSchemas(file) {
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error) throw new Error(`xmllint is needed for offline validation (Debian: libxml2-utils): ${run.error.message}`);
  if (run.status === 0) return [];
  return run.stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/ fails to validate$/.test(l));
}

if (require.main === module) {
  const file = process.argv[2] ?? path.join(__dirname, "..", "manifest.xml");
  const schemaProblems = validateAgainstSchemas(file);
  const distDir = path.basename(path.dirname(file)) === "addin" ? path.dirname(file) : undefined;
  const xml = fs.readFileSync(file, "utf8");
  const origin = distDir ? /<SourceLocation\s+DefaultValue="(https?:\/\/[^"]+)\/taskpane\.html"/.exec(xml)?.[1] : undefined;
  const own = checkManifest(xml, { origin, distDir, assetsDir: distDir ? path.join(distDir, "assets") : undefined });
  const problems = [...schemaProblems, ...own];
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem${problems.length > 1 ? "s" : ""}\n` + problems.map((p) => `  - ${p}`).join("\n"));
    process.exit(1);
  }
  console.log(`${file}: valid against Microsoft's manifest schemas; resources, URLs, icons and shared runtime check out`);
}

module.exports = { validateAgainstSchemas, SCHEMA };
