import { loadProfile, defaultProfile, shippedProfile, shippedProfileIds } from "../../core";
import type { Profile } from "../../core";
import { createReference } from "../../core";
import type { RestrictionTable } from "../../core";
import { defaultRestrictionTable, validateRestrictionTable } from "../../core";
import type { ScoringContext } from "../../core";
import { createContext } from "../../core";
import { isIsoDate } from "../../core";
import { defaultWgiTable, wgiIndicatorProblem } from "../../core";

/** The methodology and reference data a workbook carries: what the pane and the custom functions score with. */
export interface PaneSettings {
  profile: Profile;
  /** The sanctions / embargo / states-of-concern table; the shipped one when absent. */
  restrictions?: RestrictionTable;
  /** Assess as at this date (YYYY-MM-DD); today when absent. */
  asAt?: string;
}

/** The JSON stored in the workbook and exported by the Settings view. */
export interface SettingsFile {
  format: "cyber-export-risk-settings";
  version: 1;
  profile: unknown;
  restrictions?: unknown;
  asAt?: unknown;
}

export function defaultSettings(): PaneSettings {
  return { profile: defaultProfile() };
}

export function restrictionsOf(s: PaneSettings): RestrictionTable {
  return s.restrictions ?? defaultRestrictionTable();
}

export function toSettingsFile(s: PaneSettings): SettingsFile {
  return {
    format: "cyber-export-risk-settings",
    version: 1,
    profile: s.profile,
    ...(s.restrictions ? { restrictions: s.restrictions } : {}),
    ...(s.asAt ? { asAt: s.asAt } : {}),
  };
}

/** Validates settings JSON (from the workbook or an imported file); the message says which part is wrong. */
export function parseSettings(json: unknown): { ok: true; settings: PaneSettings } | { ok: false; message: string } {
  const file = json as Partial<SettingsFile> | null;
  if (!file || typeof file !== "object") return { ok: false, message: "The settings are not a JSON object." };
  // A bare profile (as the command line's --methodology takes) is accepted too.
  const profileJson = file.format === "cyber-export-risk-settings" ? file.profile : json;
  let profile: Profile;
  try {
    // A shipped profile may be named by its id ("techUK-2014@1") instead of carried in full.
    if (typeof profileJson === "string") {
      const shipped = shippedProfile(profileJson);
      if (!shipped)
        return {
          ok: false,
          message: `Methodology '${profileJson}' is not a shipped profile (shipped: ${shippedProfileIds().join(", ")}).`,
        };
      profile = shipped;
    } else profile = loadProfile(profileJson);
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  const wgiProblem = wgiIndicatorProblem(profile.destination.indicators, defaultWgiTable().indicators);
  if (wgiProblem) return { ok: false, message: wgiProblem };
  let asAt: string | undefined;
  if (file.format === "cyber-export-risk-settings" && file.asAt !== undefined) {
    if (typeof file.asAt !== "string" || !isIsoDate(file.asAt)) {
      return { ok: false, message: `Assess as at: '${String(file.asAt)}' is not a date - use YYYY-MM-DD.` };
    }
    asAt = file.asAt;
  }
  const dated = asAt ? { asAt } : {};
  if (file.format === "cyber-export-risk-settings" && file.restrictions !== undefined) {
    const checked = validateRestrictionTable(file.restrictions);
    if (!checked.ok) {
      return {
        ok: false,
        message: `Sanctions and embargo table: ${checked.errors.map((e) => (e.row ? `row ${e.row}, ${e.field}: ` : "") + e.message).join("; ")}`,
      };
    }
    return { ok: true, settings: { profile, restrictions: checked.table, ...dated } };
  }
  return { ok: true, settings: { profile, ...dated } };
}

/** Builds the scoring context once per settings change; every view reuses it. */
export function contextFor(s: PaneSettings): ScoringContext {
  return createContext({
    profile: s.profile,
    ...(s.restrictions ? { reference: createReference({ restrictions: s.restrictions }) } : {}),
    ...(s.asAt ? { asAt: s.asAt } : {}),
  });
}
