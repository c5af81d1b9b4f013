import { useReducer, useState } from "react";
import { Button, Field, Link, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Text } from "@fluentui/react-components";
import type { Profile } from "../../core";
import type { ScoringContext } from "../../core";
import { competingMessage, detectHeader, type ColumnMapping } from "../../core";
import { scoreTable, TableError } from "../../core";
import { previewSource, type SourcePreview } from "../excel/previewSource";
import { formatAssessedAt } from "../excel/resultColumns";
import { scoreIntoSheet, type ScoreProgress } from "../excel/scoreIntoSheet";
import { selectCell } from "../excel/selectCell";
import type { SourceRef } from "../excel/sourceRef";
import { idleRun, runProblem, scoreRunReducer } from "../state/scoreRun";
import { summariseResults } from "../state/summariseResults";
import { InsertScoreTable } from "./InsertScoreTable";
import { MappingEditor } from "./MappingEditor";
import { ColumnConflictBar } from "./ColumnConflictBar";
import { SourcePicker } from "./SourcePicker";
import { usePaneStyles } from "./paneStyles";
import { ValueMappingStep } from "./ValueMappingStep";
import { unreadValues } from "../../core";
import { useValueMapping } from "../state/useValueMapping";
import { localDay, reviewSourceFor, type Reviews } from "../state/useReviews";
import { ScoreSignOff } from "./ScoreSignOff";

interface Props {
  profile: Profile;
  ctx: ScoringContext;
  /** The workbook's decision records: the review columns and the sign-off of scored deals. */
  reviews: Reviews;
  /** Clock for the "assessed at" column and the review dates; tests pass a fixed one. */
  now?: () => Date;
}

/** Score a whole pipeline in place: pick, check the mapping, write the tool's columns, review. */
export function ScoreView({ profile, ctx, reviews, now = () => new Date() }: Props) {
  const s = usePaneStyles();
  const [source, setSource] = useState<SourceRef>();
  const [preview, setPreview] = useState<SourcePreview>();
  const [mapping, setMapping] = useState<ColumnMapping>();
  const [runState, dispatch] = useReducer(scoreRunReducer, idleRun);
  const busy = runState.status === "running";
  const problem = runProblem(runState);
  const progress = runState.status === "running" ? runState.progress : undefined;
  const conflicts = runState.status === "conflict" ? runState.conflicts : undefined;
  const outcome = runState.status === "done" ? runState.outcome : undefined;
  const values = useValueMapping(ctx);

  const readPreview = async () => {
    if (!source) return;
    dispatch({ type: "reset" });
    const p = await previewSource(source);
    if ("error" in p) {
      dispatch({ type: "reset", problem: p.error });
      return;
    }
    setPreview(p);
    const m = detectHeader(p.rows);
    setMapping(m ?? { headerRow: 0, columns: (p.rows[0] ?? []).map((h, index) => ({ index, header: String(h ?? ""), field: null })) });
    if (!m)
      dispatch({ type: "reset", problem: "No column was recognised as the destination country and the capability. Choose them below." });
    else if (m.competing?.length) dispatch({ type: "reset", problem: `${competingMessage(m.competing)}. Choose the column to use below.` });
  };

  const run = async (afterUsedRange: boolean, intake = values.intake) => {
    if (!preview || !mapping) return;
    dispatch({ type: "started" });
    const expected = mapping.columns.map((c) => c.header).join("\u0000");
    const out = await scoreIntoSheet({
      source: preview.ref,
      profile,
      assessedAt: formatAssessedAt(now()),
      reviews: reviewSourceFor(reviews, ctx, localDay(now())),
      afterUsedRange,
      onProgress: (p: ScoreProgress) => dispatch({ type: "progressed", progress: p }),
      score: (rows, firstRowNumber) => {
        const headers = (rows[mapping.headerRow] ?? []).map((v) => String(v ?? "").trim()).join("\u0000");
        if (headers !== expected)
          throw new TableError("The header row changed since the preview. Read the columns again, check them, then score.");
        return scoreTable(rows, ctx, { mapping, firstRowNumber, intake }).results;
      },
    });
    dispatch({ type: "finished", outcome: out });
  };

  const missingRequired =
    !mapping ||
    !!mapping.competing?.length ||
    !mapping.columns.some((c) => c.field === "country") ||
    !mapping.columns.some((c) => c.field === "capability");
  const summary = outcome ? summariseResults(outcome.results, profile) : undefined;
  const unread = outcome && mapping ? unreadValues(outcome.results, mapping) : [];

  return (
    <div className={s.view} aria-label="Score pipeline">
      <section className={s.section} aria-labelledby="score-source">
        <Subtitle2 as="h2" id="score-source">
          1. Choose the deals
        </Subtitle2>
        <SourcePicker
          value={source}
          onChange={(r) => {
            setSource(r);
            setPreview(undefined);
            setMapping(undefined);
          }}
        />
        <Button onClick={() => void readPreview()} disabled={!source || busy}>
          Read columns
        </Button>
      </section>

      {preview && mapping && (
        <section className={s.section} aria-labelledby="score-mapping">
          <Subtitle2 as="h2" id="score-mapping">
            2. Check the columns
          </Subtitle2>
          <Text className={s.muted}>
            {preview.address}: {preview.dataRows} rows. The tool writes its own columns (headed "Risk: ...") beside the data and updates
            them when you score again.
          </Text>
          <MappingEditor mapping={mapping} sample={preview.rows[mapping.headerRow + 1] ?? []} onChange={setMapping} />
          <Button appearance="primary" disabled={missingRequired || busy} onClick={() => void run(false)}>
            Score and write results
          </Button>
        </section>
      )}

      {progress && (
        <Field label={progress.message} validationState="none">
          <ProgressBar value={progress.fraction} thickness="large" />
        </Field>
      )}

      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}

      {conflicts && (
        <ColumnConflictBar conflicts={conflicts} onWriteAfter={() => void run(true)} onCancel={() => dispatch({ type: "reset" })} />
      )}

      {outcome && summary && (
        <section className={s.section} aria-labelledby="score-summary">
          <Subtitle2 as="h2" id="score-summary">
            Summary
          </Subtitle2>
          {summary.errors > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {summary.errors} deals not assessed: provisional {summary.provisional.stop} stop, {summary.provisional.escalate} escalate.
              </MessageBarBody>
            </MessageBar>
          )}
          <Text>
            {summary.scored} deals scored{summary.errors ? `, ${summary.errors} with input errors` : ""}; results in{" "}
            {outcome.columns[0]?.address}
            {outcome.columns.length > 1 ? ` to ${outcome.columns[outcome.columns.length - 1].address}` : ""} on sheet {outcome.sheet}.
          </Text>
          <table aria-label="Deals by residual band and decision">
            <tbody>
              {summary.byBand.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{b.label}</th>
                  <td>{b.count}</td>
                </tr>
              ))}
              {summary.byDecision.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.label}</th>
                  <td>{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {values.problem && (
            <MessageBar intent="warning">
              <MessageBarBody>{values.problem}</MessageBarBody>
            </MessageBar>
          )}
          {unread.length > 0 && (
            <ValueMappingStep
              unread={unread}
              ctx={ctx}
              busy={busy}
              onSave={(choices) => void values.save(choices).then((intake) => intake && run(false, intake))}
            />
          )}
          {outcome.errors.length > 0 && (
            <>
              <Subtitle2 as="h3">Rows to fix</Subtitle2>
              <ul className={s.list} aria-label="Row errors">
                {outcome.errors.map((e, i) => (
                  <li key={i} className={s.wrap}>
                    <Link
                      as="button"
                      onClick={() => void selectCell(e.sheet, e.address).then((m) => m && dispatch({ type: "noted", problem: m }))}
                    >
                      {e.address}
                    </Link>{" "}
                    <Text>{e.message}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {outcome && (
        <ScoreSignOff
          profile={profile}
          ctx={ctx}
          results={outcome.results}
          reviews={reviews}
          today={localDay(now())}
          onRescore={() => void run(false)}
        />
      )}
      <InsertScoreTable source={source} />
    </div>
  );
}
