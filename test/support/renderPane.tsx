import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { FakeWorkbook } from "./fakeExcel";

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar watches its width with one.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

/** Renders a pane view inside FluentProvider with the in-memory workbook as the Excel host. */
export function renderPane(ui: ReactElement, wb: FakeWorkbook = new FakeWorkbook()) {
  (globalThis as unknown as { Excel: unknown }).Excel = wb.excel();
  return { wb, ...render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>) };
}
