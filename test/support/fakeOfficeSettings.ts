/**
 * Stand-in for Office.context.document.settings (the add-in's settings saved in the .xlsx): a plain
 * object store whose saveAsync answers like Office's, failing on request to test read-only workbooks.
 */
export interface FakeSettings {
  store: Record<string, unknown>;
  saves: number;
  failSaves: boolean;
}

export function installOfficeSettings(store: Record<string, unknown> = {}): FakeSettings {
  const state: FakeSettings = { store, saves: 0, failSaves: false };
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: {
        settings: {
          get: (k: string) => (k in state.store ? state.store[k] : null),
          set: (k: string, v: unknown) => void (state.store[k] = v),
          remove: (k: string) => void delete state.store[k],
          saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) => {
            state.saves += 1;
            setTimeout(
              () => cb(state.failSaves ? { status: "failed", error: { message: "The document is read-only." } } : { status: "succeeded" }),
              0,
            );
          },
        },
      },
    },
  };
  return state;
}
