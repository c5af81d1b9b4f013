import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { scoreTable, TableError } from "../../core";
import { compareScores, type DataImpact } from "../../core";
import type { ScoringContext } from "../../core";
import { readSourceRows } from "../excel/previewSource";
import type { SourceRef } from "../excel/sourceRef";
import { SourcePicker } from "./SourcePicker";
import { usePaneStyles } from "./paneStyles";

type RowsRead = { rows: unknown[][]; firstRowNumber: number } | { error: string };

interface Props {
  /** The data in use (the saved settings). */
  current: ScoringContext;
  /** The data on screen, not yet saved; throws with the reason when it is not valid. */
  proposed: () => ScoringContext;
  /** Reads a pipeline's rows (Excel by default; tests pass their own). */
  readRows?: (ref: SourceRef) => Promise<RowsRead>;
}

/** Before saving new reference data: which deals of a pipeline would change decision, and why. */
export function DataImpactPanel({ current, proposed, readRows = readSourceRows }: Props) {
  const s = usePaneStyles();
  const [source, setSource] = useState<SourceRef>();
  const [impact, setImpact] = useState<DataImpact>();
  const [problem, setProblem] = useState<string>();

  const check = async () => {
    if (!source) return;
    setImpact(undefined);
    setProblem(undefined);
    const read = await readRows(source);
    if ("error" in read) return setProblem(read.error);
    try {
      const next = proposed();
      const options = { firstRowNumber: read.firstRowNumber };
      setImpact(compareScores(scoreTable(read.rows, current, options).results, scoreTable(read.rows, next, options).results));
    } catch (e) {
      setProblem(e instanceof TableError ? e.message : `The settings on screen cannot be used: ${(e as Error).message}`);
    }
  };

  return (
    <section className={s.section} aria-labelledby="set-impact">
      <Subtitle2 as="h2" id="set-impact">
        Impact before saving
      </Subtitle2>
      <Text className={s.prompt}>Which deals of a pipeline would change decision with the settings on screen, and why.</Text>
      <SourcePicker value={source} onChange={setSource} />
      <Button onClick={() => void check()} disabled={!source}>
        Check impact
      </Button>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {impact && (
        <div aria-label="Impact">
          <Text>
            {impact.changes.length} of {impact.deals} deals would change decision
            {impact.scoreOnly ? `; ${impact.scoreOnly} more would change score only` : ""}. Nothing is changed until you save.
          </Text>
          {impact.inputErrors > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {impact.inputErrors === 1 ? "1 row has" : `${impact.inputErrors} rows have`} input errors under both data and{" "}
                {impact.inputErrors === 1 ? "was" : "were"} not compared: score the table to see their errors.
              </MessageBarBody>
            </MessageBar>
          )}
          <ul className={s.list}>
            {impact.changes.map((c) => (
              <li key={c.row}>
                <Text weight="semibold">
                  Row {c.row}
                  {c.id ? ` (${c.id})` : ""}: {c.before} to {c.after}
                </Text>
                <ul>
                  {c.why.map((w) => (
                    <li key={w}>
                      <Text>{w}</Text>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
