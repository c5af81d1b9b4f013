import { createScreener, importLists } from "../../core/screening";
import { screenTableSpill } from "../../functions/screenSpill";

const list = importLists([{ name: "watch.csv", text: "Name\nQuillon Fuzzwright Holdings\n" }])[0];
if (!list.ok) throw new Error("watch list did not import");
const screener = createScreener([list.list]);

describe("SCREENTABLE over a deal pipeline", () => {
  test("a listed reseller makes its row a match although the customer column comes first and is clear", () => {
    const spill = screenTableSpill(
      [
        ["Deal ID", "Customer", "End user", "Country", "Reseller"],
        ["D-1", "Norwegian Hospital Trust", "Norwegian Hospital Trust", "Norway", "Quillon Fuzzwright Holdings"],
        ["D-2", "Norwegian Hospital Trust", "", "Norway", ""],
        ["D-3", "", "", "Norway", ""],
      ],
      screener,
    );
    expect(spill.ok).toBe(true);
    if (!spill.ok) return;
    expect(spill.rows[1][0]).toBe("match");
    expect(spill.rows[1][1]).toBe("Quillon Fuzzwright Holdings");
    expect(spill.rows[2][0]).toBe("clear");
    expect(spill.rows[3][0]).toBe("");
  });
});
