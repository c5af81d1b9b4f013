import type { ScreeningHit } from "../scoring/context";
import { normalizeName } from "./normalizeName";
import { sha256Text } from "./sha256";
import type { ListEntry } from "./types";

/**
 * A reviewer's decision on one hit. It holds for exactly this list entry content and this input name
 * (normalised): when the list changes the entry, or the partner's name changes, the hit alerts again.
 */
export interface ScreeningDecision {
  source: string;
  entryId: string;
  /** SHA-256 of the entry's content (names, programme, type, countries) when the decision was taken. */
  entryHash: string;
  /** The input name as the reviewer saw it, and its normalised form (the key). */
  inputName: string;
  inputKey: string;
  status: "cleared" | "confirmed";
  by: string;
  /** ISO date (YYYY-MM-DD) of the decision. */
  at: string;
  reason: string;
  listName: string;
  matchedName: string;
}

export interface DecisionFile {
  version: 1;
  decisions: ScreeningDecision[];
}

const entryHashes = new WeakMap<ListEntry, string>();

/** Content fingerprint of a list entry: changes when the list changes anything a reviewer relied on. */
export function entryContentHash(entry: ListEntry): string {
  let h = entryHashes.get(entry);
  if (h === undefined) {
    h = sha256Text(
      JSON.stringify([
        entry.source,
        entry.entryId,
        entry.listName,
        entry.names.map((n) => [n.name, n.quality]),
        entry.programme,
        entry.partyType,
        entry.countries,
      ]),
    );
    entryHashes.set(entry, h);
  }
  return h;
}

export function makeDecision(args: {
  entry: ListEntry;
  inputName: string;
  status: "cleared" | "confirmed";
  by: string;
  at: string;
  reason: string;
  matchedName?: string;
}): ScreeningDecision {
  return {
    source: args.entry.source,
    entryId: args.entry.entryId,
    entryHash: entryContentHash(args.entry),
    inputName: args.inputName,
    inputKey: normalizeName(args.inputName),
    status: args.status,
    by: args.by,
    at: args.at,
    reason: args.reason,
    listName: args.entry.listName,
    matchedName: args.matchedName ?? args.entry.listName,
  };
}

/** The decisions with `d` added, replacing an earlier decision on the same entry content and input name. */
export function upsertDecision(decisions: ScreeningDecision[], d: ScreeningDecision): ScreeningDecision[] {
  return [
    ...decisions.filter(
      (x) => !(x.source === d.source && x.entryId === d.entryId && x.entryHash === d.entryHash && x.inputKey === d.inputKey),
    ),
    d,
  ];
}

/** The decision that still applies to this entry and input, if any (the latest one). */
export function findDecision(decisions: ScreeningDecision[], entry: ListEntry, inputName: string): ScreeningDecision | undefined {
  const key = normalizeName(inputName);
  const hash = entryContentHash(entry);
  let found: ScreeningDecision | undefined;
  for (const d of decisions) {
    if (d.source === entry.source && d.entryId === entry.entryId && d.inputKey === key && d.entryHash === hash) found = d;
  }
  return found;
}

/** Decisions on this entry and input that no longer apply because the list entry changed since. */
export function staleDecisions(decisions: ScreeningDecision[], entry: ListEntry, inputName: string): ScreeningDecision[] {
  const key = normalizeName(inputName);
  const hash = entryContentHash(entry);
  return decisions.filter((d) => d.source === entry.source && d.entryId === entry.entryId && d.inputKey === key && d.entryHash !== hash);
}

/** A hit with its decision attached, when a decision applies. */
export function withDecision<H extends ScreeningHit>(hit: H, decision: ScreeningDecision | undefined): H {
  if (!decision) return hit;
  return { ...hit, decision: { status: decision.status, by: decision.by, at: decision.at, reason: decision.reason } };
}

/** "match" while any hit is not cleared (a confirmed hit stays a match); otherwise "clear". */
export function screeningStatus(hits: ScreeningHit[]): "match" | "clear" {
  return hits.some((h) => h.decision?.status !== "cleared") ? "match" : "clear";
}

const STATUS = new Set(["cleared", "confirmed"]);

/** Reads a decisions file; each problem names the decision's position and field. */
export function parseDecisions(text: string, file: string): { ok: true; decisions: ScreeningDecision[] } | { ok: false; message: string } {
  if (text.trim() === "") return { ok: true, decisions: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${file}: not valid JSON (${(e as Error).message})` };
  }
  const list = (raw as DecisionFile | null)?.decisions;
  if (!Array.isArray(list)) return { ok: false, message: `${file}: expected an object with a "decisions" array` };
  const out: ScreeningDecision[] = [];
  const fields: (keyof ScreeningDecision)[] = ["source", "entryId", "entryHash", "inputName", "inputKey", "status", "by", "at", "reason"];
  for (let i = 0; i < list.length; i++) {
    const d = list[i] as unknown as Record<string, unknown>;
    for (const f of fields) {
      if (typeof d?.[f] !== "string" || (d[f] as string).trim() === "") {
        return { ok: false, message: `${file}: decision ${i + 1} has no "${f}"` };
      }
    }
    if (!STATUS.has(d.status as string))
      return { ok: false, message: `${file}: decision ${i + 1} has status "${String(d.status)}"; use "cleared" or "confirmed"` };
    out.push({ ...(d as unknown as ScreeningDecision), listName: String(d.listName ?? ""), matchedName: String(d.matchedName ?? "") });
  }
  return { ok: true, decisions: out };
}

export function serializeDecisions(decisions: ScreeningDecision[]): string {
  const file: DecisionFile = { version: 1, decisions };
  return JSON.stringify(file, null, 2) + "\n";
}
