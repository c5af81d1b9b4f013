import type { ColumnConflict } from "../excel/planOutputColumns";
import type { ScreenOutcome } from "../excel/screenIntoSheet";

type Done = Extract<ScreenOutcome, { status: "done" }>;

/**
 * One run of "Screen and write results" (or the re-screen after a reviewer's decision) in the
 * Partners view. A re-screen keeps the last result on show while it runs, so the reviewer does not
 * lose their place; the state says so (`previous`), instead of a result and a busy flag that could
 * disagree. `problem` is a message beside the state (a cell that could not be selected).
 */
export type ScreenRun =
  | { status: "idle"; problem?: string }
  | { status: "running"; previous?: Done }
  | { status: "conflict"; conflicts: ColumnConflict[]; previous?: Done }
  | { status: "failed"; problem: string; previous?: Done }
  | { status: "done"; outcome: Done; problem?: string };

export type ScreenRunAction =
  { type: "started" } | { type: "finished"; outcome: ScreenOutcome } | { type: "cancelled" } | { type: "noted"; problem: string };

export const idleScreenRun: ScreenRun = { status: "idle" };

/** The result on show: the last one, also while a re-screen runs or after it failed. */
export function shownOutcome(run: ScreenRun): Done | undefined {
  return run.status === "done" ? run.outcome : run.status === "idle" ? undefined : run.previous;
}

export function screenRunProblem(run: ScreenRun): string | undefined {
  return run.status === "idle" || run.status === "failed" || run.status === "done" ? run.problem : undefined;
}

export function screenRunReducer(state: ScreenRun, action: ScreenRunAction): ScreenRun {
  switch (action.type) {
    case "started":
      return state.status === "running" ? state : { status: "running", previous: shownOutcome(state) };
    case "finished": {
      if (state.status !== "running") return state;
      const o = action.outcome;
      if (o.status === "conflict") return { status: "conflict", conflicts: o.conflicts, previous: state.previous };
      if (o.status === "failed") return { status: "failed", problem: o.message, previous: state.previous };
      return { status: "done", outcome: o };
    }
    case "cancelled":
      if (state.status !== "conflict") return state;
      return state.previous ? { status: "done", outcome: state.previous } : idleScreenRun;
    case "noted":
      if (state.status === "running") return state;
      if (state.status === "done" || state.status === "idle") return { ...state, problem: action.problem };
      return { status: "failed", problem: action.problem, previous: shownOutcome(state) };
  }
}
