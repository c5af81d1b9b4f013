import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { TextEncoder as NodeTextEncoder } from "util";
import { FakeWorkbook } from "./fakeExcel";

// jest's jsdom has no TextEncoder (every browser the pane runs in has); core's SHA-256 of a deal's basis uses it.
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = NodeTextEncoder as typeof globalThis.TextEncoder;

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
