/**
 * Builds the add-in into dist/addin: the custom functions (functions.js + functions.json, generated
 * from the JSDoc tags by custom-functions-metadata-plugin), the task pane (taskpane.js + taskpane.html),
 * the icons, the manifest and the functions help page.
 *
 *   npm run build                  production; every https://localhost:3000 URL becomes ADDIN_URL (required)
 *   npm run build:local            production bundles that keep https://localhost:3000 (sideloading, tests)
 *   npm run build:dev              development build
 *   npm run dev-server             https://localhost:3000 with the Office dev certificates (sideloading)
 *   DEV_SERVER_HTTP=1 npm run dev-server   plain http on 127.0.0.1 (tests; no certificates, no sudo)
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { renderMarkdownPage } = require("./scripts/render-markdown");
// webpack's own minimizer plugin (its dependency), run with esbuild: several times faster than terser
// on the task pane's Fluent UI code, for bundles a few percent larger.
const MinimizerPlugin = require(
  require.resolve("minimizer-webpack-plugin", { paths: [path.dirname(require.resolve("webpack/package.json"))] }),
);

/** The URL every development file in manifest.xml and the help links use. */
const DEV_URL = "https://localhost:3000";
const FUNCTIONS_SOURCE = "./functions/functions.ts";
const OUT_DIR = path.resolve(__dirname, "dist", "addin");
/** Budget from the issue: the functions bundle stays under 300 KB minified. */
const FUNCTIONS_BUDGET = 300 * 1024;

/**
 * The URL the add-in is served from: ADDIN_URL in a production build, the dev server otherwise.
 * A production build without ADDIN_URL fails: its manifest would point users at localhost. Only a
 * local production build (`--env local`: npm run build:local, the browser tests) may use the dev URL.
 */
function addinUrlFor(production, httpServer, port, local = false) {
  if (httpServer) return `http://127.0.0.1:${port}`;
  if (!production) return DEV_URL;
  const given = (process.env.ADDIN_URL || "").trim();
  if (!given) {
    if (local) return DEV_URL;
    throw new Error(
      "ADDIN_URL is not set. A production build is what users load, so its manifest must name where dist/addin is served: " +
        "ADDIN_URL=https://addins.example.org/export-risk npm run build. For a local build on https://localhost:3000 use npm run build:local.",
    );
  }
  const url = given.replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https:// address where dist/addin is served (got '${url}')`);
  }
  return url;
}

function rewriteAddinUrl(text, url) {
  return text.split(DEV_URL).join(url);
}

/** Rewrites the development URL in the text assets (manifest, metadata help links, docs) to the add-in URL. */
class RewriteAddinUrlPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteAddinUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteAddinUrlPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          if (this.url === DEV_URL) return;
          for (const name of Object.keys(assets)) {
            if (!/\.(xml|json|html)$/.test(name)) continue;
            const text = assets[name].source().toString();
            const rewritten = rewriteAddinUrl(text, this.url);
            if (rewritten !== text) compilation.updateAsset(name, new webpack.sources.RawSource(rewritten));
          }
        },
      );
    });
  }
}

/** A restrictions table with every row's `note` left out (see the rule that uses it). */
function withoutRowNotes(table) {
  return { ...table, rows: table.rows.map(({ note: _note, ...row }) => row) };
}

/**
 * Options of functions.json that the JSDoc tags cannot express (Microsoft: "allowErrorForDataTypeAny
 * can only be used with manually created JSON metadata"): with it, a range argument holding #N/A or
 * #REF! reaches SCORETABLE, which fails that row alone, instead of Excel answering #VALUE! for the
 * whole table.
 */
const FUNCTIONS_METADATA_OPTIONS = { allowErrorForDataTypeAny: true };

class FunctionsMetadataOptionsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataOptionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataOptionsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          if (!assets["functions.json"]) {
            compilation.errors.push(new Error("functions.json was not generated, so its options could not be added"));
            return;
          }
          const metadata = JSON.parse(assets["functions.json"].source().toString());
          const json = JSON.stringify({ ...FUNCTIONS_METADATA_OPTIONS, ...metadata }, null, 2);
          compilation.updateAsset("functions.json", new webpack.sources.RawSource(json));
        },
      );
    });
  }
}

/** Renders docs/functions.md to docs/functions.html: the functions' help URLs open its anchors. */
class FunctionsHelpPagePlugin {
  apply(compiler) {
    const source = path.resolve(__dirname, "docs", "functions.md");
    compiler.hooks.thisCompilation.tap("FunctionsHelpPagePlugin", (compilation) => {
      compilation.fileDependencies.add(source);
      compilation.hooks.processAssets.tap(
        { name: "FunctionsHelpPagePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const html = renderMarkdownPage(fs.readFileSync(source, "utf8"), "Cyber Export Risk - Excel functions");
          compilation.emitAsset("docs/functions.html", new webpack.sources.RawSource(html));
        },
      );
    });
  }
}

/**
 * The task pane's Content-Security-Policy. Office.js comes from appsforoffice.microsoft.com and
 * loads its host scripts from there; Excel talks to it with postMessage, not fetch.
 */
function contentSecurityPolicy(production) {
  return [
    "default-src 'self'",
    `script-src 'self' https://appsforoffice.microsoft.com${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    throw new Error(
      `Could not get the Office development certificates (${e.message}). ` +
        "Install them with `npx office-addin-dev-certs install` (needs an administrator), " +
        "or serve plain http on 127.0.0.1 with DEV_SERVER_HTTP=1 (not for sideloading).",
    );
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE || process.env.WEBPACK_SERVE);
  const httpServer = serving && process.env.DEV_SERVER_HTTP === "1";
  const port = Number(process.env.DEV_SERVER_PORT || 3000);
  let addinUrl;
  try {
    addinUrl = addinUrlFor(production, httpServer, port, Boolean(env.local));
  } catch (e) {
    // One line saying what to set, not a stack trace.
    console.error(`Build stopped: ${e.message}`);
    process.exit(1);
  }

  return {
    mode: production ? "production" : "development",
    // No source maps in production: dist/addin is served publicly as it is.
    devtool: production ? false : "eval-cheap-module-source-map",
    target: ["web", "es2020"],
    entry: {
      functions: FUNCTIONS_SOURCE,
      // The pane shares the functions' runtime and modules (one instance of functions/context.ts),
      // so settings the pane changes are the settings the functions score with.
      taskpane: { import: "./addin/index.tsx", dependOn: "functions" },
    },
    output: {
      path: OUT_DIR,
      // functions.js keeps its name (manifest.xml points at it; served with no-cache, see docs/hosting.md);
      // the task pane bundle and the chunks carry a content hash, so they can be cached for a year.
      filename: (data) => (data.chunk && data.chunk.name === "functions" ? "functions.js" : "[name].[contenthash:8].js"),
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: true },
            },
          },
        },
        {
          // The shipped restrictions table without its rows' notes: the notes are the audit trail of
          // each row (what was checked in which official publication), read in the JSON and in
          // docs/reference-data.md; nothing in Excel shows them, and they would take the functions
          // bundle past its size budget.
          test: /core[\\/]reference[\\/]restrictions\.json$/,
          type: "json",
          parser: { parse: (text) => withoutRowNotes(JSON.parse(text)) },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new FunctionsMetadataOptionsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./addin/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        csp: contentSecurityPolicy(production),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new FunctionsHelpPagePlugin(),
      new RewriteAddinUrlPlugin(addinUrl),
    ],
    optimization: {
      minimizer: [
        new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify, minimizerOptions: { target: "es2020", legalComments: "none" } }),
      ],
    },
    performance: production
      ? {
          hints: "error",
          maxAssetSize: FUNCTIONS_BUDGET,
          maxEntrypointSize: FUNCTIONS_BUDGET,
          assetFilter: (name) => name === "functions.js",
        }
      : false,
    devServer: {
      host: httpServer ? "127.0.0.1" : "localhost",
      port,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      server: httpServer ? "http" : { type: "https", options: await (serving ? httpsOptions() : Promise.resolve({})) },
      devMiddleware: { writeToDisk: false },
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.addinUrlFor = addinUrlFor;
module.exports.rewriteAddinUrl = rewriteAddinUrl;
module.exports.OUT_DIR = OUT_DIR;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.FUNCTIONS_BUDGET = FUNCTIONS_BUDGET;
module.exports.FUNCTIONS_METADATA_OPTIONS = FUNCTIONS_METADATA_OPTIONS;
