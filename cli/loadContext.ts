import { promises as fs } from "fs";
import { parseProfile, ProfileError, shippedProfile, shippedProfileIds } from "../core";
import { createContext } from "../core";
import type { ScoringContext } from "../core";
import { defaultProfile } from "../core";
import { loadScreener, type ScreenerFiles } from "./loadScreener";
import { createReference } from "../core";
import { validateRestrictionTable } from "../core";
import type { ReferenceData } from "../core";
import { FileError } from "./readTableFile";

export interface ContextOptions {
  /** --methodology ID|FILE: a shipped profile id ("techUK-2014@1") or a tuned copy of the profile. */
  methodology?: string;
  /** --restrictions FILE: the user's own dated sanctions / embargo / states-of-concern table (JSON). */
  restrictions?: string;
  /** --list / --decisions / --list-as-of: screen end users and partners against these lists. */
  screening?: ScreenerFiles;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (e) {
    throw new FileError(
      `Cannot read the ${what} '${file}': ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "it does not exist" : (e as Error).message}`,
    );
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FileError(`${file}: is not valid JSON (${(e as Error).message})`);
  }
}

/** The scoring context for a command: the default profile and data, or the user's own files. */
export async function loadContext(opts: ContextOptions): Promise<ScoringContext> {
  let profile = opts.methodology ? shippedProfile(opts.methodology) : undefined;
  if (opts.methodology && !profile) {
    if (/^[\w.-]+@\d+$/.test(opts.methodology.trim())) {
      try {
        await fs.access(opts.methodology);
      } catch {
        throw new FileError(
          `Methodology '${opts.methodology}' is not a shipped profile (shipped: ${shippedProfileIds().join(", ")}) and no file has that name`,
        );
      }
    }
    const text = await readText(opts.methodology, "methodology file");
    try {
      profile = parseProfile(text);
    } catch (e) {
      if (e instanceof ProfileError) throw new FileError(`${opts.methodology}: ${e.message}`);
      throw e;
    }
  }
  let reference: ReferenceData | undefined;
  if (opts.restrictions) {
    const checked = validateRestrictionTable(parseJson(await readText(opts.restrictions, "restrictions table"), opts.restrictions));
    if (!checked.ok) {
      const problems = checked.errors.map((e) => (e.row ? `row ${e.row}, ${e.field}: ${e.message}` : `${e.field}: ${e.message}`));
      throw new FileError(
        `${opts.restrictions}: the restrictions table is not valid - ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ""}`,
      );
    }
    reference = createReference({ restrictions: checked.table });
  }
  const screener = opts.screening ? await loadScreener(opts.screening, profile ?? defaultProfile()) : undefined;
  try {
    return createContext({ profile, reference, screener });
  } catch (e) {
    throw new FileError(`${opts.methodology ?? "methodology"}: ${(e as Error).message}`);
  }
}
