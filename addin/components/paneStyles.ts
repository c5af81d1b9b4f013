import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the views: one column that reads at the pane's ~320 px width. */
export const usePaneStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    // A native select is as wide as its longest option; the pane is ~320 px, so cap it.
    "& select": { maxWidth: "100%", minWidth: 0, textOverflow: "ellipsis" },
    "& .fui-Select": { maxWidth: "100%", minWidth: 0 },
    "& fieldset": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      borderRadius: tokens.borderRadiusMedium,
      margin: 0,
    },
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  prompt: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  grow: { flexGrow: 1, minWidth: "120px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  checks: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
  wrap: { overflowWrap: "anywhere" },
});
