import { profileSchema, type Profile } from "./profileSchema";
import defaultProfileJson from "./techUK-2014.profile.json";

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

let cached: Profile | undefined;
/** The shipped default profile, techUK-2014 version 1. */
export function defaultProfile(): Profile {
  return (cached ??= loadProfile(defaultProfileJson));
}

export function profileTag(p: Profile): string {
  return `${p.id}@${p.version}`;
}
