import { idleRun, runProblem, scoreRunReducer, type ScoreRun, type ScoreRunAction } from "../../addin/state/scoreRun";
import type { ScoreOutcome } from "../../addin/excel/scoreIntoSheet";

const done = { status: "done", results: [], errors: [], columns: [], sheet: "Deals", syncs: 2 } as unknown as ScoreOutcome;
const run = (...actions: ScoreRunAction[]): ScoreRun => actions.reduce(scoreRunReducer, idleRun);
const progress = { phase: "writing", fraction: 0.5, message: "Writing" } as const;

test("a run goes idle, running with progress, then done; the result replaces the progress", () => {
  const s = run({ type: "started" }, { type: "progressed", progress }, { type: "finished", outcome: done });
  expect(s.status).toBe("done");
  expect("progress" in s).toBe(false);
});

test("progress reported after the run finished is ignored: never busy and done at once", () => {
  const s = run({ type: "started" }, { type: "finished", outcome: done }, { type: "progressed", progress });
  expect(s.status).toBe("done");
});

test("a second start while running is ignored, and a finish without a run changes nothing", () => {
  expect(run({ type: "started" }, { type: "progressed", progress }, { type: "started" })).toEqual({ status: "running", progress });
  expect(run({ type: "finished", outcome: done })).toEqual(idleRun);
});

test("a new run clears the last result, conflict or failure: no stale result next to a new run", () => {
  const failed = run({ type: "started" }, { type: "finished", outcome: { status: "failed", message: "Sheet is protected", syncs: 1 } });
  expect(runProblem(failed)).toBe("Sheet is protected");
  const again = scoreRunReducer(failed, { type: "started" });
  expect(again).toEqual({ status: "running" });
  expect(runProblem(again)).toBeUndefined();
});

test("a conflict is its own state; cancelling it returns to idle", () => {
  const conflict = run({ type: "started" }, { type: "finished", outcome: { status: "conflict", conflicts: [], syncs: 1 } });
  expect(conflict.status).toBe("conflict");
  expect(scoreRunReducer(conflict, { type: "reset" })).toEqual(idleRun);
});

test("a note (a cell that could not be selected) sits beside a result without hiding it; a reset while running keeps the run", () => {
  const noted = scoreRunReducer(run({ type: "started" }, { type: "finished", outcome: done }), { type: "noted", problem: "No such cell" });
  expect(noted.status).toBe("done");
  expect(runProblem(noted)).toBe("No such cell");
  expect(run({ type: "started" }, { type: "reset", problem: "x" }).status).toBe("running");
});
