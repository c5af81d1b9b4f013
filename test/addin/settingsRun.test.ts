import { settingsRunReducer, type SettingsRun } from "../../addin/state/settingsRun";

const ok = { intent: "success", text: "Saved in this workbook." } as const;
const exported = { intent: "success", text: "Settings offered as the download x.json." } as const;

test("a save clears the last message while it runs and shows its own outcome after", () => {
  const before: SettingsRun = { status: "idle", message: exported };
  const saving = settingsRunReducer(before, { type: "saving" });
  expect(saving).toEqual({ status: "saving" });
  expect(settingsRunReducer(saving, { type: "saved", message: ok })).toEqual({ status: "idle", message: ok });
});

test("an export message during a save does not hide the save; a stray 'saved' without a save changes nothing", () => {
  const saving: SettingsRun = { status: "saving" };
  expect(settingsRunReducer(saving, { type: "told", message: exported })).toBe(saving);
  const idle: SettingsRun = { status: "idle", message: exported };
  expect(settingsRunReducer(idle, { type: "saved", message: ok })).toBe(idle);
});
