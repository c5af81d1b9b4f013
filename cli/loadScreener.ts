import { createHash } from "crypto";
import { promises as fs } from "fs";
import {
  createScreener,
  formatImportError,
  importLists,
  parseDecisions,
  type PartyScreenerWithIndex,
  type ScreeningDecision,
  type ScreeningList,
} from "../core";
import type { Profile } from "../core";
import { FileError } from "./readTableFile";
import { isoDate } from "../core";
import { oneLine, terminalText } from "./terminalText";
import { toFileError } from "./fileSystemError";

/** Restricted-party lists, reviewer decisions and threshold for screen, score and register. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function parseThreshold(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new FileError(`--threshold ${v} is not a number between 0 and 1 (e.g. 0.9)`);
  return n;
}

async function readBytes(file: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    throw toFileError(e, file, "read", `read the ${what}`);
  }
}

/** Reads and imports every --list file; any import error stops the command (exit 2). */
export async function loadLists(files: string[], asOf?: string): Promise<ScreeningList[]> {
  if (files.length === 0) throw new FileError("give at least one restricted-party list with --list FILE");
  if (asOf !== undefined && !isoDate(asOf))
    throw new FileError(
      `the list date '${terminalText(asOf, false)}' (--as-of / --list-as-of) is not a calendar date in the form YYYY-MM-DD`,
    );
  // Node's native SHA-256 of the bytes: the digest core would compute, in a fraction of the time.
  const inputs = await Promise.all(
    files.map(async (name) => {
      const bytes = await readBytes(name, "list file");
      return { name, bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
  const results = importLists(inputs, { asOf });
  const errors = results.filter((r) => !r.ok).map((r) => (r.ok ? "" : oneLine(formatImportError(r.error))));
  if (errors.length) throw new FileError(errors.join("\n"));
  return results.map((r) => (r.ok ? r.list : (undefined as never)));
}

export async function loadDecisions(file: string | undefined, mustExist: boolean): Promise<ScreeningDecision[]> {
  if (!file) return [];
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" && !mustExist) return [];
    throw toFileError(e, file, "read", "read the decisions file");
  }
  const parsed = parseDecisions(text, file);
  if (!parsed.ok) throw new FileError(oneLine(parsed.message));
  return parsed.decisions;
}

export interface ScreenerFiles {
  list: string[];
  decisions?: string;
  listAsOf?: string;
}

/** A screener for --list files (undefined without any), applying --decisions, at the profile's threshold. */
export async function loadScreener(opts: ScreenerFiles, profile: Profile): Promise<PartyScreenerWithIndex | undefined> {
  if (opts.list.length === 0) {
    if (opts.decisions) throw new FileError("--decisions applies to screening: give the lists with --list FILE");
    return undefined;
  }
  const lists = await loadLists(opts.list, opts.listAsOf);
  const decisions = await loadDecisions(opts.decisions, true);
  return createScreener(lists, { threshold: profile.screening.threshold, reviewFloor: profile.screening.reviewFloor, decisions });
}
