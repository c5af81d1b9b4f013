import { promises as fs } from "fs";
import { parseProfile, ProfileError, shippedProfile, shippedProfileIds } from "../core";
import { createContext } from "../core";
import type { ScoringContext } from "../core";
import { defaultProfile } from "../core";
import { loadScreener, type ScreenerFiles } from "./loadScreener";
import { createReference } from "../core";
import { validateRestrictionTable } from "../core";
import type { ReferenceData, RestrictionTable } from "../core";
import type { WgiTable } from "../core";
import { FileError } from "./readTableFile";
import { toFileError } from "./fileSystemError";
import { oneLine } from "./terminalText";
import { isIsoDate } from "../core";
import { readWgiFile } from "./readWgiFile";

export interface ContextOptions {
  /** --methodology ID|FILE: a shipped profile id ("techUK-2014@1") or a tuned copy of the profile. */
  methodology?: string;
  /** --restrictions FILE: the user's own dated sanctions / embargo / states-of-concern table (JSON). */
  restrictions?: string;
  /** --list / --decisions / --list-as-of: screen customers, end users and partners against these lists. */
  screening?: ScreenerFiles;
  /** --as-at DATE: assess as at this date (YYYY-MM-DD); a deal's own "As at" column wins. */
  asAt?: string;
  /** A WGI history to use instead of the shipped one (see readWgiFile). */
  wgi?: WgiTable;
}

/** Checks --as-at and says how to write it. */
export function checkAsAt(asAt: string | undefined): string | undefined {
  if (asAt === undefined) return undefined;
  if (!isIsoDate(asAt)) throw new FileError(`--as-at '${asAt}' is not a date - use YYYY-MM-DD, e.g. 2020-11-15`);
  return asAt;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (e) {
    throw toFileError(e, file, "read", `read the ${what}`);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FileError(`${file}: is not valid JSON (${oneLine((e as Error).message)})`);
  }
}

/** A restrictions table file, checked; every problem names its row and field. */
export async function readRestrictionsFile(file: string): Promise<RestrictionTable> {
  const checked = validateRestrictionTable(parseJson(await readText(file, "restrictions table"), file));
  if (!checked.ok) {
    const problems = checked.errors.map((e) => (e.row ? `row ${e.row}, ${e.field}: ${e.message}` : `${e.field}: ${e.message}`));
    throw new FileError(
      `${file}: the restrictions table is not valid - ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ""}`,
    );
  }
  return checked.table;
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
      if (e instanceof ProfileError) throw new FileError(`${opts.methodology}: ${oneLine(e.message)}`);
      throw e;
    }
  }
  let reference: ReferenceData | undefined;
  if (opts.restrictions || opts.wgi) {
    const restrictions = opts.restrictions ? await readRestrictionsFile(opts.restrictions) : undefined;
    reference = createReference({ ...(restrictions ? { restrictions } : {}), ...(opts.wgi ? { wgi: opts.wgi } : {}) });
  }
  for (const warning of reference?.warnings ?? []) process.stderr.write(`Warning: ${warning}.\n`);
  const asAt = checkAsAt(opts.asAt);
  const screener = opts.screening ? await loadScreener(opts.screening, profile ?? defaultProfile()) : undefined;
  try {
    return createContext({ profile, reference, screener, ...(asAt ? { asAt } : {}) });
  } catch (e) {
    throw new FileError(`${opts.methodology ?? "methodology"}: ${(e as Error).message}`);
  }
}

/** The reference-data, mapping and screening flags that `score` and `register` share. */
export interface ScoringFlags {
  methodology?: string;
  restrictions?: string;
  wgi?: string;
  mapping?: string;
  list: string[];
  decisions?: string;
  listAsOf?: string;
}

/** The files those flags name: an output must not overwrite any of them (assertNotAnInput). */
export function scoringFlagFiles(opts: ScoringFlags): (string | undefined)[] {
  return [opts.methodology, opts.restrictions, opts.wgi, opts.mapping, ...opts.list, opts.decisions];
}

/** The scoring context the flags ask for, assessed as at `asAt` (a deal's own "As at" column wins). */
export async function loadScoringContext(opts: ScoringFlags, asAt: string | undefined): Promise<ScoringContext> {
  return loadContext({
    methodology: opts.methodology,
    restrictions: opts.restrictions,
    screening: { list: opts.list, decisions: opts.decisions, listAsOf: opts.listAsOf },
    asAt,
    ...(opts.wgi ? { wgi: await readWgiFile(opts.wgi) } : {}),
  });
}
