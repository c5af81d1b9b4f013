import type { Profile } from "../core/methodology/profileSchema";
import type { ReferenceData } from "../core/reference/referenceTypes";
import type { PartyScreener, ScoringContext } from "../core/scoring/context";
import { createContext } from "../core/scoring/createContext";

/**
 * The one scoring context every custom function uses. Building it compiles the profile's lookups,
 * so it is built once and reused for every call. The task pane shares this module (shared runtime):
 * when the user changes the methodology or reference data stored in the workbook, it calls
 * setFunctionsSettings and the next recalculation scores with them.
 */
let current: ScoringContext | undefined;
let settings: FunctionsSettings = {};

export interface FunctionsSettings {
  profile?: Profile;
  reference?: ReferenceData;
  screener?: PartyScreener;
}

export function functionsContext(): ScoringContext {
  return (current ??= createContext(settings));
}

/** Replaces the settings (missing ones fall back to the shipped defaults) and rebuilds the context. */
export function setFunctionsSettings(next: FunctionsSettings): ScoringContext {
  settings = { ...next };
  current = createContext(settings);
  return current;
}

/** Back to the shipped methodology profile and reference data. */
export function resetFunctionsSettings(): void {
  settings = {};
  current = undefined;
}
