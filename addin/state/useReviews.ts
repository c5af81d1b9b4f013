import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReviewRecord, ScoringContext } from "../../core";
import { basisSourcesOf, reviewLookup } from "../../core";
import { readStoredReviews, writeStoredReviews, type StoredReviews } from "../excel/reviewStore";
import type { ReviewSource } from "../excel/reviewColumns";

export interface ReviewStore {
  load: () => Promise<StoredReviews>;
  save: (reviews: readonly ReviewRecord[]) => Promise<string | undefined>;
}

export const workbookReviewStore: ReviewStore = { load: readStoredReviews, save: writeStoredReviews };

export interface Reviews {
  status: "loading" | "ready" | "busy";
  records: ReviewRecord[];
  /** Why the stored records could not be read: then no deal may read as signed off or not, and none is stored over them. */
  unreadable?: string;
  /** Appends a record and stores all of them in the workbook; resolves to an error message. */
  add(record: ReviewRecord): Promise<string | undefined>;
  /**
   * Appends the records of a reviews file (`export-risk review`) that the workbook does not hold yet;
   * resolves to how many were added, or an error message.
   */
  importRecords(records: readonly ReviewRecord[]): Promise<{ added: number } | string>;
}

/** Today's date where the user is, as YYYY-MM-DD (the CLI's `localToday`). */
export function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Why no sign-off can be recorded now, or undefined when one can. */
export function signOffBlocked(reviews: Reviews): string | undefined {
  if (reviews.status === "loading") return "The decision records stored in this workbook are still being read.";
  if (reviews.unreadable) return `The decision records stored in this workbook could not be read: ${reviews.unreadable}`;
  return undefined;
}

/** The review state for the score run's columns: the records, or why they are unknown. */
export function reviewSourceFor(reviews: Reviews, ctx: ScoringContext, today: string): ReviewSource {
  if (reviews.status === "loading") return { unavailable: "the decision records stored in this workbook are still being read" };
  if (reviews.unreadable) return { unavailable: reviews.unreadable };
  return { lookup: reviewLookup(reviews.records, basisSourcesOf(ctx), today) };
}

/**
 * The workbook's decision records, read once when the pane opens and stored again on every sign-off.
 * Records are only ever appended: earlier ones stay as the audit trail, the latest counts.
 */
export function useReviews(store: ReviewStore = workbookReviewStore): Reviews {
  const [state, setState] = useState<Omit<Reviews, "add" | "importRecords">>({ status: "loading", records: [] });
  const current = useRef(state);
  current.current = state;
  // Sign-offs are stored one after another, each with all the records before it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void store
      .load()
      .catch((err: unknown): StoredReviews => ({ reviews: [], problems: [err instanceof Error ? err.message : String(err)] }))
      .then((s) => {
        if (live) setState({ status: "ready", records: s.reviews, ...(s.problems.length ? { unreadable: s.problems.join(" ") } : {}) });
      });
    return () => {
      live = false;
    };
  }, [store]);

  /** Stores the records read again just before writing plus `more` of `records`, one write after another. */
  const append = useCallback(
    (records: (stored: readonly ReviewRecord[]) => ReviewRecord[]) => {
      const next = queue.current.then(async (): Promise<{ added: number } | string> => {
        const now = current.current;
        if (now.status === "loading") return "The decision records stored in this workbook are still being read; try again in a moment.";
        if (now.unreadable)
          return `The decision records stored in this workbook could not be read (${now.unreadable}), so a new one is not stored over them.`;
        setState((s) => ({ ...s, status: "busy" }));
        // Read again just before writing: a record stored since the pane opened (another pane of this
        // workbook, a co-author) is kept, not replaced by what this pane read at the start.
        const fresh = await store.load().catch((err: unknown): StoredReviews => ({ reviews: [], problems: [String(err)] }));
        if (fresh.problems.length) {
          setState({ ...now, status: "ready" });
          return `The decision records stored in this workbook could not be read again (${fresh.problems.join(" ")}), so nothing is stored over them.`;
        }
        const more = records(fresh.reviews);
        const all = [...fresh.reviews, ...more];
        const error = more.length ? await store.save(all) : undefined;
        const settled = { status: "ready" as const, records: error ? fresh.reviews : all };
        current.current = settled;
        setState(settled);
        return error ?? { added: more.length };
      });
      queue.current = next;
      return next;
    },
    [store],
  );

  const add = useCallback(
    async (record: ReviewRecord) => {
      const r = await append(() => [record]);
      return typeof r === "string" ? r : undefined;
    },
    [append],
  );

  const importRecords = useCallback(
    (records: readonly ReviewRecord[]) =>
      append((stored) => {
        // A record already in the workbook (the same sign-off, field for field) is not added twice.
        const seen = new Set(stored.map((r) => JSON.stringify(r)));
        return records.filter((r) => {
          const key = JSON.stringify(r);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      }),
    [append],
  );

  return useMemo(() => ({ ...state, add, importRecords }), [state, add, importRecords]);
}
