#!/usr/bin/env node
// `npm run check-host -- https://addins.example.org/export-risk`: checks that a deployed dist/addin is
// served the way Excel needs it. Excel on the web fetches functions.json from another origin
// (CORS), refuses it without a JSON content type (the functions then show #NAME?), and keeps serving
// a stale functions.js from cache unless told not to. Exit code 1 and one line per problem otherwise.
const OFFICE_ORIGIN = "https://excel.officeapps.live.com";

async function get(url) {
  const res = await fetch(url, { headers: { Origin: OFFICE_ORIGIN }, redirect: "follow" });
  await res.arrayBuffer();
  return res;
}

function header(res, name) {
  return (res.headers.get(name) || "").toLowerCase();
}

/** Returns the problems found (empty when the host is ready). options.allowHttp: for tests on 127.0.0.1. */
async function checkHost(base, options = {}) {
  const url = base.replace(/\/+$/, "");
  const problems = [];
  if (!url.startsWith("https://") && !options.allowHttp) problems.push(`${url} is not https: Office loads add-ins only over HTTPS`);
  const files = {
    "manifest.xml": { type: /xml/ },
    "taskpane.html": { type: /^text\/html/, fresh: true },
    "functions.js": { type: /javascript/, fresh: true },
    "functions.json": { type: /^application\/json/, cors: true, fresh: true },
  };
  for (const [file, want] of Object.entries(files)) {
    let res;
    try {
      res = await get(`${url}/${file}`);
    } catch (e) {
      problems.push(`${file}: could not be fetched (${e.cause?.message || e.message})`);
      continue;
    }
    if (res.status !== 200) {
      problems.push(`${file}: HTTP ${res.status}, expected 200`);
      continue;
    }
    const type = header(res, "content-type");
    if (!want.type.test(type)) problems.push(`${file}: Content-Type is '${type || "missing"}', expected ${want.type}`);
    if (want.cors) {
      const allow = res.headers.get("access-control-allow-origin");
      if (allow !== "*" && allow !== OFFICE_ORIGIN)
        problems.push(`${file}: no Access-Control-Allow-Origin for Office (got '${allow || "none"}'); Excel on the web then shows #NAME?`);
    }
    if (want.fresh) {
      const cache = header(res, "cache-control");
      if (!/no-cache|no-store|max-age=0\b/.test(cache))
        problems.push(`${file}: Cache-Control '${cache || "missing"}' lets Excel keep an old copy after an update; use no-cache`);
    }
  }
  return problems;
}

if (require.main === module) {
  const base = process.argv[2];
  if (!base) {
    console.error("usage: npm run check-host -- https://where.dist-addin.is/served");
    process.exit(2);
  }
  checkHost(base).then((problems) => {
    if (problems.length) {
      console.error(`${base}: ${problems.length} problem${problems.length > 1 ? "s" : ""}\n` + problems.map((p) => `  - ${p}`).join("\n"));
      process.exit(1);
    }
    console.log(`${base}: HTTPS, content types, CORS on functions.json and cache headers check out`);
  });
}

module.exports = { checkHost, OFFICE_ORIGIN };
