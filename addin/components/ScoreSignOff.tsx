import { useMemo, useState } from "react";
import { Button, Field, Input, Link, Subtitle2, Text } from "@fluentui/react-components";
import type { DealReview, Profile, ScoredRow, ScoringContext } from "../../core";
import { basisSourcesOf, dealBasis, REVIEW_DECISIONS, reviewLookup, reviewStatusText } from "../../core";
import { signOffBlocked, type Reviews } from "../state/useReviews";
import { dealLabel } from "./dealLabel";
import { SignOffForm } from "./SignOffForm";
import { usePaneStyles } from "./paneStyles";

interface Props {
  profile: Profile;
  ctx: ScoringContext;
  results: readonly ScoredRow[];
  reviews: Reviews;
  today: string;
  /** Scores again, so the sheet's review columns show the new records. */
  onRescore: () => void;
}

type Scored = Extract<ScoredRow, { status: "ok" }>;

/** Deals listed at once; the rest are found by their ID. */
const shown = 25;
const needsReview = (r: DealReview) => r.status !== "current";

/**
 * The scored deals with their sign-off state, those awaiting a decision and the most severe first;
 * choosing one opens the sign-off form for the deal as it was scored.
 */
export function ScoreSignOff({ profile, ctx, results, reviews, today, onRescore }: Props) {
  const s = usePaneStyles();
  const [filter, setFilter] = useState("");
  const [chosen, setChosen] = useState<Scored>();
  const [recorded, setRecorded] = useState(0);
  const lookup = useMemo(() => reviewLookup(reviews.records, basisSourcesOf(ctx), today), [reviews.records, ctx, today]);
  const decisionLabel = (id: string) => profile.decisions.find((d) => d.id === id)?.label ?? id;

  const deals = useMemo(() => {
    const severity = (r: Scored) => REVIEW_DECISIONS.indexOf(r.assessment.decision);
    return results
      .filter((r): r is Scored => r.status === "ok" && r.deal.id.trim() !== "")
      .map((row) => ({ row, review: lookup(row) }))
      .sort(
        (a, b) =>
          Number(needsReview(b.review)) - Number(needsReview(a.review)) || severity(b.row) - severity(a.row) || a.row.row - b.row.row,
      );
  }, [results, lookup]);
  const withoutId = results.filter((r) => r.status === "ok" && r.deal.id.trim() === "").length;
  const awaiting = deals.filter((d) => needsReview(d.review)).length;
  const q = filter.trim().toLowerCase();
  const matching = q
    ? deals.filter(({ row: { deal } }) => [deal.id, deal.customer, deal.endUserName].some((t) => t.toLowerCase().includes(q)))
    : deals;

  const target = chosen && {
    dealId: chosen.deal.id.trim(),
    label: `Row ${chosen.row}: ${dealLabel(chosen.deal, ctx)}`,
    recommended: chosen.assessment.decision,
    basis: dealBasis(chosen.deal, chosen.assessment, basisSourcesOf(ctx)),
    review: lookup(chosen),
  };
  const blocked = signOffBlocked(reviews);

  return (
    <>
      <section className={s.section} aria-labelledby="score-signoff">
        <Subtitle2 as="h2" id="score-signoff">
          Sign-off
        </Subtitle2>
        <Text>
          {awaiting} of {deals.length} deals with a Deal ID await a decision (never signed off, stale or overdue)
          {withoutId ? `; ${withoutId} scored deals have no Deal ID and cannot be signed off` : ""}.
        </Text>
        <Field label="Find a deal" hint="Deal ID, customer or end user.">
          <Input value={filter} onChange={(_, d) => setFilter(d.value)} />
        </Field>
        <ul className={s.list} aria-label="Deals to sign off">
          {matching.slice(0, shown).map(({ row, review }) => (
            <li key={row.row} className={s.wrap}>
              <Link as="button" onClick={() => setChosen(row)} aria-label={`Sign off ${row.deal.id}`}>
                {row.deal.id}
              </Link>{" "}
              <Text>
                {decisionLabel(row.assessment.decision)} - {reviewStatusText(review)}
              </Text>
            </li>
          ))}
        </ul>
        {matching.length > shown && <Text className={s.muted}>{matching.length - shown} more; find them by their ID.</Text>}
        {recorded > 0 && (
          <div className={s.row}>
            <Text className={s.muted}>The sheet's review columns show the records as of the last score run.</Text>
            <Button onClick={onRescore}>Score again to update them</Button>
          </div>
        )}
      </section>
      {target && (
        <SignOffForm
          key={`${chosen!.row}|${target.dealId}`}
          profile={profile}
          target={target}
          today={today}
          blocked={blocked}
          idPrefix="score-signoff"
          onRecord={async (record) => {
            const error = await reviews.add(record);
            if (!error) setRecorded((n) => n + 1);
            return error;
          }}
        />
      )}
    </>
  );
}
