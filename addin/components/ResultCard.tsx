import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core";
import type { Assessment, RiskFigures } from "../../core";
import { BandBadge, DecisionBadge } from "./bandBadge";
import { PathToProceedPanel } from "./PathToProceedPanel";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
});

const flagText: Record<string, string> = {
  "licence-check": "Export licence may be required (control-list hint)",
  "national-security-review": "National security review: the destination is a state of concern",
  "residual-floor": "Residual kept at medium or above: the harm could be irremediable",
  "no-destination-data": "No governance figures for this destination: scored as highest risk",
  "misuse-cap": "Misuse cap: documented misuse by a state body, so clauses take at most one step off likelihood",
};

/** The live result of an assessment: bands, decision, hard stops, flags and drivers, most important first. */
export function ResultCard({
  assessment: a,
  profile,
  onApply,
}: {
  assessment: Assessment;
  profile: Profile;
  /** Ticks further clauses (the path to proceed's buttons); absent where the deal cannot be edited. */
  onApply?: (mitigations: string[]) => void;
}) {
  const s = useStyles();
  const p = usePaneStyles();
  const bandLabel = (f: RiskFigures) => profile.bands.find((b) => b.id === f.band)?.label ?? f.band;
  const decisionLabel = profile.decisions.find((d) => d.id === a.decision)?.label ?? a.decision;
  return (
    <section className={s.card} aria-label="Assessment result" aria-live="polite">
      <div className={p.row}>
        <Subtitle2>Decision</Subtitle2>
        <DecisionBadge decision={a.decision} label={decisionLabel} />
      </div>
      <div className={s.figures}>
        <Text>Inherent</Text>
        <span>
          <BandBadge band={a.inherent.band} label={bandLabel(a.inherent)} />{" "}
          <Caption1>
            {a.inherent.score} = likelihood {a.inherent.likelihood} x severity {a.inherent.severity}
          </Caption1>
        </span>
        <Text>Residual</Text>
        <span>
          <BandBadge band={a.residual.band} label={bandLabel(a.residual)} />{" "}
          <Caption1>
            {a.residual.score} = likelihood {a.residual.likelihood} x severity {a.residual.severity}
          </Caption1>
        </span>
        <Text>Assessed as at</Text>
        <Caption1>{a.asAt}</Caption1>
      </div>
      {a.hardStops.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Hard stop</MessageBarTitle>
            {a.hardStops.map((h) => h.message).join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {a.redLines.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Red line</MessageBarTitle>
            {a.redLines.map((r) => `${r.id}: ${r.label}${r.fixed ? " (clauses cannot lift it)" : ""}.`).join(" ")} The company should not
            sell unless its board approves with recorded reasons.
          </MessageBarBody>
        </MessageBar>
      )}
      <PathToProceedPanel path={a.pathToProceed} profile={profile} onApply={onApply} />
      {a.flags.length > 0 && (
        <ul className={p.list} aria-label="Flags">
          {a.flags.map((f) => (
            <li key={f}>
              <Text weight="semibold">{flagText[f] ?? f}</Text>
            </li>
          ))}
        </ul>
      )}
      <Subtitle2 as="h3">Why</Subtitle2>
      <ol className={p.list} aria-label="Drivers">
        {a.drivers.map((d) => (
          <li key={d} className={p.wrap}>
            <Text>{d}</Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
