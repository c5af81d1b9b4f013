import { useReducer, useState } from "react";
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ScreeningHit } from "../../core";
import type { PartyScreenerWithIndex } from "../../core";
import { explanationText, type ExplainedHit } from "../../core";
import { screeningOutcome } from "../../core";
import type { ListFileInput } from "../../core";
import { formatAssessedAt } from "../excel/resultColumns";
import { screenIntoSheet } from "../excel/screenIntoSheet";
import { selectCell } from "../excel/selectCell";
import { cellAddress } from "../excel/a1";
import type { SourceRef } from "../excel/sourceRef";
import type { Screening } from "../state/useScreening";
import { ColumnConflictBar } from "./ColumnConflictBar";
import { SourcePicker } from "./SourcePicker";
import { usePaneStyles } from "./paneStyles";
import { idleScreenRun, screenRunProblem, screenRunReducer, shownOutcome } from "../state/screenRun";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  side: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  match: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  cleared: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  unstyledList: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

interface Props {
  screening: Screening;
  /** Clock for the "screened at" column; tests pass a fixed one. */
  now?: () => Date;
}

/** A file's bytes; FileReader where Blob.arrayBuffer is missing (older webviews). */
function fileBytes(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === "function") return f.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(f);
  });
}

/** Reads the chosen files as bytes, so the core hashes exactly what was downloaded. */
async function readFiles(list: FileList | null): Promise<ListFileInput[]> {
  return Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, bytes: await fileBytes(f) })));
}

/** Load the lists, screen a partner table in place, and review each hit against its list entry. */
export function PartnersView({ screening, now = () => new Date() }: Props) {
  const s = usePaneStyles();
  const st = useStyles();
  const [asOf, setAsOf] = useState("");
  const [source, setSource] = useState<SourceRef>();
  const [runState, dispatch] = useReducer(screenRunReducer, idleScreenRun);
  const busy = runState.status === "running";
  const problem = screenRunProblem(runState);
  const conflicts = runState.status === "conflict" ? runState.conflicts : undefined;
  const outcome = shownOutcome(runState);
  const [reviewer, setReviewer] = useState("");
  const { lists, screener } = screening;

  const run = async (
    afterUsedRange: boolean,
    ref: SourceRef | undefined = outcome ? outcome.source : source,
    with_: PartyScreenerWithIndex | undefined = screener,
  ) => {
    if (!ref || !with_) return;
    dispatch({ type: "started" });
    const out = await screenIntoSheet({ source: ref, screener: with_, screenedAt: formatAssessedAt(now()), afterUsedRange });
    dispatch({ type: "finished", outcome: out });
  };

  const rows = outcome?.screening.results ?? [];
  const counts = { match: 0, cleared: 0, clear: 0, error: 0 };
  for (const r of rows) counts[r.status === "error" ? "error" : screeningOutcome(r.hits).status] += 1;
  const withHits = rows.map((r, i) => ({ r, sheetRow: outcome!.sheetRows[i] })).filter((x) => x.r.hits.length > 0);
  const nearMisses = rows.flatMap((r, i) => (r.nearMisses ?? []).map((h) => ({ r, h, sheetRow: outcome!.sheetRows[i] })));

  return (
    <div className={s.view} aria-label="Partners">
      <section className={s.section} aria-labelledby="partners-lists">
        <Subtitle2 as="h2" id="partners-lists">
          1. Restricted-party lists
        </Subtitle2>
        <Text className={s.muted}>
          Load the official files: OFAC sdn.csv (with alt.csv and add.csv), the US Consolidated Screening List CSV, the UN, EU or UK XML, or
          a CSV of names. They are stored in this workbook.
        </Text>
        <Field
          label="As of (for files without a date)"
          hint="Publication date of the files you load next; OFAC and CSL files do not carry one."
        >
          <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        <Field label="List files">
          <input
            type="file"
            multiple
            accept=".csv,.xml,.txt"
            aria-label="List files"
            disabled={screening.status !== "ready"}
            onChange={async (e) => {
              const input = e.currentTarget;
              const files = await readFiles(input.files);
              input.value = "";
              await screening.addFiles(files, asOf);
            }}
          />
        </Field>
        {screening.status !== "ready" && (
          <Spinner
            size="tiny"
            label={screening.status === "loading" ? "Reading the lists stored in this workbook" : "Working on the lists"}
          />
        )}
        {screening.added.length > 0 && (
          <MessageBar intent="success">
            <MessageBarBody>Loaded {screening.added.join(", ")}.</MessageBarBody>
          </MessageBar>
        )}
        {screening.problems.map((p, i) => (
          <MessageBar key={i} intent="error" layout="multiline">
            <MessageBarBody>{p}</MessageBarBody>
          </MessageBar>
        ))}
        {screening.status !== "loading" && lists.length === 0 && (
          <Text>No restricted-party list is loaded, so no partner has been screened; SCREEN and SCREENTABLE show #N/A until one is.</Text>
        )}
        <ul className={st.unstyledList} aria-label="Loaded lists">
          {lists.map((l) => (
            <li key={l.source} className={st.card}>
              <Text weight="semibold" className={s.wrap}>
                {l.title || l.source}
              </Text>
              <Text size={200} className={s.wrap}>
                {l.source} · as of {l.asOf || "unknown date"} · {l.entryCount.toLocaleString("en-GB")} entries ·{" "}
                {l.aliasCount.toLocaleString("en-GB")} aliases
                {l.weakAliasCount ? ` (${l.weakAliasCount.toLocaleString("en-GB")} weak)` : ""}
              </Text>
              <Text size={200} className={mergeClasses(s.muted, s.wrap)} title={l.contentHash}>
                {l.files.map((f) => f.name).join(", ")} · sha256 {l.contentHash.slice(0, 16)}…
              </Text>
              <div>
                <Button
                  size="small"
                  disabled={screening.status !== "ready"}
                  onClick={() => void screening.removeList(l.source)}
                  aria-label={`Remove ${l.source}`}
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section className={s.section} aria-labelledby="partners-screen">
        <Subtitle2 as="h2" id="partners-screen">
          2. Screen partners
        </Subtitle2>
        <SourcePicker value={source} label="Partners to read" onChange={(r) => setSource(r)} />
        <Text className={s.muted}>
          The names column needs a header such as Name, Partner, Reseller or Company. Results go in columns headed "Screening: ...".
        </Text>
        <Button
          appearance="primary"
          disabled={!source || !screener || busy || screening.status !== "ready"}
          onClick={() => void run(false, source)}
        >
          Screen and write results
        </Button>
        {busy && <Spinner size="tiny" label="Screening" />}
      </section>

      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}

      {conflicts && (
        <ColumnConflictBar
          conflicts={conflicts}
          onWriteAfter={() => void run(true, source)}
          onCancel={() => dispatch({ type: "cancelled" })}
        />
      )}

      {outcome && (
        <section className={s.section} aria-labelledby="partners-review">
          <Subtitle2 as="h2" id="partners-review">
            3. Review hits
          </Subtitle2>
          <Text>
            {rows.length} names screened: {counts.match} match, {counts.cleared} cleared by a reviewer, {counts.clear} clear
            {counts.error ? `, ${counts.error} without a name` : ""}; results in {outcome.columns[0]?.address} to{" "}
            {outcome.columns[outcome.columns.length - 1]?.address} on sheet {outcome.sheet}.
          </Text>
          {withHits.length > 0 && (
            <Field label="Reviewer" hint="Your name, recorded with each decision.">
              <Input value={reviewer} onChange={(_, d) => setReviewer(d.value)} />
            </Field>
          )}
          <ul className={st.unstyledList} aria-label="Hits to review">
            {withHits.map(({ r, sheetRow }) =>
              r.hits.map((h) => (
                <HitCard
                  key={`${sheetRow}-${h.source}-${h.entryId}`}
                  hit={h}
                  name={r.name}
                  country={r.country}
                  address={cellAddress(sheetRow - 1, outcome.nameColumn)}
                  onSelect={() =>
                    void selectCell(outcome.sheet, cellAddress(sheetRow - 1, outcome.nameColumn)).then(
                      (m) => m && dispatch({ type: "noted", problem: m }),
                    )
                  }
                  aliases={screener?.entryFor(h)?.names.map((n) => n.name) ?? [h.listName]}
                  reviewer={reviewer}
                  disabled={busy || screening.status !== "ready"}
                  onDecide={async (status, reason) => {
                    const next = await screening.decide({ hit: h, inputName: r.name, status, by: reviewer, reason });
                    if (typeof next === "string") dispatch({ type: "noted", problem: next });
                    else await run(false, outcome.source, next);
                  }}
                />
              )),
            )}
          </ul>
          {nearMisses.length > 0 && (
            <ul className={st.unstyledList} aria-label="Near misses (not matches)">
              {nearMisses.map(({ r, h, sheetRow }) => (
                <li key={`near-${sheetRow}-${h.source}-${h.entryId}`} className={st.card}>
                  <Text size={200} weight="semibold">
                    Near miss, not a match: {r.name} ({cellAddress(sheetRow - 1, outcome.nameColumn)}) and {h.source} {h.entryId}{" "}
                    {h.listName}, score {h.score.toFixed(3)}
                  </Text>
                  <Text size={200}>Why: {explanationText(h.explanation)}</Text>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

interface HitProps {
  hit: ScreeningHit;
  name: string;
  country?: string;
  address: string;
  aliases: string[];
  reviewer: string;
  disabled: boolean;
  onSelect(): void;
  onDecide(status: "cleared" | "confirmed", reason: string): Promise<void>;
}

/** One hit side by side: the partner as written in the sheet, and the list entry it resembles. */
function HitCard({ hit, name, country, address, aliases, reviewer, disabled, onSelect, onDecide }: HitProps) {
  const s = usePaneStyles();
  const st = useStyles();
  const [reason, setReason] = useState("");
  const d = hit.decision;
  const ready = reviewer.trim() !== "" && reason.trim() !== "" && !disabled;
  const shown = aliases.slice(0, 6);
  return (
    <li className={st.card} aria-label={`${name} and ${hit.source} ${hit.entryId}`}>
      <div className={st.pair}>
        <div className={st.side}>
          <span className={st.label}>Partner</span>
          <Text weight="semibold">{name}</Text>
          {country && <Text size={200}>{country}</Text>}
          <Link as="button" onClick={onSelect}>
            {address}
          </Link>
        </div>
        <div className={st.side}>
          <span className={st.label}>
            {hit.source} {hit.entryId}
          </span>
          <Text weight="semibold">{hit.listName}</Text>
          {shown.length > 1 && (
            <Text size={200}>
              Also: {shown.slice(1).join("; ")}
              {aliases.length > shown.length ? `; +${aliases.length - shown.length} more` : ""}
            </Text>
          )}
          <Text size={200}>Programme: {hit.programme || "-"}</Text>
        </div>
      </div>
      <Text size={200}>
        Score {hit.score.toFixed(3)} on "{hit.matchedName}"{hit.aliasQuality === "weak" ? " (weak alias)" : ""}
      </Text>
      {"explanation" in hit && <Text size={200}>Why: {explanationText((hit as ExplainedHit).explanation)}</Text>}
      {d ? (
        <Text size={200} className={d.status === "cleared" ? st.cleared : st.match}>
          {d.status === "cleared" ? "Cleared" : "Confirmed"} by {d.by} on {d.at}: {d.reason}
        </Text>
      ) : (
        <Text size={200} className={st.match}>
          Open: not yet reviewed
        </Text>
      )}
      <Field label="Reason" size="small">
        <Textarea value={reason} onChange={(_, v) => setReason(v.value)} resize="vertical" />
      </Field>
      <div className={s.row}>
        <Button size="small" disabled={!ready} onClick={() => void onDecide("cleared", reason).then(() => setReason(""))}>
          Clear
        </Button>
        <Button size="small" disabled={!ready} onClick={() => void onDecide("confirmed", reason).then(() => setReason(""))}>
          Confirm
        </Button>
      </div>
    </li>
  );
}
