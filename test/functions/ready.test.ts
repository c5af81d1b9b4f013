import { createScreener, importLists } from "../../core/screening";
import { resetFunctionsSettings, setFunctionsScreener, onFunctionsStateChange } from "../../functions/context";
import { screen, band } from "../../functions/functions";
import { holdFunctions } from "../../functions/ready";
import { realFile } from "../screening/realLists";
import { installCustomFunctionsStandIn } from "./customFunctionsStandIn";

beforeAll(installCustomFunctionsStandIn);
afterEach(resetFunctionsSettings);

test("while the pane is reading the workbook, a SCREEN cell waits and then answers with the lists it read", async () => {
  const release = holdFunctions();
  const pending = screen("Cytrox A.D.");
  expect(pending).toBeInstanceOf(Promise);
  const r = importLists([realFile("ofac-sdn-2024-05-03.csv")])[0];
  if (!r.ok) throw new Error(r.error.message);
  setFunctionsScreener(createScreener([r.list]), "workbook");
  release();
  const [row] = (await pending) as unknown[][];
  expect(row.slice(0, 2)).toEqual(["match", "CYTROX AD"]);
});

test("with nothing held the functions answer synchronously", () => {
  expect(band(12)).toBe("High");
});

test("every change of lists is announced, so the pane can recalculate the functions' cells", () => {
  const seen: string[] = [];
  const off = onFunctionsStateChange((c) => seen.push(c));
  setFunctionsScreener(undefined);
  setFunctionsScreener(undefined, "decisions");
  off();
  setFunctionsScreener(undefined);
  expect(seen).toEqual(["lists", "decisions"]);
});
