/**
 * `npm run bench`: runs every benchmark in bench/ and prints its figures. Benchmarks measure; they
 * never fail the build. Pass names to run some: `npm run bench -- scoring register`.
 */
import * as fs from "fs";
import * as path from "path";

async function run(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.startsWith("_"))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
    .sort();
  console.log(
    `Node ${process.version}, ${require("os").cpus()[0]?.model ?? "cpu"} x${require("os").cpus().length}, ${new Date().toISOString()}`,
  );
  for (const f of files) {
    console.log(`\n=== bench/${f}`);
    const mod = require(path.join(__dirname, f)) as { main?: () => unknown };
    if (typeof mod.main !== "function") {
      console.log("(no main() exported; skipped)");
      continue;
    }
    try {
      await mod.main();
    } catch (e) {
      console.log(`benchmark failed: ${(e as Error).stack ?? e}`);
    }
  }
}

void run();
