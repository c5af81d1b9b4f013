/** A line the Settings view shows: a save, reset, export or import and how it went. */
export interface SettingsMessage {
  intent: "success" | "error" | "warning";
  text: string;
}

/**
 * The Settings view's saves as one state: saving (Save and Reset wait, so two saves cannot race and
 * an old message cannot sit beside a save in progress) or idle with the last message.
 */
export type SettingsRun = { status: "idle"; message?: SettingsMessage } | { status: "saving" };

export type SettingsRunAction =
  { type: "saving" } | { type: "saved"; message: SettingsMessage } | { type: "told"; message: SettingsMessage };

export function settingsRunReducer(state: SettingsRun, action: SettingsRunAction): SettingsRun {
  switch (action.type) {
    case "saving":
      return { status: "saving" };
    case "saved":
      return state.status === "saving" ? { status: "idle", message: action.message } : state;
    case "told":
      // Export and import messages wait for a save in progress: its outcome is what matters.
      return state.status === "saving" ? state : { status: "idle", message: action.message };
  }
}
