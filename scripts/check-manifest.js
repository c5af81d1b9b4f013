#!/usr/bin/env node
// Offline checks of manifest.xml that `office-addin-manifest validate` (an online service) would
// otherwise be needed for: well-formed XML, every resource id defined and used, one https origin
// for every URL, the shared runtime wiring, the icons' real pixel sizes, and (with --dist) that
// every URL names a file the build emitted. Usage: node scripts/check-manifest.js [manifest] [--dist dir]
const fs = require("fs");
const path = require("path");
const { XMLValidator } = require("fast-xml-parser");

const DEV_URL = "https://localhost:3000";

function runtimeLong(xml) {
  return /<Runtime\s+resid="[^"]+"\s+lifetime="long"\s*\/>/.test(xml);
}

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString("latin1", 1, 4) !== "PNG") return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Returns a list of problems (empty when the manifest is sound).
 * options.origin: the URL prefix every address must start with (default: the development URL).
 * options.assetsDir: where the icon files live (default: the project's assets/).
 * options.distDir: a build output folder every URL must point into.
 */
function checkManifest(xml, options = {}) {
  const origin = options.origin ?? DEV_URL;
  const assetsDir = options.assetsDir ?? path.join(__dirname, "..", "assets");
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`manifest is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];

  const defined = new Map();
  for (const m of xml.matchAll(/<bt:(Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) {
    if (defined.has(m[2])) problems.push(`resource id '${m[2]}' is defined twice`);
    defined.set(m[2], { kind: m[1], value: m[3] });
  }
  const used = new Set([...xml.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]));
  for (const id of used) if (!defined.has(id)) problems.push(`resid '${id}' is used but not defined under <Resources>`);
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource '${id}' is defined but never used`);
  for (const m of xml.matchAll(/\bresid="([^"]+)"/g)) {
    if (m[1].length > 32) problems.push(`resid '${m[1]}' is longer than the 32 characters Office allows`);
  }

  const urls = [
    ...[...xml.matchAll(/<(IconUrl|HighResolutionIconUrl|SupportUrl|SourceLocation)\s+DefaultValue="([^"]+)"/g)].map((m) => ({
      where: m[1],
      url: m[2],
    })),
    ...[...defined].filter(([, r]) => r.kind !== "String").map(([id, r]) => ({ where: id, url: r.value })),
  ];
  for (const { where, url } of urls) {
    if (!url.startsWith(origin + "/"))
      problems.push(`${where}: ${url} does not start with ${origin}/ (all URLs must come from one ADDIN_URL)`);
    if (!url.startsWith("https://")) problems.push(`${where}: ${url} is not https, which Office requires`);
    if (options.distDir && url.startsWith(origin + "/")) {
      const rel = url.slice(origin.length + 1).replace(/[?#].*$/, "");
      if (!fs.existsSync(path.join(options.distDir, rel))) problems.push(`${where}: ${url} names ${rel}, which the build did not produce`);
    }
  }

  for (const [id, r] of defined) {
    const size = /^Icon\.(\d+)x(\d+)$/.exec(id);
    if (!size || r.kind !== "Image") continue;
    const file = path.join(assetsDir, path.basename(r.value));
    if (!fs.existsSync(file)) {
      problems.push(`${id}: icon file ${path.basename(r.value)} is missing from ${assetsDir}`);
      continue;
    }
    const px = pngSize(file);
    if (!px || px.width !== Number(size[1]) || px.height !== Number(size[2])) {
      problems.push(`${id}: ${path.basename(r.value)} is ${px ? `${px.width}x${px.height}` : "not a PNG"}, expected ${size[1]}x${size[2]}`);
    }
  }

  const runtime = /<Runtime\s+resid="([^"]+)"\s+lifetime="long"\s*\/>/.exec(xml);
  if (!runtime) problems.push('no <Runtime ... lifetime="long"/>: the custom functions and the task pane must share one runtime');
  if (!/<Set\s+Name="SharedRuntime"\s+MinVersion="1.1"\s*\/>/.test(xml)) problems.push("the SharedRuntime 1.1 requirement is missing");
  if (!/<Set\s+Name="CustomFunctionsRuntime"\s+MinVersion="1\.[2-9]"\s*\/>/.test(xml))
    problems.push("the CustomFunctionsRuntime 1.2 requirement is missing (CustomFunctions.Error with a message needs it)");
  if (!/<Set\s+Name="ExcelApi"\s+MinVersion="1\.\d+"\s*\/>/.test(xml)) problems.push("no ExcelApi requirement is declared");
  if (runtimeLong(xml) && /<TaskpaneId>/.test(xml))
    problems.push("<TaskpaneId> under a long-lived shared runtime: the button must open the runtime's page, so leave TaskpaneId out");
  const page = /<Page>\s*<SourceLocation\s+resid="([^"]+)"/.exec(xml);
  const taskpane = /<Action\s+xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation\s+resid="([^"]+)"/.exec(xml);
  const functionFile = /<FunctionFile\s+resid="([^"]+)"/.exec(xml);
  if (runtime) {
    for (const [what, m] of [
      ["custom functions <Page>", page],
      ["task pane button", taskpane],
      ["<FunctionFile>", functionFile],
    ]) {
      if (!m || m[1] !== runtime[1]) problems.push(`${what} must load the shared runtime's page (${runtime[1]})`);
    }
  }
  const ns = /<Namespace\s+resid="([^"]+)"/.exec(xml);
  if (!ns || defined.get(ns[1])?.value !== "EXPORTRISK") problems.push("the custom functions namespace must be EXPORTRISK");
  return problems;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const distAt = args.indexOf("--dist");
  const distDir = distAt >= 0 ? args[distAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith("--") && i !== distAt + 1) ?? path.join(__dirname, "..", "manifest.xml");
  const xml = fs.readFileSync(file, "utf8");
  // A built manifest carries ADDIN_URL: take the origin from its SourceLocation.
  const origin = distDir ? /<SourceLocation\s+DefaultValue="(https?:\/\/[^/"]+(?:\/[^"]*)?)\/taskpane\.html"/.exec(xml)?.[1] : undefined;
  const problems = checkManifest(xml, { distDir, origin, assetsDir: distDir ? path.join(distDir, "assets") : undefined });
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem${problems.length > 1 ? "s" : ""}\n` + problems.map((p) => `  - ${p}`).join("\n"));
    process.exit(1);
  }
  console.log(`${file}: resources, URLs, icons and shared runtime check out${distDir ? ` against ${distDir}` : ""}`);
}

module.exports = { checkManifest, DEV_URL };
