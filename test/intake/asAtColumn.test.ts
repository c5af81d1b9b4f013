import { scoreTable } from "../../core/intake/scoreTable";
import { readAsAt } from "../../core/intake/readAsAt";
import { createContext } from "../../core/scoring/createContext";

describe("the As at column", () => {
  const ctx = createContext({ asAt: "2026-12-01" });

  test("each deal is assessed as at its own date; a blank cell takes the run's date", () => {
    const { results } = scoreTable(
      [
        ["Deal ID", "Country", "End user type", "Capability", "Date of sale"],
        ["A", "Hong Kong", "Police", "Device forensics", "2020-11-15"],
        ["B", "Hong Kong", "Police", "Device forensics", "2020-06-30"],
        ["C", "Hong Kong", "Police", "Device forensics", ""],
      ],
      ctx,
    );
    const got = results.map((r) => (r.status === "ok" ? [r.id, r.assessment.asAt, r.assessment.decision] : [r.id, "error"]));
    expect(got).toEqual([
      ["A", "2020-11-15", "stop"],
      ["B", "2020-06-30", "escalate"],
      ["C", "2026-12-01", "stop"],
    ]);
  });

  test("a date that is not YYYY-MM-DD is an error naming the column, and the row is not scored as today", () => {
    const { results } = scoreTable(
      [
        ["Country", "Capability", "As at"],
        ["Hong Kong", "Device forensics", "15/11/2020"],
      ],
      ctx,
    );
    expect(results[0]).toMatchObject({
      status: "error",
      errors: [
        {
          column: "As at",
          value: "15/11/2020",
          message: "As at '15/11/2020' is not a date - write it as YYYY-MM-DD (for example 2020-11-15)",
        },
      ],
    });
  });

  test("Excel dates arrive as serial day numbers or Date objects and are read as calendar dates", () => {
    expect(readAsAt(44150)).toEqual({ asAt: "2020-11-15" });
    expect(readAsAt(new Date(Date.UTC(2012, 5, 30)))).toEqual({ asAt: "2012-06-30" });
    expect(readAsAt("")).toEqual({});
    expect(readAsAt("2020-02-30").error).toMatch(/not a date/);
  });
});
