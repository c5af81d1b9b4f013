import { screenValues } from "../../addin/excel/screenColumns";
import type { TableScreening } from "../../core/screening/screenTable";
import type { ScreeningHit } from "../../core/scoring/context";

const hit: ScreeningHit = {
  source: "Internal",
  entryId: "q",
  listName: "Quillon Fuzzwright Holdings",
  matchedName: "Quillon Fuzzwright Holdings",
  programme: "internal watch list",
  score: 1,
} as ScreeningHit;

function screening(order: "match-first" | "match-last"): TableScreening {
  const clear = { row: 2, column: "Customer", name: "Norwegian Hospital Trust", status: "clear" as const, hits: [] };
  const match = { row: 2, column: "Reseller", name: "Quillon Fuzzwright Holdings", status: "match" as const, hits: [hit] };
  return {
    nameColumn: "Customer",
    columns: [],
    headerRow: 1,
    reason: "",
    results: order === "match-first" ? [match, clear] : [clear, match],
  };
}

describe("Partners pane columns for a row with several name columns", () => {
  test.each(["match-first", "match-last"] as const)("the row shows the match whatever the column order (%s)", (order) => {
    const values = screenValues(screening(order), 1, "2026-03-01");
    expect(values[0][0]).toBe("match");
    expect(values[0][1]).toBe("Quillon Fuzzwright Holdings");
  });
});
