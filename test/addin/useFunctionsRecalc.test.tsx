import { act, renderHook, waitFor } from "@testing-library/react";
import { notifyFunctionsStateChanged } from "../../functions/context";
import { useFunctionsRecalc } from "../../addin/state/useFunctionsRecalc";

test("changes in one moment share one recalculation, and the note names them", async () => {
  let calls = 0;
  const recalc = async () => void calls++;
  const { result } = renderHook(() => useFunctionsRecalc(recalc));
  act(() => {
    notifyFunctionsStateChanged("settings");
    notifyFunctionsStateChanged("lists");
  });
  await waitFor(() => expect(result.current).toBeDefined());
  expect(calls).toBe(1);
  expect(result.current).toEqual({
    ok: true,
    text: "EXPORTRISK formulas recalculated with the methodology settings and the restricted-party lists.",
  });
});

test("when Excel refuses the recalculation the pane says the formulas may be stale and what to press", async () => {
  const recalc = async () => "Could not recalculate the EXPORTRISK formulas: Excel is in cell edit mode.";
  const { result } = renderHook(() => useFunctionsRecalc(recalc));
  act(() => notifyFunctionsStateChanged("decisions"));
  await waitFor(() => expect(result.current).toBeDefined());
  expect(result.current?.ok).toBe(false);
  expect(result.current?.text).toMatch(/may still show results from before the reviewers' decisions changed: press Ctrl\+Alt\+F9/);
});

test("the recalculation when the pane opens is silent unless it fails", async () => {
  let calls = 0;
  const { result } = renderHook(() => useFunctionsRecalc(async () => void calls++));
  act(() => notifyFunctionsStateChanged("workbook"));
  await waitFor(() => expect(calls).toBe(1));
  expect(result.current).toBeUndefined();
});
