/**
 * Derives the compact WGI table the core ships (core/reference/data/wgi.json) from the World
 * Bank's official Worldwide Governance Indicators workbook (long format, one row per country,
 * year and indicator).
 *
 *   npm run data:wgi -- <wgidataset.xlsx> [--out core/reference/data/wgi.json]
 *
 * Per country it keeps the percentile ranks (0-100) of EVERY YEAR of the file (the full history,
 * so a deal can be assessed as at a past date) for the indicators the default methodology uses
 * (va, rl; others with --indicators va,rl,ge), compactly encoded (core/reference/wgiTable.ts); an
 * indicator missing in a year is null rather than taken from another year, so years never mix.
 */
import { createHash } from "crypto";
import { readFileSync, writeFileSync } from "fs";
import { basename } from "path";
import { deriveWgi, formatWgiTable, WGI_CODE_MAP } from "../core/reference/deriveWgi";
import { SHIPPED_WGI_INDICATORS, WGI_INDICATORS, type WgiIndicator } from "../core/reference/wgiTable";
import { readWgiWorkbook } from "../cli/readWgiWorkbook";

export { deriveWgi, formatWgiTable, mapWgiCode, WGI_CODE_MAP } from "../core/reference/deriveWgi";
export type { WgiRecord, WgiDerivation } from "../core/reference/deriveWgi";
export { readWgiWorkbook } from "../cli/readWgiWorkbook";

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  let out = "core/reference/data/wgi.json";
  const outAt = args.indexOf("--out");
  if (outAt >= 0) {
    out = args[outAt + 1];
    args.splice(outAt, 2);
  }
  let indicators: WgiIndicator[] = [...SHIPPED_WGI_INDICATORS];
  const indAt = args.indexOf("--indicators");
  if (indAt >= 0) {
    indicators = String(args[indAt + 1] ?? "")
      .split(",")
      .map((x) => x.trim().toLowerCase()) as WgiIndicator[];
    args.splice(indAt, 2);
  }
  const file = args[0];
  if (!file || !out || indicators.some((i) => !(WGI_INDICATORS as readonly string[]).includes(i))) {
    console.error(
      `Usage: npm run data:wgi -- <wgidataset.xlsx> [--out core/reference/data/wgi.json] [--indicators ${WGI_INDICATORS.join(",")}]`,
    );
    process.exit(2);
  }
  const sha256 = createHash("sha256").update(readFileSync(file)).digest("hex");
  const records = await readWgiWorkbook(file);
  const { table, excluded, older } = deriveWgi(records, { name: basename(file), sha256 }, indicators);
  writeFileSync(out, formatWgiTable(table));
  console.log(`${records.length} figures read from ${basename(file)} (sha256 ${sha256.slice(0, 12)}...)`);
  console.log(`${Object.keys(table.rows).length} countries written to ${out}; years ${table.firstYear}-${table.year}`);
  for (const [code, m] of Object.entries(WGI_CODE_MAP)) if (m.alpha3) console.log(`  mapped ${code} -> ${m.alpha3}: ${m.reason}`);
  for (const e of excluded) console.log(`  excluded ${e.code} (${e.name}): ${e.reason}`);
  for (const o of older) console.log(`  ${o.alpha3}: latest figures are for ${o.year}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
