import { profileSchema, type Profile } from "./profileSchema";
import version1Json from "./techUK-2014.profile.json";
import version2Json from "./techUK-2014-v2.profile.json";

export class ProfileError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Methodology profile is not valid: ${field ? `'${field}' ` : ""}${problem}`);
    this.name = "ProfileError";
  }
}

/** Validates a profile (parsed JSON); a broken profile throws a ProfileError naming the first bad field. */
export function loadProfile(json: unknown): Profile {
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map(String).join(".");
    const problems = parsed.error.issues.slice(1).length;
    throw new ProfileError(field, issue.message + (problems ? ` (and ${problems} more problem${problems > 1 ? "s" : ""})` : ""));
  }
  return parsed.data;
}

/** Parses profile text (JSON) with a clear message for a JSON syntax error. */
export function parseProfile(text: string): Profile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ProfileError("", `is not valid JSON: ${(e as Error).message}`);
  }
  return loadProfile(json);
}

const shipped: Array<{ tag: string; json: unknown; profile?: Profile }> = [
  { tag: "techUK-2014@2", json: version2Json },
  { tag: "techUK-2014@1", json: version1Json },
];

/** The ids of the shipped profiles, default first ("techUK-2014@2", "techUK-2014@1"). */
export function shippedProfileIds(): string[] {
  return shipped.map((s) => s.tag);
}

/**
 * A shipped profile by its id ("techUK-2014@1"; "techUK-2014" alone is the newest version), or
 * undefined: a result made with version 1 last year can be reproduced exactly.
 */
export function shippedProfile(tag: string): Profile | undefined {
  const want = tag.trim();
  const entry = shipped.find((s) => s.tag === want || s.tag.split("@")[0] === want);
  if (!entry) return undefined;
  return (entry.profile ??= loadProfile(entry.json));
}

/** The shipped default profile, techUK-2014 version 2. */
export function defaultProfile(): Profile {
  return shippedProfile(shipped[0].tag)!;
}

export function profileTag(p: Profile): string {
  return `${p.id}@${p.version}`;
}
