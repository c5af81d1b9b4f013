import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SettingsView } from "../../addin/components/SettingsView";
import { defaultSettings, type PaneSettings } from "../../addin/state/paneSettings";
import { defaultRestrictionTable } from "../../core/reference/restrictions";
import { renderPane } from "../support/renderPane";

describe("Settings: the restrictions table and the as-at date", () => {
  test("a table without any destination hard stop is shown with a warning", async () => {
    const table = {
      ...defaultRestrictionTable(),
      noCountryHardStops: true,
      rows: defaultRestrictionTable().rows.filter((r) => r.measure === "state-of-concern"),
    };
    renderPane(<SettingsView settings={{ ...defaultSettings(), restrictions: table }} onSave={async () => undefined} />);
    expect(await screen.findByText(/has no comprehensive-sanctions, interception or arms-embargo row: no deal is stopped/)).toBeTruthy();
  });

  test("a new row needs its instrument and source; it is saved with its dates, and the as-at date with it", async () => {
    const user = userEvent.setup();
    const saved: Array<PaneSettings | undefined> = [];
    renderPane(<SettingsView settings={defaultSettings()} onSave={async (s) => (saved.push(s), undefined)} />);
    const add = screen.getByRole("button", { name: "Add restriction" });
    await user.type(screen.getAllByLabelText("Country")[1], "Nicaragua");
    expect((add as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText("Legal instrument or policy"), "Board decision of 2026-11-20");
    await user.type(screen.getByLabelText("Source"), "Board minute 2026-11-20");
    await user.selectOptions(screen.getByLabelText("Imposed by"), "company-policy");
    await user.type(screen.getByLabelText(/In force from/), "2026-11-20");
    await user.click(add);
    await user.type(screen.getByLabelText(/Date \(YYYY-MM-DD; blank for today\)/), "2020-11-15");
    await user.click(screen.getByRole("button", { name: "Save to workbook" }));
    await screen.findByText(/Saved in this workbook/);
    const s = saved[0]!;
    expect(s.asAt).toBe("2020-11-15");
    expect(s.restrictions!.rows.at(-1)).toMatchObject({
      country: "NI",
      measure: "arms-embargo",
      authority: "company-policy",
      instrument: "Board decision of 2026-11-20",
      from: "2026-11-20",
      to: null,
    });
  }, 60_000);
});
