import { useCallback, useEffect, useRef, useState } from "react";
import type { Profile } from "../../core";
import type { ScreeningHit } from "../../core";
import { createScreener, type PartyScreenerWithIndex } from "../../core";
import { makeDecision, upsertDecision, type ScreeningDecision } from "../../core";
import { importLists } from "../../core";
import { formatImportError, type ListFileInput, type ScreeningList } from "../../core";
import { setFunctionsScreener, type FunctionsStateChange } from "../../functions/context";
import { readStoredScreening, writeStoredScreening, type StoredScreening } from "../excel/screeningStore";

export interface ScreeningStore {
  load: () => Promise<StoredScreening>;
  save: (lists: readonly ScreeningList[], decisions: readonly ScreeningDecision[]) => Promise<string | undefined>;
}

export const workbookScreeningStore: ScreeningStore = { load: readStoredScreening, save: writeStoredScreening };

export interface Screening {
  status: "loading" | "ready" | "busy";
  lists: ScreeningList[];
  decisions: ScreeningDecision[];
  /** Undefined while no list is loaded: nothing is screened, and nothing may read as clear. */
  screener?: PartyScreenerWithIndex;
  /** Problems of the last action (import errors name file and line; storage errors say why). */
  problems: string[];
  /** Lists added or replaced by the last import, for the pane to confirm. */
  added: string[];
  addFiles(files: ListFileInput[], asOf?: string): Promise<void>;
  removeList(source: string): Promise<void>;
  /** Records a reviewer's decision on a hit; resolves to the new screener, or an error message. */
  decide(args: {
    hit: ScreeningHit;
    inputName: string;
    status: "cleared" | "confirmed";
    by: string;
    reason: string;
  }): Promise<PartyScreenerWithIndex | string>;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The workbook's restricted-party lists and reviewer decisions, loaded when the pane opens and saved
 * back on every change. The screener built from them is handed to the custom functions as well, so
 * SCREEN, SCREENTABLE and SCORETABLE use the same lists and decisions as the pane.
 */
export function useScreening(
  profile: Profile,
  store: ScreeningStore = workbookScreeningStore,
  now: () => Date = () => new Date(),
): Screening {
  const [state, setState] = useState<Omit<Screening, "addFiles" | "removeList" | "decide">>({
    status: "loading",
    lists: [],
    decisions: [],
    problems: [],
    added: [],
  });
  const current = useRef(state);
  current.current = state;
  const threshold = profile.screening.threshold;

  const build = useCallback(
    (lists: ScreeningList[], decisions: ScreeningDecision[], change: FunctionsStateChange = "lists") => {
      const screener = lists.length > 0 ? createScreener(lists, { threshold, decisions }) : undefined;
      setFunctionsScreener(screener, change);
      return screener;
    },
    [threshold],
  );

  useEffect(() => {
    let live = true;
    const failed = (err: unknown): StoredScreening => ({
      lists: [],
      decisions: [],
      problems: [
        `The restricted-party lists stored in this workbook could not be read: ${err instanceof Error ? err.message : String(err)}`,
      ],
    });
    void store
      .load()
      .catch(failed)
      .then((s) => {
        if (!live) return;
        setState({
          status: "ready",
          lists: s.lists,
          decisions: s.decisions,
          problems: s.problems,
          added: [],
          screener: build(s.lists, s.decisions, "workbook"),
        });
      });
    return () => {
      live = false;
    };
    // loaded once per pane; a new threshold rebuilds below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const s = current.current;
    if (s.status === "ready" && s.screener && s.screener.threshold !== threshold) setState({ ...s, screener: build(s.lists, s.decisions) });
  }, [threshold, build]);

  const commit = useCallback(
    async (
      lists: ScreeningList[],
      decisions: ScreeningDecision[],
      problems: string[],
      added: string[],
      change: FunctionsStateChange = "lists",
    ) => {
      setState((s) => ({ ...s, status: "busy", problems: [], added: [] }));
      const error = await store.save(lists, decisions);
      if (error) {
        setState((s) => ({ ...s, status: "ready", problems: [...problems, error] }));
        return error;
      }
      const screener = build(lists, decisions, change);
      setState({ status: "ready", lists, decisions, problems, added, screener });
      return screener;
    },
    [store, build],
  );

  const addFiles = useCallback(
    async (files: ListFileInput[], asOf?: string) => {
      if (files.length === 0) return;
      setState((s) => ({ ...s, status: "busy", problems: [], added: [] }));
      // Let the pane paint "busy" before a large file is parsed.
      await new Promise((r) => setTimeout(r, 0));
      const results = importLists(files, { asOf: asOf || undefined });
      const problems = results.flatMap((r) => (r.ok ? [] : [formatImportError(r.error)]));
      const imported = results.flatMap((r) => (r.ok ? [r.list] : []));
      if (imported.length === 0) {
        setState((s) => ({ ...s, status: "ready", problems }));
        return;
      }
      // A newer file of a list already loaded replaces it (one OFAC SDN, one UN list...).
      const lists = [...current.current.lists.filter((l) => !imported.some((n) => n.source === l.source)), ...imported];
      await commit(
        lists,
        current.current.decisions,
        problems,
        imported.map((l) => l.title || l.source),
      );
    },
    [commit],
  );

  const removeList = useCallback(
    async (source: string) => {
      await commit(
        current.current.lists.filter((l) => l.source !== source),
        current.current.decisions,
        [],
        [],
      );
    },
    [commit],
  );

  const decide: Screening["decide"] = useCallback(
    async ({ hit, inputName, status, by, reason }) => {
      const entry = current.current.screener?.entryFor(hit);
      if (!entry) return `The list entry ${hit.source} ${hit.entryId} is no longer loaded; screen again.`;
      const d = makeDecision({
        entry,
        inputName,
        status,
        by: by.trim(),
        reason: reason.trim(),
        at: isoDay(now()),
        matchedName: hit.matchedName,
      });
      const result = await commit(current.current.lists, upsertDecision(current.current.decisions, d), [], [], "decisions");
      return result ?? "No list is loaded.";
    },
    [commit, now],
  );

  return { ...state, addFiles, removeList, decide };
}
