import type { ReactElement } from "react";
import type { ReviewRecord } from "../../core";
import { useReviews, type ReviewStore, type Reviews } from "../../addin/state/useReviews";

/** The workbook's decision records held in memory: what was saved, and a save that fails on request. */
export interface MemoryReviewStore extends ReviewStore {
  saved: ReviewRecord[][];
  failWith?: string;
}

export function memoryReviewStore(initial: ReviewRecord[] = [], problems: string[] = []): MemoryReviewStore {
  const store: MemoryReviewStore = {
    saved: [],
    load: async () => ({ reviews: store.saved[store.saved.length - 1] ?? initial, problems }),
    save: async (reviews) => {
      if (store.failWith) return store.failWith;
      store.saved.push([...reviews]);
      return undefined;
    },
  };
  return store;
}

/** No records and nothing stored: for views tested for something else. */
export const noReviews: Reviews = {
  status: "ready",
  records: [],
  add: async () => "not stored in this test",
  importRecords: async () => "not stored in this test",
};

/** Renders a view with the pane's own reviews hook over a memory store. */
export function WithReviews({ store, render }: { store: ReviewStore; render: (reviews: Reviews) => ReactElement }) {
  return render(useReviews(store));
}
