import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import type { IntakeMapping } from "../core";
import { parseMapping } from "../core";
import type { ScoringContext } from "../core";
import { FileError, readTableFile } from "./readTableFile";

/**
 * Reads --mapping FILE (.csv or .xlsx, as `export-risk map` wrote it and the user corrected it),
 * checks it against the methodology's catalogues and records its SHA-256.
 */
export async function loadMapping(file: string | undefined, ctx: ScoringContext): Promise<IntakeMapping | undefined> {
  if (!file) return undefined;
  const table = await readTableFile(file, undefined, () => true);
  const sha256 = createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
  const parsed = parseMapping(table.rows, ctx, { sha256, source: path.basename(file) });
  if (!parsed.ok) {
    const more = parsed.errors.length > 8 ? ` (and ${parsed.errors.length - 8} more)` : "";
    throw new FileError(`${file}: the mapping is not valid - ${parsed.errors.slice(0, 8).join("; ")}${more}`);
  }
  if (parsed.unreviewed)
    process.stderr.write(
      `Note: ${parsed.unreviewed} lines of ${path.basename(file)} are still marked ${"REVIEW"}: check them, then clear the mark.\n`,
    );
  return parsed.mapping;
}
