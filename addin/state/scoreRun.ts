import type { ColumnConflict } from "../excel/planOutputColumns";
import type { ScoreOutcome, ScoreProgress } from "../excel/scoreIntoSheet";

type Done = Extract<ScoreOutcome, { status: "done" }>;

/**
 * One run of "Score and write results" in the Score pipeline view, as one state: it is running or
 * it is not, and a result, a conflict and a failure never show together or outlive the next run.
 * `problem` is a message beside the state (a preview that could not be read, a cell that could not
 * be selected); it never hides a result.
 */
export type ScoreRun =
  | { status: "idle"; problem?: string }
  | { status: "running"; progress?: ScoreProgress }
  | { status: "conflict"; conflicts: ColumnConflict[] }
  | { status: "failed"; problem: string }
  | { status: "done"; outcome: Done; problem?: string };

export type ScoreRunAction =
  | { type: "reset"; problem?: string }
  | { type: "started" }
  | { type: "progressed"; progress: ScoreProgress }
  | { type: "finished"; outcome: ScoreOutcome }
  | { type: "noted"; problem: string };

export const idleRun: ScoreRun = { status: "idle" };

export function scoreRunReducer(state: ScoreRun, action: ScoreRunAction): ScoreRun {
  switch (action.type) {
    case "reset":
      // A new preview or source while a run is writing must not hide that it is writing.
      return state.status === "running" ? state : { status: "idle", problem: action.problem };
    case "started":
      return state.status === "running" ? state : { status: "running" };
    case "progressed":
      // Progress reported after the run ended is stale: ignored.
      return state.status === "running" ? { status: "running", progress: action.progress } : state;
    case "finished": {
      if (state.status !== "running") return state;
      const o = action.outcome;
      if (o.status === "conflict") return { status: "conflict", conflicts: o.conflicts };
      if (o.status === "failed") return { status: "failed", problem: o.message };
      return { status: "done", outcome: o };
    }
    case "noted":
      if (state.status === "done") return { ...state, problem: action.problem };
      if (state.status === "running") return state;
      return { status: "idle", problem: action.problem };
  }
}

/** The message to show for a run state, if any. */
export function runProblem(run: ScoreRun): string | undefined {
  return run.status === "idle" || run.status === "failed" || run.status === "done" ? run.problem : undefined;
}
