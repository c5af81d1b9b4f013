import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { setFunctionsSettings, setFunctionsValueMapping } from "../functions/context";
import { holdFunctions } from "../functions/ready";
import { intakeFromStored } from "../core";
import { readWorkbookValueMapping } from "./excel/workbookValueMapping";
import { App, type ViewId } from "./App";
import { readWorkbookSettings } from "./excel/workbookSettings";
import { contextFor, defaultSettings } from "./state/paneSettings";

/** Dark Office themes (Black, Dark Grey) have a dark body background. */
function themeFor(background: string | undefined): Theme {
  const hex = /^#?([0-9a-f]{6})$/i.exec(background ?? "")?.[1];
  if (!hex) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? webDarkTheme : webLightTheme;
}

// Runs with the functions bundle, before Excel can call a function: until the workbook's settings,
// lists and decisions are read, the functions wait instead of answering from the shipped defaults.
const releaseFunctions = holdFunctions();

void Office.onReady(() => {
  try {
    startPane();
  } catch (e) {
    // The functions must never wait for a pane that failed to start: they answer with the shipped
    // methodology and, having no lists, say so (#N/A) rather than hang at #BUSY!.
    releaseFunctions();
    throw e;
  }
});

function startPane(): void {
  // The workbook's own methodology, read before anything scores, also serves the custom functions.
  const stored = readWorkbookSettings();
  const ctx = contextFor(stored.status === "ok" ? stored.settings : defaultSettings());
  if (stored.status === "ok") setFunctionsSettings({ profile: ctx.profile, reference: ctx.reference, asAt: stored.settings.asAt });
  // The workbook's CRM value mapping serves SCORETABLE from the start, not only once the Score view opens.
  const values = intakeFromStored(readWorkbookValueMapping(), ctx);
  if (values.ok) setFunctionsValueMapping(values.mapping);
  const container = document.getElementById("container");
  if (!container) {
    releaseFunctions();
    return;
  }
  const view = new URLSearchParams(location.search).get("view") as ViewId | null;
  createRoot(container).render(
    <FluentProvider theme={themeFor(Office.context?.officeTheme?.bodyBackgroundColor)}>
      <App
        initialSettings={stored.status === "ok" ? stored.settings : undefined}
        storedProblem={stored.status === "invalid" ? stored.message : undefined}
        initialView={view ?? undefined}
        onWorkbookRead={releaseFunctions}
      />
    </FluentProvider>,
  );
}
