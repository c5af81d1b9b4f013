import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core";
import type { Assessment } from "../../core";
import { DecisionBadge } from "./bandBadge";
import { clauseNames, decisionWord, pathStepWords } from "./pathWords";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  next: { overflowWrap: "anywhere" },
});

/**
 * The decision and its next step, kept in view at the top of the 320 px pane while the user edits
 * the stages below; the full result stays at the foot of the form.
 */
export function StickySummary({
  assessment: a,
  profile,
  onApply,
}: {
  assessment: Assessment;
  profile: Profile;
  onApply: (m: string[]) => void;
}) {
  const s = useStyles();
  const next = a.pathToProceed.steps[0];
  return (
    <div className={s.bar} role="status" aria-label="Decision summary">
      <div className={s.line}>
        <DecisionBadge decision={a.decision} label={decisionWord(a.decision, profile)} />
        <Caption1>
          Residual {a.residual.score} {profile.bands.find((b) => b.id === a.residual.band)?.label ?? a.residual.band}
        </Caption1>
      </div>
      {next ? (
        <div className={s.line}>
          <Caption1 className={s.next}>{pathStepWords(next, profile)}</Caption1>
          <Button size="small" appearance="primary" aria-label={`Tick ${clauseNames(next.add, profile)}`} onClick={() => onApply(next.add)}>
            Tick {next.add.length === 1 ? "it" : "them"}
          </Button>
        </div>
      ) : (
        a.decision !== "proceed" && <Caption1 className={s.next}>{a.pathToProceed.blockers[0]?.text ?? a.pathToProceed.summary}</Caption1>
      )}
    </div>
  );
}
