import { promises as fs } from "fs";
import { parseProfile, ProfileError } from "../core/methodology/loadProfile";
import { createContext } from "../core/scoring/createContext";
import type { ScoringContext, PartyScreener } from "../core/scoring/context";
import { FileError } from "./readTableFile";

/** The scoring context for a command: the default profile or --methodology FILE, and an optional screener. */
export async function loadContext(opts: { methodology?: string; screener?: PartyScreener }): Promise<ScoringContext> {
  let profile;
  if (opts.methodology) {
    let text: string;
    try {
      text = await fs.readFile(opts.methodology, "utf8");
    } catch (e) {
      throw new FileError(`Cannot read the methodology file '${opts.methodology}': ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "it does not exist" : (e as Error).message}`);
    }
    try {
      profile = parseProfile(text);
    } catch (e) {
      if (e instanceof ProfileError) throw new FileError(`${opts.methodology}: ${e.message}`);
      throw e;
    }
  }
  try {
    return createContext({ profile, screener: opts.screener });
  } catch (e) {
    throw new FileError(`${opts.methodology ?? "methodology"}: ${(e as Error).message}`);
  }
}
