import {
  idleScreenRun,
  screenRunProblem,
  screenRunReducer,
  shownOutcome,
  type ScreenRunAction,
  type ScreenRun,
} from "../../addin/state/screenRun";
import type { ScreenOutcome } from "../../addin/excel/screenIntoSheet";

const first = { status: "done", sheet: "Partners", syncs: 2 } as unknown as ScreenOutcome;
const second = { status: "done", sheet: "Partners", syncs: 3 } as unknown as ScreenOutcome;
const run = (...a: ScreenRunAction[]): ScreenRun => a.reduce(screenRunReducer, idleScreenRun);

test("a re-screen after a decision keeps the last result on show while it runs, then shows the new one", () => {
  const running = run({ type: "started" }, { type: "finished", outcome: first }, { type: "started" });
  expect(running.status).toBe("running");
  expect(shownOutcome(running)).toBe(first);
  expect(shownOutcome(screenRunReducer(running, { type: "finished", outcome: second }))).toBe(second);
});

test("a failed re-screen says why and keeps the last result; a new start clears the message", () => {
  const failed = run(
    { type: "started" },
    { type: "finished", outcome: first },
    { type: "started" },
    { type: "finished", outcome: { status: "failed", message: "Protected sheet", syncs: 1 } },
  );
  expect([screenRunProblem(failed), shownOutcome(failed)]).toEqual(["Protected sheet", first]);
  expect(screenRunProblem(screenRunReducer(failed, { type: "started" }))).toBeUndefined();
});

test("cancelling a conflict goes back to the result before it, or to idle", () => {
  const conflict = { status: "conflict", conflicts: [], syncs: 1 } as ScreenOutcome;
  expect(run({ type: "started" }, { type: "finished", outcome: conflict }, { type: "cancelled" })).toEqual(idleScreenRun);
  const back = run(
    { type: "started" },
    { type: "finished", outcome: first },
    { type: "started" },
    { type: "finished", outcome: conflict },
    { type: "cancelled" },
  );
  expect(back).toEqual({ status: "done", outcome: first });
});

test("a finish that arrives with no run going changes nothing", () => {
  expect(run({ type: "finished", outcome: first })).toEqual(idleScreenRun);
});
