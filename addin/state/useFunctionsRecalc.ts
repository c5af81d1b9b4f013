import { useEffect, useState } from "react";
import { onFunctionsStateChange, type FunctionsStateChange } from "../../functions/context";
import { recalculateFunctions } from "../excel/recalculateFunctions";

const what: Record<FunctionsStateChange, string> = {
  workbook: "the lists and decisions stored in this workbook",
  settings: "the methodology settings",
  lists: "the restricted-party lists",
  mapping: "the column mapping",
  decisions: "the reviewers' decisions",
  reviews: "the review records",
};

/** The pane's line about the last recalculation: done, or why not and what to press instead. */
export interface RecalcNote {
  ok: boolean;
  text: string;
}

/**
 * Recalculates the workbook after every change of the state the functions read, so no EXPORTRISK
 * cell keeps a result computed with the old settings, lists or decisions. Changes in one tick
 * (settings and lists read together when the pane opens) share one recalculation.
 */
export function useFunctionsRecalc(recalc: () => Promise<string | undefined> = recalculateFunctions): RecalcNote | undefined {
  const [note, setNote] = useState<RecalcNote>();
  useEffect(() => {
    let live = true;
    let changes = new Set<FunctionsStateChange>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      const done = [...changes].map((c) => what[c]).join(" and ");
      // Opening the pane recalculates too (cells computed before the lists were read), but only a
      // failure is worth a line then: the user changed nothing.
      const quiet = changes.size === 1 && changes.has("workbook");
      changes = new Set();
      timer = undefined;
      const error = await recalc();
      if (!live || (quiet && !error)) return;
      setNote(
        error
          ? {
              ok: false,
              text: `${error} EXPORTRISK formulas may still show results from before ${done} changed: press Ctrl+Alt+F9 in Excel.`,
            }
          : { ok: true, text: `EXPORTRISK formulas recalculated with ${done}.` },
      );
    };
    const off = onFunctionsStateChange((change) => {
      changes.add(change);
      timer ??= setTimeout(() => void run(), 0);
    });
    return () => {
      live = false;
      off();
      if (timer) clearTimeout(timer);
    };
  }, [recalc]);
  return note;
}
