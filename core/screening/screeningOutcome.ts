import type { ScreeningHit } from "../scoring/context";

/**
 * What one screened name comes to, for a cell or a row of cells: "match" while any hit is not cleared
 * by a reviewer (a confirmed hit stays a match), "cleared" when every hit was cleared, "clear" when
 * nothing on the lists came near. The hit shown is the best one the status is about.
 */
export interface ScreeningOutcome {
  status: "match" | "cleared" | "clear";
  best?: ScreeningHit;
  /** The reviewer's decision on the best hit in words, or "" when there is none. */
  review: string;
}

export function screeningOutcome(hits: readonly ScreeningHit[]): ScreeningOutcome {
  if (hits.length === 0) return { status: "clear", review: "" };
  const open = hits.filter((h) => h.decision?.status !== "cleared");
  const best = (open.length > 0 ? open : hits).reduce((a, b) => (b.score > a.score ? b : a));
  return { status: open.length > 0 ? "match" : "cleared", best, review: decisionText(best) };
}

export function decisionText(hit: ScreeningHit): string {
  const d = hit.decision;
  return d ? `${d.status} by ${d.by} on ${d.at}: ${d.reason}` : "";
}

/** "OFAC SDN 32887: CYTROX AD" - which list entry a hit is, in one cell. */
export function entryLabel(hit: ScreeningHit): string {
  return `${hit.source} ${hit.entryId}: ${hit.listName}`;
}
