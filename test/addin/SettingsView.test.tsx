import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SettingsView } from "../../addin/components/SettingsView";
import { defaultSettings, type PaneSettings } from "../../addin/state/paneSettings";
import { renderPane } from "../support/renderPane";

describe("Settings", () => {
  test("a changed severity and a country override with its reason are saved as a valid profile", async () => {
    const user = userEvent.setup();
    const saved: Array<PaneSettings | undefined> = [];
    renderPane(<SettingsView settings={defaultSettings()} onSave={async (s) => (saved.push(s), undefined)} />);
    await user.selectOptions(screen.getByLabelText("Firewalls and secure gateways without content inspection"), "3");
    await user.type(screen.getAllByLabelText("Country")[0], "Brazil");
    await user.type(screen.getByLabelText("Reason"), "Internal review 2026: protest surveillance reports");
    await user.selectOptions(screen.getByLabelText("Destination score"), "4");
    await user.click(screen.getByRole("button", { name: "Add override" }));
    await user.click(screen.getByRole("button", { name: "Save to workbook" }));
    await screen.findByText(/Saved in this workbook/);
    const s = saved[0]!;
    expect(s.profile.capabilities.find((c) => c.id === "firewall")!.severity).toBe(3);
    expect(s.profile.destination.overrides).toEqual([
      { country: "Brazil", score: 4, reason: "Internal review 2026: protest surveillance reports" },
    ]);
  });

  test("weights that do not add up to 1 are refused with the field named, and nothing is saved", async () => {
    const user = userEvent.setup();
    const saved: unknown[] = [];
    renderPane(<SettingsView settings={defaultSettings()} onSave={async (s) => (saved.push(s), undefined)} />);
    const dest = screen.getByLabelText("Destination");
    await user.clear(dest);
    await user.type(dest, "0.9");
    await user.click(screen.getByRole("button", { name: "Save to workbook" }));
    await screen.findByText(/likelihood\.weights.*weights must add up to 1/);
    expect(saved).toEqual([]);
  });

  test("importing JSON that is not a profile says why; reset goes back to the shipped defaults", async () => {
    const user = userEvent.setup();
    const saved: Array<PaneSettings | undefined> = [];
    renderPane(<SettingsView settings={defaultSettings()} onSave={async (s) => (saved.push(s), undefined)} />);
    await user.click(screen.getByLabelText(/Settings JSON/));
    await user.paste('{"id": "mine"}');
    await user.click(screen.getByRole("button", { name: "Import and save" }));
    await screen.findByText(/Methodology profile is not valid/);
    await user.click(screen.getByRole("button", { name: "Reset to defaults" }));
    await screen.findByText(/Back to the shipped methodology/);
    expect(saved).toEqual([undefined]);
  });

  test("version 1 can be chosen by its id and saved, so last year's results can be reproduced", async () => {
    const user = userEvent.setup();
    const saved: Array<PaneSettings | undefined> = [];
    renderPane(<SettingsView settings={defaultSettings()} onSave={async (s) => (saved.push(s), undefined)} />);
    const picker = screen.getByLabelText("Methodology") as HTMLSelectElement;
    expect(picker.value).toBe("techUK-2014@2");
    await user.selectOptions(picker, "techUK-2014@1");
    await user.click(screen.getByRole("button", { name: "Save to workbook" }));
    await screen.findByText(/Saved in this workbook/);
    expect(saved[0]!.profile).toMatchObject({ id: "techUK-2014", version: 1, redLines: [] });
  });
});
