import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SettingsView } from "../../addin/components/SettingsView";
import { deliverWorkbook } from "../../addin/components/delivery";
import { defaultSettings } from "../../addin/state/paneSettings";
import { FakeWorkbook } from "../support/fakeExcel";
import { renderPane } from "../support/renderPane";

/** The Office host as the pane sees it: which platform, and whether ExcelApi 1.8 is there. */
function officeOn(platform: string, excelApi18 = true): void {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { platform, requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && (v !== "1.8" || excelApi18) } },
  };
}
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

let clicks: string[];
beforeEach(() => {
  clicks = [];
  URL.createObjectURL = () => "blob:register";
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push(this.download);
  };
});

test("on Excel for Mac the register opens as a new workbook instead of a blob download that would do nothing", async () => {
  officeOn("Mac");
  const wb = new FakeWorkbook();
  (globalThis as unknown as { Excel: unknown }).Excel = wb.excel();
  expect(await deliverWorkbook("risk-register.xlsx", zip, "application/zip")).toEqual({ how: "opened" });
  expect(clicks).toEqual([]);
  expect(Buffer.from(wb.createdWorkbooks[0], "base64")).toEqual(Buffer.from(zip));
});

test("on Windows and the web the register is a download", async () => {
  officeOn("PC");
  const wb = new FakeWorkbook();
  (globalThis as unknown as { Excel: unknown }).Excel = wb.excel();
  expect(await deliverWorkbook("risk-register.xlsx", zip, "application/zip")).toEqual({ how: "download" });
  expect(clicks).toEqual(["risk-register.xlsx"]);
  expect(wb.createdWorkbooks).toEqual([]);
});

test("on a Mac without ExcelApi 1.8 nothing is reported as delivered: the pane says why", async () => {
  officeOn("Mac", false);
  const r = await deliverWorkbook("risk-register.xlsx", zip, "application/zip");
  expect(r.how).toBe("failed");
  expect(clicks).toEqual([]);
});

test("on Excel for Mac, Export JSON copies the settings to the clipboard and says so, never 'downloaded'", async () => {
  officeOn("Mac");
  const copied: string[] = [];
  const user = userEvent.setup(); // installs its own clipboard, replaced here by one that records
  Object.defineProperty(navigator, "clipboard", { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
  renderPane(<SettingsView settings={defaultSettings()} onSave={async () => undefined} />);
  await user.click(screen.getByRole("button", { name: "Export JSON" }));
  await screen.findByText(/copied to the clipboard/);
  expect(clicks).toEqual([]);
  expect(copied[0]).toContain(`"${defaultSettings().profile.id}"`);
});
