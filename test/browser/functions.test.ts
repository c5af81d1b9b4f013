import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { scoretable } from "../../functions/functions";
import { installCustomFunctionsStandIn } from "../functions/customFunctionsStandIn";
import { addinDir, ensureAddinBuild, root } from "./addinBuild";
import { launchChromium } from "./launchChromium";
import { serveFolder } from "./staticServer";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/check-manifest") as {
  checkManifest(xml: string, options?: { origin?: string; assetsDir?: string; distDir?: string }): string[];
};

const FUNCTION_IDS = [
  "ASSESS",
  "BAND",
  "COUNTRY",
  "EXPLAIN",
  "METHODOLOGY",
  "PATHTOPROCEED",
  "SCORE",
  "SCORETABLE",
  "SCREEN",
  "SCREENTABLE",
];

/**
 * Stand-in for office.js from Microsoft's CDN: records every CustomFunctions.associate call (the
 * functions bundle makes them as soon as it runs, in the shared runtime) and lets Office.onReady resolve.
 */
const officeStandIn = `
window.__associated = {};
window.CustomFunctions = {
  associate: function (id, fn) { window.__associated[id] = fn; },
  Error: class CustomFunctionsError { constructor(code, message) { this.code = code; this.message = message; } },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};
window.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { PC: "PC" },
  onReady: function (cb) { var info = { host: "Excel", platform: "PC" }; if (cb) setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); },
};
`;

function sampleCells(): unknown[][] {
  const text = fs.readFileSync(path.join(root, "examples", "sample-pipeline.csv"), "utf8");
  return Papa.parse<unknown[]>(text, { dynamicTyping: true, skipEmptyLines: true }).data.map((r) => r.map((v) => (v === null ? "" : v)));
}

/** Calls an associated function in the page; errors come back as {code, message}. */
async function call(page: Page, id: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([fid, fargs]) => {
      const w = window as unknown as {
        __associated: Record<string, (...a: unknown[]) => unknown>;
        CustomFunctions: { Error: new (...a: unknown[]) => object };
      };
      const r = w.__associated[fid as string](...(fargs as unknown[]));
      return r instanceof w.CustomFunctions.Error ? { error: { ...(r as object) } } : r;
    },
    [id, args] as const,
  );
}

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveFolder>>;
const officeRequests: string[] = [];

beforeAll(async () => {
  ensureAddinBuild();
  installCustomFunctionsStandIn();
  server = await serveFolder(addinDir);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    officeRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: "application/javascript", body: officeStandIn });
  });
  await page.goto(`${server.url}/taskpane.html`);
  await page.waitForFunction(
    (n) => Object.keys((window as unknown as { __associated: object }).__associated).length >= n,
    FUNCTION_IDS.length,
    { timeout: 20000 },
  );
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the task pane page loads office.js from Microsoft's CDN and the bundle associates every function id", async () => {
  expect(officeRequests).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  const ids = await page.evaluate(() => Object.keys((window as unknown as { __associated: object }).__associated).sort());
  expect(ids).toEqual(FUNCTION_IDS);
  const metadata = JSON.parse(fs.readFileSync(path.join(addinDir, "functions.json"), "utf8")) as {
    functions: { id: string }[];
    allowErrorForDataTypeAny?: boolean;
  };
  expect(metadata.functions.map((f) => f.id).sort()).toEqual(ids);
  // Without it Excel answers #VALUE! for a whole SCORETABLE whose range holds one #N/A.
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
});

test("SCORETABLE in the browser returns the expected spill for the sample pipeline", async () => {
  const cells = sampleCells();
  const spill = (await call(page, "SCORETABLE", cells, null)) as unknown[][];
  const expected = scoretable(cells) as unknown[][];
  expect(spill).toEqual(expected);
  expect(spill).toHaveLength(68);
  expect(spill[0].slice(0, 3)).toEqual([25, "Critical", "Stop"]);
  expect(spill[62][0]).toBe(
    "Not assessed (provisional escalate): Destination country: Country 'Atlantis' is not recognised - use a country name or ISO code",
  );
});

test("SCORETABLE in the browser: an #N/A cell fails its own row as an input error, every other row is scored", async () => {
  const cells = sampleCells();
  const country = cells[0].indexOf("Destination country");
  expect(country).toBeGreaterThan(0);
  const spill = (await page.evaluate(
    ([rows, col]) => {
      const w = window as unknown as {
        __associated: Record<string, (...a: unknown[]) => unknown>;
        CustomFunctions: { Error: new (c: string) => object };
      };
      const withError = (rows as unknown[][]).map((r) => [...r]);
      withError[2][col as number] = new w.CustomFunctions.Error("#N/A");
      return w.__associated.SCORETABLE(withError, null);
    },
    [cells, country] as const,
  )) as unknown[][];
  expect(spill).toHaveLength(68);
  expect(spill[1][0]).toBe("Not scored: Destination country holds #N/A - correct the cell in the table");
  expect(spill[0]).toEqual((scoretable(cells) as unknown[][])[0]);
});

test("the other functions answer in the browser, and bad input comes back as a CustomFunctions.Error", async () => {
  expect(await call(page, "BAND", 12)).toBe("High");
  expect(await call(page, "SCORE", "firewall", "Germany", "enterprise", null, null, null, null, null)).toBe(2);
  expect(await call(page, "COUNTRY", "Egypt", null)).toBe(5);
  expect(((await call(page, "ASSESS", "intrusion", "Iran", "police", null, null, null, null, null)) as unknown[][])[0][4]).toBe("Stop");
  expect(await call(page, "EXPLAIN", "firewall", "Germany", "enterprise", null, null, null, null, null)).toMatch(/^Capability: Firewalls/);
  expect(((await call(page, "METHODOLOGY")) as string[][])[1][1]).toBe("techUK-2014@2");
  expect(await call(page, "PATHTOPROCEED", "forensics", "Egypt", "bank", null, null, null, null, null)).toMatch(
    /^To reach proceed with conditions: add Audit rights and /,
  );
  expect(await call(page, "COUNTRY", "Atlantis", null)).toEqual({
    error: { code: "#VALUE!", message: "Country 'Atlantis' is not recognised - use a country name or ISO code" },
  });
});

test("the built manifest's URLs all point into the build on one origin, and the functions bundle stays small without exceljs", () => {
  const xml = fs.readFileSync(path.join(addinDir, "manifest.xml"), "utf8");
  const origin = /<SourceLocation DefaultValue="(https:\/\/[^"]+)\/taskpane\.html"/.exec(xml)?.[1];
  expect(origin).toBeDefined();
  expect(checkManifest(xml, { origin, distDir: addinDir, assetsDir: path.join(addinDir, "assets") })).toEqual([]);
  const metadata = JSON.parse(fs.readFileSync(path.join(addinDir, "functions.json"), "utf8")) as { functions: { helpUrl: string }[] };
  for (const f of metadata.functions) expect(f.helpUrl.startsWith(`${origin}/docs/functions.html#`)).toBe(true);
  const bundle = fs.readFileSync(path.join(addinDir, "functions.js"), "utf8");
  expect(bundle.length).toBeLessThan(300 * 1024);
  // Production serves no source maps, names the pane's bundle by content hash and sets a Content-Security-Policy.
  const files = fs.readdirSync(addinDir, { recursive: true }).map(String);
  expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  expect(files.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  const html = fs.readFileSync(path.join(addinDir, "taskpane.html"), "utf8");
  expect(html).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/,
  );
  // Strings only exceljs carries: its streaming workbook writer and its package name.
  expect(bundle).not.toMatch(/WorkbookWriter|exceljs/);
});
