import { useEffect, useMemo, useState } from "react";
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, Text } from "@fluentui/react-components";
import type { Profile } from "../../core";
import type { ScoringContext } from "../../core";
import { assessDeal, basisSourcesOf, dealBasis, indexReviews, reviewFor } from "../../core";
import { addDealRow } from "../excel/addDealRow";
import { listTables, type TableInfo } from "../excel/listTables";
import { dealRowForHeaders, draftToDeal, emptyDraft, type DealDraft } from "../state/dealDraft";
import { CatalogueSelect } from "./CatalogueSelect";
import { ResultCard } from "./ResultCard";
import { StickySummary } from "./StickySummary";
import { usePaneStyles } from "./paneStyles";
import { stagePrompts } from "./stagePrompts";
import { dealLabel } from "./dealLabel";
import { SignOffForm, type SignOffTarget } from "./SignOffForm";
import { localDay, signOffBlocked, type Reviews } from "../state/useReviews";

interface Props {
  profile: Profile;
  ctx: ScoringContext;
  /** The workbook's decision records, for signing the deal off. */
  reviews: Reviews;
  /** Clock for the sign-off date and review states; tests pass a fixed one. */
  now?: () => Date;
}

/** Stage 1-5 form with the result recomputed on every keystroke (assessDeal is pure and fast). */
export function AssessView({ profile, ctx, reviews, now = () => new Date() }: Props) {
  const s = usePaneStyles();
  const [draft, setDraft] = useState<DealDraft>(emptyDraft);
  const [tables, setTables] = useState<TableInfo[]>([]);
  const [table, setTable] = useState("");
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string } | undefined>();
  const set = <K extends keyof DealDraft>(k: K, v: DealDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const toggle = (k: "redFlags" | "mitigations", id: string, on: boolean) =>
    setDraft((d) => ({ ...d, [k]: on ? [...d[k], id] : d[k].filter((x) => x !== id) }));
  // The path to proceed's button: tick its clauses; the result (and the summary) recompute at once.
  const addMitigations = (ids: string[]) =>
    setDraft((d) => ({ ...d, mitigations: [...d.mitigations, ...ids.filter((m) => !d.mitigations.includes(m))] }));

  useEffect(() => {
    void listTables().then((r) => {
      if ("tables" in r) {
        setTables(r.tables);
        setTable((t) => t || r.tables[0]?.name || "");
      }
    });
  }, []);

  const { deal, problems } = useMemo(() => draftToDeal(draft, ctx), [draft, ctx]);
  const assessment = useMemo(() => (deal ? assessDeal(deal, ctx) : undefined), [deal, ctx]);
  const problemFor = (f: keyof DealDraft) => (draft[f] !== "" ? problems.find((p) => p.field === f)?.message : undefined);
  const capability = profile.capabilities.find((c) => c.id === draft.capability);
  const today = localDay(now());
  const index = useMemo(() => indexReviews(reviews.records), [reviews.records]);
  const signOff = useMemo((): SignOffTarget | undefined => {
    if (!deal || !assessment || !deal.id) return undefined;
    const basis = dealBasis(deal, assessment, basisSourcesOf(ctx));
    return {
      dealId: deal.id,
      label: dealLabel(deal, ctx),
      recommended: assessment.decision,
      basis,
      review: reviewFor(deal.id, basis, index, today),
    };
  }, [deal, assessment, ctx, index, today]);
  const blocked = signOffBlocked(reviews);

  const add = async () => {
    if (!deal) return;
    const r = await addDealRow(table, (headers) => dealRowForHeaders(deal, headers, ctx));
    setStatus("error" in r ? { intent: "error", text: r.error } : { intent: "success", text: `Added to table ${table} at ${r.address}.` });
  };

  return (
    <form className={s.view} aria-label="Assess a deal" onSubmit={(e) => e.preventDefault()}>
      {assessment && <StickySummary assessment={assessment} profile={profile} onApply={addMitigations} />}
      <section className={s.section} aria-labelledby="stage-capability">
        <Subtitle2 as="h2" id="stage-capability">
          1. Capability
        </Subtitle2>
        <Text className={s.prompt}>{stagePrompts.capability}</Text>
        <Field label="What the product can do" required hint={capability?.prompt || undefined}>
          <CatalogueSelect
            value={draft.capability}
            blank="Choose a capability"
            items={profile.capabilities}
            describe={(c) => `${c.label} (severity ${c.severity})`}
            onChange={(v) => set("capability", v)}
          />
        </Field>
        <Field label="Scale of deployment">
          <CatalogueSelect value={draft.scale} blank="Not stated" items={profile.scales} onChange={(v) => set("scale", v)} />
        </Field>
        <Field label="Product name">
          <Input value={draft.product} onChange={(_, d) => set("product", d.value)} />
        </Field>
      </section>

      <section className={s.section} aria-labelledby="stage-destination">
        <Subtitle2 as="h2" id="stage-destination">
          2. Destination
        </Subtitle2>
        <Text className={s.prompt}>{stagePrompts.destination}</Text>
        <Field
          label="Destination country"
          required
          validationMessage={problemFor("country")}
          validationState={problemFor("country") ? "error" : "none"}
        >
          <Input value={draft.country} placeholder="Name or ISO code" onChange={(_, d) => set("country", d.value)} />
        </Field>
        <Field
          label="Assess as at"
          hint="YYYY-MM-DD, e.g. the date of sale: the restrictions in force then and the World Bank figures of the year before. Blank uses the Settings date, or today."
          validationMessage={problemFor("asAt")}
          validationState={problemFor("asAt") ? "error" : "none"}
        >
          <Input value={draft.asAt} placeholder="YYYY-MM-DD" onChange={(_, d) => set("asAt", d.value)} />
        </Field>
      </section>

      <section className={s.section} aria-labelledby="stage-enduser">
        <Subtitle2 as="h2" id="stage-enduser">
          3. End user
        </Subtitle2>
        <Text className={s.prompt}>{stagePrompts.endUser}</Text>
        <Field label="End-user type">
          <CatalogueSelect
            value={draft.endUserType}
            blank="Not disclosed"
            items={profile.endUserTypes}
            describe={(c) => `${c.label} (${c.score} of 5)`}
            onChange={(v) => set("endUserType", v)}
          />
        </Field>
        <Field label="End-user organisation">
          <Input value={draft.endUserName} onChange={(_, d) => set("endUserName", d.value)} />
        </Field>
        <Field label="Customer">
          <Input value={draft.customer} onChange={(_, d) => set("customer", d.value)} />
        </Field>
      </section>

      <section className={s.section} aria-labelledby="stage-partners">
        <Subtitle2 as="h2" id="stage-partners">
          4. Partners
        </Subtitle2>
        <Text className={s.prompt}>{stagePrompts.partners}</Text>
        <Field label="Route to market">
          <CatalogueSelect
            value={draft.partnerType}
            blank="Direct sale (no intermediary)"
            items={profile.partners.types}
            onChange={(v) => set("partnerType", v)}
          />
        </Field>
        {draft.partnerType && (
          <>
            <Field label="Partner name">
              <Input value={draft.partnerName} onChange={(_, d) => set("partnerName", d.value)} />
            </Field>
            <Field
              label="Partner country"
              hint="Leave blank when the partner is in the destination country."
              validationMessage={problemFor("partnerCountry")}
              validationState={problemFor("partnerCountry") ? "error" : "none"}
            >
              <Input value={draft.partnerCountry} onChange={(_, d) => set("partnerCountry", d.value)} />
            </Field>
            <Field label="Partner due diligence">
              <Select
                value={draft.partnerDueDiligence}
                onChange={(_, d) => set("partnerDueDiligence", d.value as DealDraft["partnerDueDiligence"])}
              >
                <option value="done">Done</option>
                <option value="not-done">Not done</option>
                <option value="unknown">Unknown</option>
              </Select>
            </Field>
          </>
        )}
      </section>

      <section className={s.section} aria-labelledby="stage-mitigations">
        <Subtitle2 as="h2" id="stage-mitigations">
          5. Mitigations and red flags
        </Subtitle2>
        <Text className={s.prompt}>{stagePrompts.mitigations}</Text>
        <fieldset className={s.checks}>
          <legend>
            <Text weight="semibold">Red flags present</Text>
          </legend>
          {profile.redFlags.map((f) => (
            <Checkbox
              key={f.id}
              label={f.label}
              checked={draft.redFlags.includes(f.id)}
              onChange={(_, d) => toggle("redFlags", f.id, d.checked === true)}
            />
          ))}
        </fieldset>
        <fieldset className={s.checks}>
          <legend>
            <Text weight="semibold">Mitigations in place</Text>
          </legend>
          {profile.mitigations.map((f) => (
            <Checkbox
              key={f.id}
              label={f.label}
              checked={draft.mitigations.includes(f.id)}
              onChange={(_, d) => toggle("mitigations", f.id, d.checked === true)}
            />
          ))}
        </fieldset>
      </section>

      {assessment ? (
        <ResultCard assessment={assessment} profile={profile} onApply={addMitigations} />
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{problems.map((p) => p.message).join(" ")}</MessageBarBody>
        </MessageBar>
      )}

      <section className={s.section} aria-labelledby="add-heading">
        <Subtitle2 as="h2" id="add-heading">
          Add to pipeline
        </Subtitle2>
        <Field label="Deal ID">
          <Input value={draft.id} onChange={(_, d) => set("id", d.value)} />
        </Field>
        <Field label="Deal value">
          <Input value={draft.value} inputMode="decimal" onChange={(_, d) => set("value", d.value)} />
        </Field>
        {tables.length > 0 ? (
          <Field label="Deals table">
            <Select value={table} onChange={(_, d) => setTable(d.value)}>
              {tables.map((t) => (
                <option key={t.name} value={t.name}>
                  {t.name} ({t.sheet})
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <Text className={s.muted}>
            No Excel table in this workbook. Format your deals as a table (Insert &gt; Table) to add deals from here.
          </Text>
        )}
        <Button appearance="primary" disabled={!deal || !table} onClick={() => void add()}>
          Add to pipeline
        </Button>
        {status && (
          <MessageBar intent={status.intent} role="status">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </section>

      {signOff ? (
        <SignOffForm
          key={`${signOff.dealId}|${signOff.recommended}`}
          profile={profile}
          target={signOff}
          today={today}
          blocked={blocked}
          idPrefix="assess-signoff"
          onRecord={reviews.add}
        />
      ) : (
        assessment && (
          <Text className={s.muted}>
            To sign this deal off, give it its Deal ID above. The record is kept for the deal exactly as entered here: a row in the pipeline
            with other inputs reads as stale.
          </Text>
        )
      )}
    </form>
  );
}
