import type { Profile } from "../core";
import type { ReferenceData } from "../core";
import type { PartyScreener, ScoringContext } from "../core";
import { createContext } from "../core";
import type { IntakeMapping } from "../core";

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
  /** Assess as at this date (YYYY-MM-DD; the pane's Settings); today when absent. */
  asAt?: string;
}

export function functionsContext(): ScoringContext {
  return (current ??= createContext(settings));
}

/**
 * Replaces the settings (missing ones fall back to the shipped defaults) and rebuilds the context.
 * The lists loaded in the workbook are kept unless `next` brings a screener: the methodology and the
 * lists are saved separately (Settings and Partners views).
 */
export function setFunctionsSettings(next: FunctionsSettings): ScoringContext {
  settings = { ...next, screener: next.screener ?? settings.screener };
  current = createContext(settings);
  notifyFunctionsStateChanged("settings");
  return current;
}

/**
 * The restricted-party lists loaded in the workbook, as a screener (the Partners view builds it when the
 * pane opens and whenever lists or reviewer decisions change); undefined when no list is loaded.
 * SCREEN and SCREENTABLE use it, and SCORETABLE/ASSESS then treat an uncleared match as a hard stop.
 */
export function setFunctionsScreener(screener: PartyScreener | undefined, change: FunctionsStateChange = "lists"): void {
  settings = { ...settings, screener };
  current = undefined;
  notifyFunctionsStateChanged(change);
}

export function functionsScreener(): PartyScreener | undefined {
  return settings.screener;
}

let valueMapping: IntakeMapping | undefined;

/** The CRM value mapping saved in the workbook (the pane's value-mapping step); SCORETABLE reads with it. */
export function setFunctionsValueMapping(m: IntakeMapping | undefined): void {
  valueMapping = m;
}

export function functionsValueMapping(): IntakeMapping | undefined {
  return valueMapping;
}

/** Back to the shipped methodology profile and reference data, with no lists loaded. */
export function resetFunctionsSettings(): void {
  settings = {};
  current = undefined;
  valueMapping = undefined;
}

/** What changed in the state the functions read; the pane says so when it recalculates. */
export type FunctionsStateChange = "workbook" | "settings" | "lists" | "mapping" | "decisions" | "reviews";
type Listener = (change: FunctionsStateChange) => void;
const listeners = new Set<Listener>();

/**
 * Excel recalculates a non-volatile custom function only when its arguments change, so every change
 * of the state the functions read is announced here; the pane answers with a recalculation of the
 * workbook (addin/excel/recalculateFunctions.ts). Returns the unsubscribe function.
 */
export function onFunctionsStateChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Announces a change (mapping or review records kept elsewhere call this too). */
export function notifyFunctionsStateChanged(change: FunctionsStateChange): void {
  for (const l of listeners) l(change);
}
