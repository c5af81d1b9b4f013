import { Button, Subtitle2, Text } from "@fluentui/react-components";
import type { Profile } from "../../core";
import type { PathToProceed } from "../../core";
import { usePaneStyles } from "./paneStyles";
import { clauseNames, pathStepWords } from "./pathWords";

interface Props {
  path: PathToProceed;
  profile: Profile;
  /** Ticks the clauses of one step; absent where the result cannot be edited. */
  onApply?: (mitigations: string[]) => void;
}

/** What would move the deal to a better decision: each step with a button that ticks its clauses, the evidence to gather, and why nothing more can help. */
export function PathToProceedPanel({ path, profile, onApply }: Props) {
  const s = usePaneStyles();
  if (!path.steps.length && !path.blockers.length && !path.evidence.length) return null;
  return (
    <section className={s.section} aria-label="Path to proceed">
      <Subtitle2 as="h3">Path to proceed</Subtitle2>
      {path.steps.map((step) => (
        <div key={step.decision} className={s.row}>
          <Text className={s.wrap}>
            {pathStepWords(step, profile)} (residual {step.residual.score}).
          </Text>
          {onApply && (
            <Button size="small" aria-label={`Tick ${clauseNames(step.add, profile)}`} onClick={() => onApply(step.add)}>
              Tick {step.add.length === 1 ? "it" : `these ${step.add.length}`}
            </Button>
          )}
        </div>
      ))}
      {path.blockers.length > 0 && (
        <ul className={s.list} aria-label="Why clauses cannot do more">
          {path.blockers.map((b) => (
            <li key={b.code + b.text} className={s.wrap}>
              <Text>{b.text}</Text>
            </li>
          ))}
        </ul>
      )}
      {path.evidence.length > 0 && (
        <ul className={s.list} aria-label="Evidence to gather">
          {path.evidence.map((e) => (
            <li key={e.code} className={s.wrap}>
              <Text>{e.text}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
