import { isIsoDay } from "./isoDay";
import { REVIEW_DECISIONS, TREATMENTS, type ReviewFile, type ReviewRecord } from "./reviewTypes";

export type ReviewParse = { ok: true; reviews: ReviewRecord[] } | { ok: false; message: string };

const BASIS = ["input", "methodology", "reference", "referenceDeal", "lists", "listsDeal"] as const;

function problem(r: Record<string, unknown>): string | undefined {
  for (const f of ["dealId", "reviewer", "date"]) if (typeof r[f] !== "string" || !(r[f] as string).trim()) return `has no "${f}"`;
  for (const f of ["recommended", "decision"])
    if (!REVIEW_DECISIONS.includes(r[f] as never)) return `has ${f} "${String(r[f])}"; use one of ${REVIEW_DECISIONS.join(", ")}`;
  if (!TREATMENTS.includes(r.treatment as never)) return `has treatment "${String(r.treatment)}"; use one of ${TREATMENTS.join(", ")}`;
  if (!isIsoDay(r.date as string)) return `has date "${String(r.date)}"; use YYYY-MM-DD`;
  if (typeof r.reviewBy !== "string" || (r.reviewBy !== "" && !isIsoDay(r.reviewBy)))
    return `has reviewBy "${String(r.reviewBy)}"; use YYYY-MM-DD`;
  const basis = r.basis as Record<string, unknown> | undefined;
  if (!basis || BASIS.some((b) => typeof basis[b] !== "string")) return `has no complete "basis" (record it with 'export-risk review')`;
  if (!Array.isArray(r.conditions) || !Array.isArray(r.evidence)) return `needs "conditions" and "evidence" arrays`;
  return undefined;
}

/** Reads a reviews file; a problem names the record's position, its deal and the field. */
export function parseReviews(text: string, file: string): ReviewParse {
  if (text.trim() === "") return { ok: true, reviews: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${file}: not valid JSON (${(e as Error).message})` };
  }
  const list = (raw as ReviewFile | null)?.reviews;
  if (!Array.isArray(list)) return { ok: false, message: `${file}: expected an object with a "reviews" array` };
  for (let i = 0; i < list.length; i++) {
    const r = list[i] as unknown as Record<string, unknown>;
    const why = r && typeof r === "object" ? problem(r) : "is not an object";
    if (why) return { ok: false, message: `${file}: review ${i + 1}${typeof r?.dealId === "string" ? ` (deal ${r.dealId})` : ""} ${why}` };
  }
  return { ok: true, reviews: list };
}

export function serializeReviews(reviews: readonly ReviewRecord[]): string {
  const file: ReviewFile = { version: 1, reviews: [...reviews] };
  return JSON.stringify(file, null, 2) + "\n";
}
