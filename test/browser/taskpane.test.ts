import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildSync } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { scoreTable } from "../../core/intake/scoreTable";
import { createContext } from "../../core/scoring/createContext";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { basisSourcesOf } from "../../core/reviews/dealBasis";
import { reviewLookup } from "../../core/reviews/reviewLookup";
import { resultColumns, resultValues } from "../../addin/excel/resultColumns";
import { REGISTER_SHEETS } from "../../core/register/buildRegister";
import { samplePipelineRows } from "../support/samplePipeline";
import { addinDir, ensureAddinBuild, root } from "./addinBuild";
import { launchChromium } from "./launchChromium";
import { serveFolder } from "./staticServer";

/**
 * The production task pane in headless Chromium. office.js is answered with a stand-in Excel host:
 * the in-memory workbook of test/support/fakeExcel.ts (bundled for the browser) holding the sample
 * pipeline as table "Deals", plus Office document settings and CustomFunctions.associate.
 */

const rows = samplePipelineRows();
// Screenshots go to test-output/ on every run; UPDATE_SCREENSHOTS=1 refreshes the README's copies.
const shots = process.env.UPDATE_SCREENSHOTS ? path.join(root, "docs", "screenshots") : path.join(root, "test-output", "screenshots");

function officeStandIn(theme?: string): string {
  const fake = buildSync({
    entryPoints: [path.join(root, "test", "support", "fakeExcel.ts")],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "FakeExcel",
    platform: "browser",
    alias: { "office-addin-manifest": path.join(root, "test", "stubs", "office-addin-manifest.js") },
  }).outputFiles[0].text;
  return `${fake}
var wb = new FakeExcel.FakeWorkbook();
var rows = ${JSON.stringify(rows)};
wb.addSheet("Deals", rows);
wb.addTable("Deals", "Deals", rows.length, rows[0].length);
window.__wb = wb;
window.Excel = wb.excel();
window.__fns = {};
window.CustomFunctions = {
  associate: function (id, fn) { window.__fns[id] = fn; },
  Error: function (c, m) { this.code = c; this.message = m; },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
// Cells holding EXPORTRISK formulas: evaluated when entered, and again on every application.calculate, as Excel does.
window.__cells = [];
window.__enter = function (id, args) {
  var cell = { id: id, args: args, value: undefined, evaluations: 0 };
  var evaluate = function () { cell.evaluations += 1; return Promise.resolve(window.__fns[id].apply(null, args)).then(function (v) { cell.value = v; }); };
  cell.evaluate = evaluate;
  window.__cells.push(cell);
  return evaluate();
};
wb.onCalculate = function () { window.__cells.forEach(function (c) { c.evaluate(); }); };
var store = {};
window.Office = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    officeTheme: ${JSON.stringify(theme ? { bodyBackgroundColor: theme } : null)},
    document: { settings: {
      get: function (k) { return k in store ? store[k] : null; },
      set: function (k, v) { store[k] = v; },
      remove: function (k) { delete store[k]; },
      saveAsync: function (cb) { setTimeout(function () { cb({ status: "succeeded" }); }, 0); },
    } },
  },
  onReady: function (cb) { var info = { host: "Excel", platform: "PC" }; if (cb) setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); },
};
window.__settings = store;
`;
}

/**
 * Whole-page screenshot at the pane's width. The viewport is grown to the page's height first, so the
 * sticky tab bar sits at the top of the picture instead of where the page happened to be scrolled.
 */
async function paneShot(page: Page, file: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320); // nothing scrolls sideways at the pane's width
  await page.setViewportSize({ width: 320, height });
  await page.screenshot({ path: path.join(shots, file) });
  await page.setViewportSize({ width: 320, height: 900 });
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * axe-core over the pane as it is now: the serious and critical violations, one line each ("state:
 * rule: help (selectors)"). Evaluated through the DevTools protocol, which the page's CSP allows.
 * Fluent UI's Tabster focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) are left out of
 * aria-hidden-focus, as Accessibility Insights does: they exist to pass focus on at once and are
 * hidden so screen readers do not announce them (microsoft/tabster#288, microsoft/fluentui#27517).
 */
async function axeProblems(page: Page, state: string): Promise<string[]> {
  // Contrast is judged on the settled state: a message bar still fading in reads as low contrast.
  await page.addStyleTag({ content: "*, *::before, *::after { transition: none !important; animation: none !important; }" });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run(o: object): Promise<{ violations: unknown[] }> } }).axe
      .run({ resultTypes: ["violations"] })
      .then((r) => r.violations),
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => (v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) } : v))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${state}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

async function openPane(view: string, theme?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
  const script = officeStandIn(theme);
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: script }),
  );
  await page.goto(`${server.url}/taskpane.html?view=${view}`);
  await page.getByRole("tablist", { name: "Task pane views" }).waitFor({ timeout: 20_000 });
  return page;
}

beforeAll(async () => {
  ensureAddinBuild();
  fs.mkdirSync(shots, { recursive: true });
  server = await serveFolder(addinDir);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("scoring the sample table writes the core's results beside it, and a row error selects its cell", async () => {
  const page = await openPane("score");
  await page.getByRole("button", { name: "Read columns" }).click();
  await page.getByRole("heading", { name: "2. Check the columns" }).waitFor();
  await page.getByRole("button", { name: "Score and write results" }).click();
  await page.getByRole("heading", { name: "Summary" }).waitFor({ timeout: 30_000 });

  const written = (await page.evaluate(() => {
    const wb = (window as unknown as { __wb: { row(s: string, r: number): unknown[] } }).__wb;
    return Array.from({ length: 69 }, (_, r) => wb.row("Deals", r));
  })) as unknown[][];
  const width = rows[0].length;
  expect(written[0].slice(width)).toEqual(resultColumns.map((c) => c.header));
  const ctx = createContext();
  const expected = resultValues(scoreTable(rows, ctx).results, rows.length - 1, defaultProfile(), "AT", {
    lookup: reviewLookup([], basisSourcesOf(ctx), "2026-12-01"),
  });
  expected.forEach((cells, i) => {
    const got = written[i + 1].slice(width);
    expect(got[5]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    expect([...got.slice(0, 5), ...got.slice(6)]).toEqual([...cells.slice(0, 5), ...cells.slice(6)]);
  });
  await paneShot(page, "score-pipeline.png");

  const firstError = page.getByRole("list", { name: "Row errors" }).getByRole("button").first();
  const address = await firstError.textContent();
  await firstError.click();
  await page.waitForFunction(() => (window as unknown as { __wb: { selection?: unknown } }).__wb.selection !== undefined);
  const selected = await page.evaluate(
    () => (window as unknown as { __wb: { selection: { row: number; column: number } } }).__wb.selection,
  );
  const letters = String.fromCharCode(65 + selected.column);
  expect(`${letters}${selected.row + 1}`).toBe(address);

  // Sign off the first deal listed (the most severe awaiting a decision), kept in the workbook; scoring
  // again writes its review columns.
  const first = page.getByRole("list", { name: "Deals to sign off" }).getByRole("button").first();
  const id = (await first.textContent())!;
  await first.click();
  const form = page.getByRole("region", { name: `Sign off deal ${id}` });
  await form.getByLabel(/^Reviewer/).fill("A. Lee");
  await form.getByRole("button", { name: "Record sign-off" }).click();
  await form.getByText(/^Recorded: deal /).waitFor();
  const stored = await page.evaluate(() => {
    const w = window as unknown as { __settings: Record<string, string>; __wb: { customXmlParts: Map<string, string> } };
    const parts = [...w.__wb.customXmlParts.values()].filter((x) => x.includes("urn:cyber-export-risk:reviews:1"));
    return { count: JSON.parse(w.__settings["exportRisk.reviews"]).count, parts: parts.length, text: parts.join("") };
  });
  expect(stored).toMatchObject({ count: 1, parts: 1 });
  expect(stored.text).toContain(`"dealId": "${id}"`);
  await page.getByRole("button", { name: "Score again to update them" }).click();
  const status = await page.waitForFunction(
    ([dealId, header]) => {
      const wb = (window as unknown as { __wb: { row(s: string, r: number): unknown[] } }).__wb;
      const column = wb.row("Deals", 0).indexOf(header);
      for (let r = 1; r < 69; r++) {
        const row = wb.row("Deals", r);
        if (row[0] === dealId && String(row[column]).startsWith("Current")) return String(row[column]);
      }
      return false;
    },
    [id, "Risk: review status"],
  );
  expect(await status.jsonValue()).toMatch(/^Current/);
  await page.close();
}, 120_000);

test("assess view: a deal typed in gives its result; screenshots of every view, light and dark", async () => {
  const page = await openPane("assess");
  await page.getByLabel("What the product can do").selectOption("interception");
  await page.getByLabel("Destination country").fill("Egypt");
  await page.getByLabel("End-user type").selectOption("law-enforcement");
  await page.getByLabel("Route to market").selectOption("reseller");
  await page.getByLabel("Audit rights").check();
  const result = page.getByRole("region", { name: "Assessment result" });
  await result.waitFor();
  expect(await result.textContent()).toMatch(/Egypt/);
  await paneShot(page, "assess.png");
  await page.getByLabel("Deal ID").fill("D-017");
  const signOff = page.getByRole("region", { name: "Sign off deal D-017" });
  await signOff.getByLabel(/^Reviewer/).fill("A. Lee");
  await signOff.getByLabel(/^Approver/).fill("B. Khan");
  await signOff.getByRole("button", { name: "Add condition" }).click();
  await signOff.getByLabel(/^What condition 1 requires/).fill("Post-shipment verification visit");
  await signOff.getByLabel(/^Owner of condition 1/).fill("C. Ortiz");
  await signOff.getByLabel(/^Due date of condition 1/).fill("2026-09-30");
  // The page at full height, so the sticky decision summary stays at its top instead of over the form.
  await page.setViewportSize({ width: 320, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  await signOff.screenshot({ path: path.join(shots, "sign-off.png") });
  await page.setViewportSize({ width: 320, height: 900 });
  for (const [tab, file] of [
    ["Partners", "partners.png"],
    ["Register", "register.png"],
    ["Settings", "settings.png"],
  ] as const) {
    await page.getByRole("tab", { name: tab }).click();
    await page.waitForTimeout(300);
    await paneShot(page, file);
  }
  await page.close();
  const dark = await openPane("assess", "#262626");
  await dark.getByLabel("What the product can do").selectOption("forensics");
  await dark.getByLabel("Destination country").fill("Brazil");
  await dark.getByRole("region", { name: "Assessment result" }).waitFor();
  await dark.getByRole("region", { name: "Assessment result" }).scrollIntoViewIfNeeded();
  await dark.screenshot({ path: path.join(shots, "assess-dark.png") });
  await dark.close();
}, 120_000);

test("partners: a list loaded through the file input screens a partner table in place; the hit is reviewed side by side", async () => {
  const page = await openPane("assess");
  await page.evaluate(() => {
    const wb = (
      window as unknown as {
        __wb: { addSheet(n: string, r: unknown[][]): void; addTable(n: string, s: string, r: number, c: number): void };
      }
    ).__wb;
    const partners = [
      ["Partner ID", "Reseller", "Country"],
      ["P-1", "200G PSA Holdings, L.L.C.", "United States"],
      ["P-2", "Contoso Reseller GmbH", "Germany"],
      ["P-3", "Abu Reihan Group", "Iran"],
      ["P-4", "Nordic Secure AS", "Norway"],
    ];
    wb.addSheet("Partners", partners);
    wb.addTable("Partners", "Partners", partners.length, 3);
  });
  await page.getByRole("tab", { name: "Partners" }).click();
  await page.getByText(/No restricted-party list is loaded/).waitFor();
  await page.getByLabel("List files").setInputFiles(path.join(root, "..", "shared", "data", "sanctions", "us-csl-sample.csv"));
  await page.getByText(/US CSL · as of unknown date/).waitFor({ timeout: 30_000 });
  await page.getByLabel("Partners to read").selectOption("table:Partners");
  await page.getByRole("button", { name: "Screen and write results" }).click();
  await page.getByRole("heading", { name: "3. Review hits" }).waitFor({ timeout: 30_000 });
  const statuses = await page.evaluate(() => {
    const wb = (window as unknown as { __wb: { row(s: string, r: number): unknown[] } }).__wb;
    return [0, 1, 2, 3, 4].map((r) => wb.row("Partners", r)[3]);
  });
  expect(statuses).toEqual(["Screening: status", "match", "clear", "match", "clear"]);
  // The lists are stored in the workbook: a record in the settings, the data in custom XML parts.
  const stored = await page.evaluate(() => {
    const w = window as unknown as { __settings: Record<string, string>; __wb: { customXmlParts: Map<string, string> } };
    return {
      record: JSON.parse(w.__settings["exportRisk.screening"]).lists.map((l: { source: string }) => l.source),
      parts: w.__wb.customXmlParts.size,
    };
  });
  expect(stored).toEqual({ record: ["US CSL"], parts: 1 });
  await page.getByLabel("Reviewer").fill("A. Reviewer");
  const card = page.getByRole("listitem", { name: /^Abu Reihan Group and US CSL/ });
  await card.getByLabel("Reason").fill("Confirmed: same Tehran address as the SDN entry");
  await card.getByRole("button", { name: "Confirm" }).click();
  await card.getByText(/^Confirmed by A\. Reviewer on \d{4}-\d\d-\d\d: Confirmed: same Tehran address/).waitFor({ timeout: 30_000 });
  await paneShot(page, "taskpane-partners.png");
  await page.close();
}, 180_000);

test("a SCREEN cell evaluated before a list is loaded changes to the match once the list is loaded: the pane recalculates", async () => {
  const page = await openPane("partners");
  await page.getByText(/No restricted-party list is loaded/).waitFor();
  await page.evaluate(() =>
    (window as unknown as { __enter(id: string, a: unknown[]): Promise<void> }).__enter("SCREEN", ["Abu Reihan Group", null]),
  );
  const cell = () =>
    page.evaluate(() => {
      const c = (window as unknown as { __cells: { value: unknown }[] }).__cells[0].value;
      return Array.isArray(c) ? c[0][0] : (c as { code: string }).code;
    });
  expect(await cell()).toBe("#N/A");
  await page.getByLabel("List files").setInputFiles(path.join(root, "..", "shared", "data", "sanctions", "us-csl-sample.csv"));
  await page.getByText(/US CSL · as of unknown date/).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => {
    const c = (window as unknown as { __cells: { value: unknown }[] }).__cells[0].value;
    return Array.isArray(c) && c[0][0] === "match";
  });
  expect(await cell()).toBe("match");
  await page.getByText("EXPORTRISK formulas recalculated with the restricted-party lists.").waitFor();
  const calculations = await page.evaluate(() => (window as unknown as { __wb: { calculations: string[] } }).__wb.calculations);
  expect(calculations).toContain("Full");
  await page.close();
}, 120_000);

test("accessibility: every view of the pane, and the states after its main actions, have no serious or critical axe violations", async () => {
  const problems: string[] = [];
  const page = await openPane("assess");
  problems.push(...(await axeProblems(page, "assess (empty)")));
  await page.getByLabel("What the product can do").selectOption("interception");
  await page.getByLabel("Destination country").fill("Egypt");
  await page.getByRole("region", { name: "Assessment result" }).waitFor();
  problems.push(...(await axeProblems(page, "assess (result)")));
  await page.getByLabel("Deal ID").fill("D-017");
  const form = page.getByRole("region", { name: "Sign off deal D-017" });
  await form.getByLabel(/^Reviewer/).fill("A. Lee");
  await form.getByRole("button", { name: "Add condition" }).click();
  await form.getByRole("button", { name: "Record sign-off" }).click();
  problems.push(...(await axeProblems(page, "assess (sign-off refused)")));
  for (const tab of ["Score pipeline", "Partners", "Register", "Settings"]) {
    await page.getByRole("tab", { name: tab }).click();
    await page.waitForTimeout(300);
    problems.push(...(await axeProblems(page, tab)));
  }
  await page.getByRole("tab", { name: "Score pipeline" }).click();
  await page.getByRole("button", { name: "Read columns" }).click();
  await page.getByRole("heading", { name: "2. Check the columns" }).waitFor();
  problems.push(...(await axeProblems(page, "score (columns)")));
  await page.getByRole("button", { name: "Score and write results" }).click();
  await page.getByRole("heading", { name: "Summary" }).waitFor({ timeout: 30_000 });
  problems.push(...(await axeProblems(page, "score (summary)")));
  await page.getByRole("list", { name: "Deals to sign off" }).getByRole("button").first().click();
  problems.push(...(await axeProblems(page, "score (sign-off form)")));
  await page.getByRole("button", { name: "Insert SCORETABLE" }).click();
  await page.getByText(/=EXPORTRISK\.SCORETABLE\(Deals\[#All\]\) is in|shows #SPILL!|Could not insert/).waitFor();
  problems.push(...(await axeProblems(page, "score (formula inserted)")));
  await page.getByRole("tab", { name: "Partners" }).click();
  await page.getByLabel("List files").setInputFiles(path.join(root, "..", "shared", "data", "sanctions", "us-csl-sample.csv"));
  await page.getByText(/US CSL · as of unknown date/).waitFor({ timeout: 30_000 });
  problems.push(...(await axeProblems(page, "partners (list loaded)")));
  await page.getByRole("tab", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Show JSON" }).click();
  problems.push(...(await axeProblems(page, "settings (JSON shown)")));
  await page.close();
  expect(problems).toEqual([]);
}, 180_000);

test("the board register downloads as an xlsx built in the browser with the lazily loaded exceljs", async () => {
  const page = await openPane("register");
  const chunkRequests: string[] = [];
  page.on("request", (r) => r.url().includes("/chunks/") && chunkRequests.push(r.url()));
  expect(chunkRequests).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: "Download register (.xlsx)" }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "register-")), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  expect(chunkRequests.length).toBeGreaterThan(0);
  await page.getByText(/Register of 68 deals/).waitFor();
  const ExcelJS = await import("exceljs");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(REGISTER_SHEETS);
  await page.close();
}, 120_000);
