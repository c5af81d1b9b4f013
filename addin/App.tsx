import { useCallback, useEffect, useMemo, useState } from "react";
import { Tab, TabList, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { setFunctionsSettings } from "../functions/context";
import { writeWorkbookSettings } from "./excel/workbookSettings";
import { contextFor, defaultSettings, type PaneSettings } from "./state/paneSettings";
import { useScreening, workbookScreeningStore, type ScreeningStore } from "./state/useScreening";
import { useFunctionsRecalc } from "./state/useFunctionsRecalc";
import { useReviews, workbookReviewStore, type ReviewStore } from "./state/useReviews";
import { RecalcNoteBar } from "./components/RecalcNoteBar";
import { AssessView } from "./components/AssessView";
import { ScoreView } from "./components/ScoreView";
import { PartnersView } from "./components/PartnersView";
import { RegisterView } from "./components/RegisterView";
import { SettingsView } from "./components/SettingsView";

// The pane fills the task pane frame edge to edge, in the theme's background (dark themes too).
const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  tabs: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  // Read by screen readers, not shown: the pane's title is already in Excel's task pane header.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export type ViewId = "assess" | "score" | "partners" | "register" | "settings";

const tabs: [ViewId, string][] = [
  ["assess", "Assess"],
  ["score", "Score pipeline"],
  ["partners", "Partners"],
  ["register", "Register"],
  ["settings", "Settings"],
];

export interface AppProps {
  initialSettings?: PaneSettings;
  /** Why the workbook's saved settings were not used, shown in Settings. */
  storedProblem?: string;
  initialView?: ViewId;
  /** Saves settings in the workbook (undefined = back to defaults); resolves to an error message. */
  saveSettings?: (s: PaneSettings | undefined) => Promise<string | undefined>;
  /** Where the restricted-party lists and decisions are kept (the workbook; tests pass their own). */
  screeningStore?: ScreeningStore;
  /** Where the deals' decision records are kept (the workbook; tests pass their own). */
  reviewStore?: ReviewStore;
  /** Called once the workbook's lists and decisions are read: the pane releases the held functions. */
  onWorkbookRead?: () => void;
  /** Recalculates the functions' cells (the workbook; tests pass their own). */
  recalculate?: () => Promise<string | undefined>;
}

/** The task pane: one view per job, the scoring context shared and rebuilt only when the settings change. */
export function App({
  initialSettings,
  storedProblem,
  initialView = "assess",
  saveSettings = writeWorkbookSettings,
  screeningStore = workbookScreeningStore,
  reviewStore = workbookReviewStore,
  onWorkbookRead,
  recalculate,
}: AppProps) {
  useBodyStyles();
  const s = useStyles();
  const [view, setView] = useState<ViewId>(initialView);
  const [settings, setSettings] = useState<PaneSettings>(() => initialSettings ?? defaultSettings());
  // The workbook's lists are read when the pane opens, whichever view is shown, so the functions get them too.
  const screening = useScreening(settings.profile, screeningStore);
  const reviews = useReviews(reviewStore);
  const recalcNote = useFunctionsRecalc(recalculate);
  const loaded = screening.status !== "loading";
  useEffect(() => {
    if (loaded) onWorkbookRead?.();
  }, [loaded, onWorkbookRead]);
  const ctx = useMemo(() => {
    const base = contextFor(settings);
    return screening.screener ? { ...base, screener: screening.screener } : base;
  }, [settings, screening.screener]);

  const save = useCallback(
    async (next: PaneSettings | undefined) => {
      const error = await saveSettings(next);
      if (error) return error;
      const applied = next ?? defaultSettings();
      const nextCtx = contextFor(applied);
      setFunctionsSettings({ profile: nextCtx.profile, reference: nextCtx.reference, asAt: applied.asAt });
      setSettings(applied);
      return undefined;
    },
    [saveSettings],
  );

  return (
    <div className={s.root}>
      <TabList
        className={s.tabs}
        size="small"
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as ViewId)}
        aria-label="Task pane views"
      >
        {tabs.map(([id, label]) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={id === view ? `panel-${id}` : undefined}>
            {label}
          </Tab>
        ))}
      </TabList>
      {recalcNote && <RecalcNoteBar note={recalcNote} />}
      <main aria-labelledby="pane-title">
        <h1 id="pane-title" className={s.visuallyHidden}>
          Cyber Export Risk
        </h1>
        <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
          {view === "assess" && <AssessView profile={settings.profile} ctx={ctx} reviews={reviews} />}
          {view === "score" && <ScoreView profile={settings.profile} ctx={ctx} reviews={reviews} />}
          {view === "partners" && <PartnersView screening={screening} />}
          {view === "register" && <RegisterView profile={settings.profile} ctx={ctx} reviews={reviews} />}
          {view === "settings" && <SettingsView settings={settings} onSave={save} storedProblem={storedProblem} />}
        </div>
      </main>
    </div>
  );
}
