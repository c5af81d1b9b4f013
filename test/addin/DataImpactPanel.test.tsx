import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DataImpactPanel } from "../../addin/components/DataImpactPanel";
import { createReference } from "../../core/reference/defaultReference";
import { defaultRestrictionTable } from "../../core/reference/restrictions";
import { createContext } from "../../core/scoring/createContext";
import { FakeWorkbook } from "../support/fakeExcel";
import { renderPane } from "../support/renderPane";

describe("Settings: impact before saving", () => {
  test("reads the chosen table and lists each deal whose decision the data on screen would change, with why", async () => {
    const rows = [
      ["Deal ID", "Country", "End user type", "Capability"],
      ["N-1", "Nicaragua", "Police", "Device forensics"],
      ["D-1", "Germany", "Enterprise", "Firewall"],
      ["X-1", "Atlantis", "Enterprise", "Firewall"],
    ];
    const wb = new FakeWorkbook();
    wb.addSheet("Deals", rows);
    wb.addTable("Deals", "Deals", rows.length, rows[0].length);
    const table = defaultRestrictionTable();
    const embargo = {
      ...table.rows[0],
      country: "NI",
      measure: "arms-embargo" as const,
      authority: "company-policy" as const,
      instrument: "Board decision of 2026-11-20",
      source: "Board minute",
      from: "2026-11-20",
      to: null,
    };
    const current = createContext({ asAt: "2026-12-01" });
    const proposed = () =>
      createContext({ asAt: "2026-12-01", reference: createReference({ restrictions: { ...table, rows: [...table.rows, embargo] } }) });
    const user = userEvent.setup();
    renderPane(<DataImpactPanel current={current} proposed={proposed} />, wb);
    await user.click(await screen.findByRole("button", { name: "Check impact" }));
    await screen.findByText(/1 of 3 deals would change decision/);
    // The row that cannot be read under either data is said, never counted as unchanged in silence.
    expect(screen.getByText(/1 row has input errors under both data and was not compared/)).toBeTruthy();
    expect(screen.getByText(/Row 2 \(N-1\): escalate to stop/)).toBeTruthy();
    expect(screen.getByText(/now: Hard stop: Arms embargo on Nicaragua \(company policy: Board decision of 2026-11-20/)).toBeTruthy();
    expect(wb.writes).toEqual([]);
  });

  test("settings on screen that are not valid are named, and nothing is compared", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Deals", [
      ["Country", "Capability"],
      ["Germany", "Firewall"],
    ]);
    wb.addTable("Deals", "Deals", 2, 2);
    const user = userEvent.setup();
    const proposed = () => {
      throw new Error("Assess as at: '2026-13-01' is not a date - use YYYY-MM-DD.");
    };
    renderPane(<DataImpactPanel current={createContext()} proposed={proposed} />, wb);
    await user.click(await screen.findByRole("button", { name: "Check impact" }));
    await screen.findByText(/The settings on screen cannot be used: Assess as at: '2026-13-01' is not a date/);
  });
});
