import { scoreTable } from "../../core/intake/scoreTable";
import { compareScores } from "../../core/reference/dataImpact";
import { createReference } from "../../core/reference/defaultReference";
import { defaultRestrictionTable } from "../../core/reference/restrictions";
import { createContext } from "../../core/scoring/createContext";

const pipeline = [
  ["Deal ID", "Country", "End user type", "Capability"],
  ["N-1", "Nicaragua", "Law enforcement", "Device forensics"],
  ["N-2", "Nicaragua", "Enterprise", "Endpoint protection"],
  ["S-1", "Syria", "Enterprise", "Firewall"],
  ["X-1", "Atlantis", "Enterprise", "Firewall"],
];

describe("compareScores (data impact)", () => {
  const asAt = "2026-12-01";
  const current = createContext({ asAt });
  const table = defaultRestrictionTable();
  const proposedTable = {
    ...table,
    rows: [
      ...table.rows.filter((r) => !(r.country === "SY" && r.authority === "company-policy")),
      {
        country: "NI",
        measure: "arms-embargo" as const,
        authority: "company-policy" as const,
        instrument: "Board decision of 2026-11-20",
        source: "Board minute",
        from: "2026-11-20",
        to: null,
        verified: false,
        asOf: table.asOf,
      },
    ],
  };
  const proposed = createContext({ asAt, reference: createReference({ restrictions: proposedTable }) });
  const impact = compareScores(scoreTable(pipeline, current).results, scoreTable(pipeline, proposed).results);

  test("lists only the deals whose decision changes, with the drivers that appear or disappear", () => {
    expect(impact.deals).toBe(4);
    expect(impact.changes.map((c) => [c.id, c.before, c.after])).toEqual([
      ["N-1", "escalate", "stop"],
      ["S-1", "stop", "proceed-with-conditions"],
    ]);
    expect(impact.changes[0].why[0]).toBe(
      "now: Hard stop: Arms embargo on Nicaragua (company policy: Board decision of 2026-11-20, in force since 2026-11-20): a severity 4 capability for an end user of type 'Law enforcement'",
    );
    expect(impact.changes[1].why.some((w) => w.startsWith("no longer: Hard stop: Comprehensive sanctions on Syria"))).toBe(true);
  });

  test("a deal that only changes score is counted, and an unreadable row stays an error on both sides", () => {
    // N-2: the embargo red flag raises its likelihood but not its decision.
    expect(impact.scoreOnly).toBe(1);
    expect(impact.changes.some((c) => c.id === "X-1")).toBe(false);
    expect(impact.inputErrors).toBe(1);
  });

  test("the same data changes nothing", () => {
    const same = compareScores(scoreTable(pipeline, current).results, scoreTable(pipeline, current).results);
    expect(same).toEqual({ deals: 4, changes: [], scoreOnly: 0, inputErrors: 1 });
  });
});
