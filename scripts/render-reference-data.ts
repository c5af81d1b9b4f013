/**
 * Renders docs/reference-data.md from core/reference/restrictions.json.
 *
 *   npm run docs:reference-data
 */
import { readFileSync, writeFileSync } from "fs";
import { renderReferenceDataDoc, type RestrictionJsonTable } from "./referenceDataDoc";

// Run from the repository's root, like `npm run data:wgi`.
const table = JSON.parse(readFileSync("core/reference/restrictions.json", "utf8")) as RestrictionJsonTable;
writeFileSync("docs/reference-data.md", renderReferenceDataDoc(table));
console.log(`docs/reference-data.md: ${table.rows.length} rows as of ${table.asOf}`);
