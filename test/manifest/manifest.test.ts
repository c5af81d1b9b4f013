import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const manifestFile = path.join(root, "manifest.xml");
const xml = fs.readFileSync(manifestFile, "utf8");

/* eslint-disable @typescript-eslint/no-require-imports */
const { checkManifest, DEV_URL } = require("../../scripts/check-manifest") as {
  checkManifest(xml: string, options?: { origin?: string; assetsDir?: string; distDir?: string }): string[];
  DEV_URL: string;
};
type WebpackConfig = {
  entry: Record<string, unknown>;
  output: { path: string; filename: (data: { chunk?: { name?: string } }) => string };
  devtool: unknown;
  plugins: Array<{
    constructor: { name: string };
    options?: Record<string, unknown>;
    userOptions?: Record<string, unknown>;
    patterns?: unknown;
  }>;
};
const webpackConfig = require("../../webpack.config.js") as ((env: object, argv: object) => Promise<WebpackConfig>) & {
  DEV_URL: string;
  OUT_DIR: string;
  addinUrlFor(production: boolean, httpServer: boolean, port: number, local?: boolean): string;
  rewriteAddinUrl(text: string, url: string): string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const resource = (id: string) =>
  new RegExp(`<bt:(?:Url|Image|String) id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]+)"`).exec(xml)?.[1];

test("office-addin-manifest reads the manifest offline: an Excel task pane add-in from the dev server", () => {
  const cli = path.join(root, "node_modules", "office-addin-manifest", "cli.js");
  const run = spawnSync(process.execPath, [cli, "info", manifestFile], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/Id: 82af5ce9-7147-44aa-8b01-742c5f107127/);
  expect(run.stdout).toMatch(/Name: Cyber Export Risk/);
  expect(run.stdout).toMatch(/Type: TaskPaneApp/);
  expect(run.stdout).toMatch(/Hosts: Workbook/);
  expect(run.stdout).toMatch(/Permissions: ReadWriteDocument/);
  expect(run.stdout).toMatch(/Source Location: https:\/\/localhost:3000\/taskpane\.html/);
});

test("xmllint finds the manifest well-formed", () => {
  const run = spawnSync("xmllint", ["--noout", manifestFile], { encoding: "utf8" });
  expect(run.error).toBeUndefined(); // xmllint comes with Debian's libxml2-utils (.ci/run installs it)
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});

test("every resource id is defined and used, every URL is https on the one dev origin, icons have their stated sizes", () => {
  expect(checkManifest(xml)).toEqual([]);
});

test("the offline checks catch an undefined resource, a stray origin, a wrong icon and a missing shared runtime", () => {
  const broken = xml
    .replace(/<bt:Url id="Functions.Metadata.Url"[^>]*\/>/, "")
    .replace('DefaultValue="https://localhost:3000/assets/icon-80.png"', 'DefaultValue="https://localhost:3000/assets/icon-64.png"')
    .replace(
      '<SupportUrl DefaultValue="https://localhost:3000/docs/functions.html"/>',
      '<SupportUrl DefaultValue="http://example.com/help"/>',
    )
    .replace('lifetime="long"', 'lifetime="short"');
  expect(checkManifest(broken)).toEqual([
    "resid 'Functions.Metadata.Url' is used but not defined under <Resources>",
    "SupportUrl: http://example.com/help does not start with https://localhost:3000/ (all URLs must come from one ADDIN_URL)",
    "SupportUrl: http://example.com/help is not https, which Office requires",
    "Icon.80x80: icon-64.png is 64x64, expected 80x80",
    'no <Runtime ... lifetime="long"/>: the custom functions and the task pane must share one runtime',
  ]);
  expect(checkManifest("<OfficeApp><Id>x</Id>")[0]).toMatch(/^manifest is not well-formed XML/);
});

test("a TaskpaneId under the shared runtime and missing CustomFunctionsRuntime 1.2 / ExcelApi requirements are caught", () => {
  expect(xml).not.toMatch(/<TaskpaneId>/);
  const broken = xml
    .replace(
      '<SourceLocation resid="Taskpane.Url"/>\n                  </Action>',
      '<TaskpaneId>ExportRisk.Taskpane</TaskpaneId><SourceLocation resid="Taskpane.Url"/></Action>',
    )
    .replace(/<Set Name="CustomFunctionsRuntime"[^>]*\/>/, "")
    .replace(/<Set Name="ExcelApi"[^>]*\/>/, "");
  expect(checkManifest(broken)).toEqual([
    "the CustomFunctionsRuntime 1.2 requirement is missing (CustomFunctions.Error with a message needs it)",
    "no ExcelApi requirement is declared",
    "<TaskpaneId> under a long-lived shared runtime: the button must open the runtime's page, so leave TaskpaneId out",
  ]);
});

test("the manifest's URLs are the files webpack emits, and the runtime, functions page and button share the task pane", async () => {
  const config = await webpackConfig({ local: true }, { mode: "production" });
  expect(webpackConfig.DEV_URL).toBe(DEV_URL);
  expect(Object.keys(config.entry)).toEqual(["functions", "taskpane"]);
  // The manifest names functions.js; the pane's bundle and chunks are content-hashed; no public source maps.
  expect(config.output.filename({ chunk: { name: "functions" } })).toBe("functions.js");
  expect(config.output.filename({ chunk: { name: "taskpane" } })).toBe("[name].[contenthash:8].js");
  expect(config.devtool).toBe(false);
  expect(resource("Functions.Script.Url")).toBe(`${DEV_URL}/functions.js`);
  const metadata = config.plugins.find((p) => p.constructor.name === "CustomFunctionsMetadataPlugin");
  expect(metadata?.options?.output).toBe("functions.json");
  expect(resource("Functions.Metadata.Url")).toBe(`${DEV_URL}/functions.json`);
  const html = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin");
  expect(html?.userOptions?.filename).toBe("taskpane.html");
  expect(html?.userOptions?.chunks).toEqual(["functions", "taskpane"]);
  expect(resource("Taskpane.Url")).toBe(`${DEV_URL}/taskpane.html`);
  expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  expect(resource("Functions.Namespace")).toBe("EXPORTRISK");
  for (const size of [16, 32, 80]) expect(resource(`Icon.${size}x${size}`)).toBe(`${DEV_URL}/assets/icon-${size}.png`);
});

test("a production build rewrites every dev URL to ADDIN_URL, which must be https", () => {
  const saved = process.env.ADDIN_URL;
  try {
    process.env.ADDIN_URL = "https://addins.example.org/export-risk/";
    const url = webpackConfig.addinUrlFor(true, false, 3000);
    expect(url).toBe("https://addins.example.org/export-risk");
    const built = webpackConfig.rewriteAddinUrl(xml, url);
    expect(built).not.toContain("localhost");
    expect(checkManifest(built, { origin: url })).toEqual([]);
    process.env.ADDIN_URL = "http://addins.example.org";
    expect(() => webpackConfig.addinUrlFor(true, false, 3000)).toThrow(/ADDIN_URL must be an https:\/\/ address/);
    delete process.env.ADDIN_URL;
    // Without ADDIN_URL a production build would send users to localhost: it fails, unless built as local.
    expect(() => webpackConfig.addinUrlFor(true, false, 3000)).toThrow(/ADDIN_URL is not set/);
    expect(webpackConfig.addinUrlFor(true, false, 3000, true)).toBe(DEV_URL);
    expect(webpackConfig.addinUrlFor(false, true, 3917)).toBe("http://127.0.0.1:3917");
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
});

describe("offline validation against Microsoft's manifest schemas (npm run validate)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validateAgainstSchemas } = require("../../scripts/validate-manifest") as { validateAgainstSchemas(file: string): string[] };
  const tmp = (text: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(file, text);
    return file;
  };

  test("manifest.xml is valid against the XSDs, shared runtime included", () => {
    expect(validateAgainstSchemas(manifestFile)).toEqual([]);
  });

  test("a bad runtime lifetime, a five-part version and a misplaced TaskpaneId are refused with the line", () => {
    const bad = xml
      .replace('lifetime="long"', 'lifetime="forever"')
      .replace("<Version>0.1.0.0</Version>", "<Version>0.1.0.0.1</Version>")
      .replace('<Hosts>\n    <Host Name="Workbook"/>', '<Hosts>\n    <TaskpaneId>x</TaskpaneId><Host Name="Workbook"/>');
    const problems = validateAgainstSchemas(tmp(bad));
    expect(problems.some((p) => /Version/.test(p))).toBe(true);
    expect(problems.some((p) => /lifetime/.test(p))).toBe(true);
    expect(problems.some((p) => /TaskpaneId/.test(p))).toBe(true);
    expect(problems.every((p) => /manifest\.xml:\d+:/.test(p))).toBe(true);
  });

  test("the package scripts validate offline and keep Microsoft's online validator as validate:online", () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts;
    expect(scripts.validate).toBe("node scripts/validate-manifest.js");
    expect(scripts["validate:online"]).toBe("office-addin-manifest validate manifest.xml");
  });
});
