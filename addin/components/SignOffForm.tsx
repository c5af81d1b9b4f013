import { useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DealBasis, DealReview, Profile, ReviewDecision, ReviewProblem, ReviewRecord, Treatment } from "../../core";
import { createReview, defaultReviewBy, reviewStatusText, signOffNeeds, TREATMENTS } from "../../core";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  // Each condition is a small card of its three fields, so several read as separate items.
  condition: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  remove: { alignSelf: "flex-end" },
});

export interface SignOffTarget {
  dealId: string;
  /** Who and where, for the heading: "Ministry of Interior, Egypt". */
  label: string;
  recommended: ReviewDecision;
  /** What the recommendation rests on now: the record is keyed to it. */
  basis: DealBasis;
  /** The deal's state against the records already kept. */
  review: DealReview;
}

interface Props {
  profile: Profile;
  target: SignOffTarget;
  /** YYYY-MM-DD, the default sign-off date. */
  today: string;
  /** Why nothing can be recorded now (records unreadable, no Deal ID...). */
  blocked?: string;
  /** Stores the record; resolves to an error message. */
  onRecord: (record: ReviewRecord) => Promise<string | undefined>;
  /** Distinguishes the form's element ids when a view shows more than one. */
  idPrefix?: string;
}

interface ConditionDraft {
  text: string;
  owner: string;
  due: string;
}

/**
 * Records a decision on one deal: the decision taken, who reviewed and approved it, conditions, the
 * review-by date, notes and evidence. The rules (four eyes, board approval, no approving a stop) are
 * core's: `signOffNeeds` says what to ask for, `createReview` refuses what breaks them.
 */
export function SignOffForm({ profile, target, today, blocked, onRecord, idPrefix = "signoff" }: Props) {
  const s = usePaneStyles();
  const st = useStyles();
  const [decision, setDecision] = useState<ReviewDecision>(target.recommended);
  const [overrideReason, setOverrideReason] = useState("");
  const [treatment, setTreatment] = useState<"" | Treatment>("");
  const [reviewer, setReviewer] = useState("");
  const [approver, setApprover] = useState("");
  const [boardApproval, setBoardApproval] = useState("");
  const [date, setDate] = useState(today);
  const [reviewBy, setReviewBy] = useState<string | undefined>();
  const [conditions, setConditions] = useState<ConditionDraft[]>([]);
  const [notes, setNotes] = useState("");
  const [evidence, setEvidence] = useState("");
  const [problems, setProblems] = useState<ReviewProblem[]>([]);
  const [saved, setSaved] = useState<{ intent: "success" | "error"; text: string }>();
  const [saving, setSaving] = useState(false);

  const needs = signOffNeeds(target.recommended, decision, treatment || undefined, conditions.length);
  const chosenDecision = needs.decisions.includes(decision) ? decision : needs.decisions[0];
  const suggestedReviewBy = defaultReviewBy(profile, chosenDecision, date);
  const shownReviewBy = reviewBy ?? suggestedReviewBy;
  const label = (id: string) => profile.decisions.find((d) => d.id === id)?.label ?? id;
  const problemOf = (field: string) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => p.message)
      .join(" ") || undefined;
  const fieldState = (field: string) => (problemOf(field) ? "error" : "none");
  const setCondition = (i: number, patch: Partial<ConditionDraft>) =>
    setConditions((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const id = (name: string) => `${idPrefix}-${name}`;
  const declineInPlay = target.recommended === "decline" || chosenDecision === "decline";

  const submit = async () => {
    setSaved(undefined);
    const check = createReview(
      {
        dealId: target.dealId,
        decision: chosenDecision,
        overrideReason,
        ...(treatment ? { treatment } : {}),
        reviewer,
        approver,
        boardApproval,
        date,
        ...(reviewBy !== undefined ? { reviewBy } : {}),
        conditions,
        notes,
        evidence: evidence.split(/\r?\n/),
      },
      target.recommended,
      target.basis,
      profile,
    );
    if (!check.ok) {
      setProblems(check.problems);
      return;
    }
    setProblems([]);
    setSaving(true);
    const error = await onRecord(check.record);
    setSaving(false);
    if (error) {
      setSaved({ intent: "error", text: error });
      return;
    }
    const r = check.record;
    setSaved({
      intent: "success",
      text: `Recorded: deal ${r.dealId} ${label(r.decision).toLowerCase()}, reviewed by ${r.reviewer}${r.approver ? `, approved by ${r.approver}` : ""} on ${r.date}${r.reviewBy ? `; review by ${r.reviewBy}` : ""}. Save the workbook to keep it.`,
    });
    setOverrideReason("");
    setConditions([]);
    setNotes("");
    setEvidence("");
  };

  return (
    <section className={s.section} aria-labelledby={id("heading")}>
      <Subtitle2 as="h2" id={id("heading")}>
        Sign off deal {target.dealId || "(no Deal ID)"}
      </Subtitle2>
      <Text className={s.wrap}>
        {target.label ? `${target.label}. ` : ""}The methodology recommends <strong>{label(target.recommended)}</strong>.
      </Text>
      <Text className={s.muted} aria-label="Current sign-off">
        Current sign-off: {reviewStatusText(target.review)}
      </Text>
      {needs.rules.length > 0 && (
        <ul className={s.list} aria-label="Sign-off rules">
          {needs.rules.map((r) => (
            <li key={r}>
              <Text>{r}</Text>
            </li>
          ))}
        </ul>
      )}
      {blocked ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{blocked}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Field label="Decision taken" required validationMessage={problemOf("decision")} validationState={fieldState("decision")}>
            <Select id={id("decision")} value={chosenDecision} onChange={(_, d) => setDecision(d.value as ReviewDecision)}>
              {needs.decisions.map((d) => (
                <option key={d} value={d}>
                  {label(d)}
                  {d === target.recommended ? " (recommended)" : ""}
                </option>
              ))}
            </Select>
          </Field>
          {needs.overrideReason && (
            <Field
              label="Reason for the override"
              required
              hint={`The decision taken differs from the methodology's (${label(target.recommended)}).`}
              validationMessage={problemOf("overrideReason")}
              validationState={fieldState("overrideReason")}
            >
              <Textarea value={overrideReason} onChange={(_, d) => setOverrideReason(d.value)} resize="vertical" />
            </Field>
          )}
          <Field label="Treatment" validationMessage={problemOf("treatment")} validationState={fieldState("treatment")}>
            <Select value={treatment} onChange={(_, d) => setTreatment(d.value as "" | Treatment)}>
              <option value="">Default ({needs.treatment})</option>
              {TREATMENTS.filter((t) => !needs.avoidOnly || t === "Avoid").map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Reviewer" required validationMessage={problemOf("reviewer")} validationState={fieldState("reviewer")}>
            <Input value={reviewer} onChange={(_, d) => setReviewer(d.value)} />
          </Field>
          {needs.approver === "forbidden" ? (
            <Text className={s.muted}>No approver: a stop cannot be approved.</Text>
          ) : (
            <Field
              label="Approver"
              required={needs.approver === "required"}
              hint={needs.fourEyes ? "Someone other than the reviewer (four eyes)." : undefined}
              validationMessage={problemOf("approver")}
              validationState={fieldState("approver")}
            >
              <Input value={approver} onChange={(_, d) => setApprover(d.value)} />
            </Field>
          )}
          {needs.boardApproval !== "forbidden" && (declineInPlay || boardApproval !== "") && (
            <Field
              label="Board approval reference"
              required={needs.boardApproval === "required"}
              hint="The board minute or resolution that approved going ahead against a decline."
              validationMessage={problemOf("boardApproval")}
              validationState={fieldState("boardApproval")}
            >
              <Input value={boardApproval} onChange={(_, d) => setBoardApproval(d.value)} />
            </Field>
          )}
          <Field label="Date of the sign-off" required validationMessage={problemOf("date")} validationState={fieldState("date")}>
            <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
          </Field>
          <Field
            label="Review by"
            hint={
              reviewBy === undefined
                ? suggestedReviewBy
                  ? `The profile's review period for ${label(chosenDecision).toLowerCase()}.`
                  : "No review date for this decision."
                : undefined
            }
            validationMessage={problemOf("reviewBy")}
            validationState={fieldState("reviewBy")}
          >
            <Input type="date" value={shownReviewBy} onChange={(_, d) => setReviewBy(d.value)} />
          </Field>
          <fieldset className={s.checks}>
            <legend>
              <Text weight="semibold">Conditions</Text>
            </legend>
            {conditions.length === 0 && <Text className={s.muted}>No conditions.</Text>}
            {conditions.map((c, i) => {
              const n = i + 1;
              const problem = problemOf(`condition ${n}`);
              return (
                <div key={i} role="group" aria-label={`Condition ${n}`} className={st.condition}>
                  <Field
                    label={`What condition ${n} requires`}
                    required
                    validationMessage={problem}
                    validationState={problem ? "error" : "none"}
                  >
                    <Input value={c.text} onChange={(_, d) => setCondition(i, { text: d.value })} />
                  </Field>
                  <Field label={`Owner of condition ${n}`} required>
                    <Input value={c.owner} onChange={(_, d) => setCondition(i, { owner: d.value })} />
                  </Field>
                  <Field label={`Due date of condition ${n}`} required>
                    <Input type="date" value={c.due} onChange={(_, d) => setCondition(i, { due: d.value })} />
                  </Field>
                  <Button
                    appearance="subtle"
                    size="small"
                    className={st.remove}
                    aria-label={`Remove condition ${n}`}
                    onClick={() => setConditions((cs) => cs.filter((_, j) => j !== i))}
                  >
                    Remove
                  </Button>
                </div>
              );
            })}
            <Button onClick={() => setConditions((cs) => [...cs, { text: "", owner: "", due: "" }])}>Add condition</Button>
          </fieldset>
          <Field label="Notes">
            <Textarea value={notes} onChange={(_, d) => setNotes(d.value)} resize="vertical" />
          </Field>
          <Field label="Evidence links" hint="One link or document reference per line.">
            <Textarea value={evidence} onChange={(_, d) => setEvidence(d.value)} resize="vertical" />
          </Field>
          {problems.length > 0 && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>Not signed off: {problems.map((p) => p.message).join("; ")}.</MessageBarBody>
            </MessageBar>
          )}
          <Button appearance="primary" disabled={saving} onClick={() => void submit()}>
            Record sign-off
          </Button>
        </>
      )}
      {saved && (
        <MessageBar intent={saved.intent} role="status" layout="multiline">
          <MessageBarBody>{saved.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
