import { useEffect, useReducer, useState } from "react";
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
import type { Profile } from "../../core";
import type { RestrictionAuthority, RestrictionMeasure, RestrictionRow } from "../../core";
import { RESTRICTION_AUTHORITIES, RESTRICTION_MEASURES, validateRestrictionTable } from "../../core";
import { isIsoDate } from "../../core";
import { contextFor, defaultSettings, parseSettings, restrictionsOf, toSettingsFile, type PaneSettings } from "../state/paneSettings";
import { DataImpactPanel } from "./DataImpactPanel";
import { deliverText } from "./delivery";
import { MethodologyPicker } from "./MethodologyPicker";
import { usePaneStyles } from "./paneStyles";
import { settingsRunReducer, type SettingsMessage, type SettingsRun } from "../state/settingsRun";

const useStyles = makeStyles({
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 5.5em", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} 0` },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  settings: PaneSettings;
  /** Saves to the workbook (and hands the settings to the custom functions); resolves to an error message. */
  onSave: (s: PaneSettings | undefined) => Promise<string | undefined>;
  storedProblem?: string;
}

const scores = [1, 2, 3, 4, 5];

/** The methodology profile, country overrides and sanctions table this workbook scores with. */
export function SettingsView({ settings, onSave, storedProblem }: Props) {
  const s = usePaneStyles();
  const st = useStyles();
  const [profile, setProfile] = useState<Profile>(settings.profile);
  const [rows, setRows] = useState<RestrictionRow[]>(restrictionsOf(settings).rows);
  const [json, setJson] = useState("");
  const [run, dispatch] = useReducer(settingsRunReducer, {
    status: "idle",
    message: storedProblem ? { intent: "warning", text: storedProblem } : undefined,
  } as SettingsRun);
  const saving = run.status === "saving";
  const message = run.status === "idle" ? run.message : undefined;
  const setMessage = (m: SettingsMessage) => dispatch({ type: "told", message: m });
  const saved = (m: SettingsMessage) => dispatch({ type: "saved", message: m });
  const [override, setOverride] = useState({ country: "", score: "3", reason: "" });
  const blankRestriction = {
    country: "",
    measure: "arms-embargo" as RestrictionMeasure,
    authority: "UK" as RestrictionAuthority,
    instrument: "",
    source: "",
    from: "",
    to: "",
  };
  const [restriction, setRestriction] = useState(blankRestriction);
  const [asAt, setAsAt] = useState(settings.asAt ?? "");
  // A table that switches off every destination hard stop is allowed only with its flag, and always warned about.
  const checkedTable = validateRestrictionTable({ ...restrictionsOf(settings), rows });
  const tableWarnings = checkedTable.ok ? checkedTable.warnings : [];

  useEffect(() => {
    setProfile(settings.profile);
    setRows(restrictionsOf(settings).rows);
  }, [settings]);

  // A JSON copy, not structuredClone: older Office webviews lack it, and a profile is plain JSON data.
  const edit = (f: (p: Profile) => Profile) => setProfile((p) => f(JSON.parse(JSON.stringify(p)) as Profile));
  const current = (): unknown =>
    toSettingsFile({ profile, restrictions: { ...restrictionsOf(settings), rows }, ...(asAt.trim() ? { asAt: asAt.trim() } : {}) });

  const save = async (file: unknown) => {
    const parsed = parseSettings(file);
    if (!parsed.ok) {
      setMessage({ intent: "error", text: parsed.message });
      return;
    }
    dispatch({ type: "saving" });
    const error = await onSave(parsed.settings);
    saved(
      error
        ? { intent: "error", text: error }
        : { intent: "success", text: "Saved in this workbook. The pane and the EXPORTRISK functions now score with these settings." },
    );
  };

  const weights = profile.likelihood.weights;
  return (
    <div className={s.view} aria-label="Settings">
      {message && (
        <MessageBar intent={message.intent} layout="multiline" role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <Text className={s.muted}>
        Profile {profile.id} version {profile.version}. Settings are saved inside this workbook, so they travel with the file.
      </Text>
      <MethodologyPicker profile={profile} onChoose={(p) => setProfile(JSON.parse(JSON.stringify(p)) as Profile)} />

      <section className={s.section} aria-labelledby="set-weights">
        <Subtitle2 as="h2" id="set-weights">
          Likelihood weights
        </Subtitle2>
        <Text className={s.prompt}>How much destination, end user and partners count; they must add up to 1.</Text>
        {(["destination", "endUser", "partners"] as const).map((k) => (
          <Field key={k} label={{ destination: "Destination", endUser: "End user", partners: "Partners" }[k]}>
            <Input
              type="number"
              step={0.05}
              min={0}
              max={1}
              value={String(weights[k])}
              onChange={(_, d) => edit((p) => ((p.likelihood.weights[k] = Number(d.value)), p))}
            />
          </Field>
        ))}
      </section>

      <section className={s.section} aria-labelledby="set-bands">
        <Subtitle2 as="h2" id="set-bands">
          Bands
        </Subtitle2>
        <Text className={s.prompt}>Highest score (1-25) in each band; the next band starts one above.</Text>
        {profile.bands.map((b, i) => (
          <Field key={b.id} label={`${b.label}: ${b.min} to`}>
            <Input
              type="number"
              min={b.min}
              max={25}
              value={String(b.max)}
              disabled={i === profile.bands.length - 1}
              onChange={(_, d) =>
                edit((p) => {
                  p.bands[i].max = Number(d.value);
                  if (p.bands[i + 1]) p.bands[i + 1].min = Number(d.value) + 1;
                  return p;
                })
              }
            />
          </Field>
        ))}
      </section>

      <section className={s.section} aria-labelledby="set-capabilities">
        <Subtitle2 as="h2" id="set-capabilities">
          Capability severity
        </Subtitle2>
        {profile.capabilities.map((c, i) => (
          <div key={c.id} className={st.pair}>
            <Text id={`cap-${c.id}`}>{c.label}</Text>
            <Select
              aria-labelledby={`cap-${c.id}`}
              value={String(c.severity)}
              onChange={(_, d) => edit((p) => ((p.capabilities[i].severity = Number(d.value)), p))}
            >
              {scores.map((n) => (
                <option key={n}>{n}</option>
              ))}
            </Select>
          </div>
        ))}
      </section>

      <section className={s.section} aria-labelledby="set-endusers">
        <Subtitle2 as="h2" id="set-endusers">
          End-user scores
        </Subtitle2>
        {profile.endUserTypes.map((c, i) => (
          <div key={c.id} className={st.pair}>
            <Text id={`eu-${c.id}`}>{c.label}</Text>
            <Select
              aria-labelledby={`eu-${c.id}`}
              value={String(c.score)}
              onChange={(_, d) => edit((p) => ((p.endUserTypes[i].score = Number(d.value)), p))}
            >
              {scores.map((n) => (
                <option key={n}>{n}</option>
              ))}
            </Select>
          </div>
        ))}
      </section>

      <section className={s.section} aria-labelledby="set-overrides">
        <Subtitle2 as="h2" id="set-overrides">
          Destination overrides
        </Subtitle2>
        <Text className={s.prompt}>
          Replace the World Bank based destination score for a country, with your reason (it is shown in every result).
        </Text>
        <ul className={s.list} aria-label="Country overrides">
          {profile.destination.overrides.map((o, i) => (
            <li key={`${o.country}-${i}`} className={st.item}>
              <Text>
                {o.country}: {o.score} - {o.reason}
              </Text>
              <Button
                size="small"
                onClick={() => edit((p) => (p.destination.overrides.splice(i, 1), p))}
                aria-label={`Remove override for ${o.country}`}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
        <Field label="Country">
          <Input value={override.country} onChange={(_, d) => setOverride({ ...override, country: d.value })} />
        </Field>
        <Field label="Destination score">
          <Select value={override.score} onChange={(_, d) => setOverride({ ...override, score: d.value })}>
            {scores.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </Select>
        </Field>
        <Field label="Reason">
          <Input value={override.reason} onChange={(_, d) => setOverride({ ...override, reason: d.value })} />
        </Field>
        <Button
          disabled={!override.country.trim() || !override.reason.trim()}
          onClick={() => {
            edit(
              (p) => (
                p.destination.overrides.push({
                  country: override.country.trim(),
                  score: Number(override.score),
                  reason: override.reason.trim(),
                }),
                p
              ),
            );
            setOverride({ country: "", score: "3", reason: "" });
          }}
        >
          Add override
        </Button>
      </section>

      <section className={s.section} aria-labelledby="set-as-at">
        <Subtitle2 as="h2" id="set-as-at">
          Assess as at
        </Subtitle2>
        <Field
          label="Date (YYYY-MM-DD; blank for today)"
          validationState={asAt.trim() !== "" && !isIsoDate(asAt.trim()) ? "error" : "none"}
          validationMessage={asAt.trim() !== "" && !isIsoDate(asAt.trim()) ? "Use a date written YYYY-MM-DD" : undefined}
        >
          <Input value={asAt} onChange={(_, d) => setAsAt(d.value)} />
        </Field>
        <Text className={s.prompt}>
          Restrictions in force on that date and the World Bank figures of the year before apply; a deal&apos;s own &quot;As at&quot; column
          wins.
        </Text>
      </section>

      <section className={s.section} aria-labelledby="set-restrictions">
        <Subtitle2 as="h2" id="set-restrictions">
          Sanctions and embargoes
        </Subtitle2>
        <Text className={s.prompt}>
          As of {restrictionsOf(settings).asOf}. {restrictionsOf(settings).caveat}
        </Text>
        {tableWarnings.map((w) => (
          <MessageBar key={w} intent="warning">
            <MessageBarBody>{w}</MessageBarBody>
          </MessageBar>
        ))}
        <ul className={s.list} aria-label="Restrictions">
          {rows.map((r, i) => (
            <li key={`${r.country}-${r.measure}-${i}`} className={st.item}>
              <Text>
                {r.country}: {r.measure} ({r.authority}: {r.instrument}; {r.from ? `from ${r.from}` : "start not recorded"}
                {r.to ? `, lifted ${r.to}` : ""})
              </Text>
              <Button
                size="small"
                aria-label={`Remove ${r.measure} for ${r.country}`}
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
        <Field label="Country">
          <Input value={restriction.country} onChange={(_, d) => setRestriction({ ...restriction, country: d.value })} />
        </Field>
        <Field label="Measure">
          <Select
            value={restriction.measure}
            onChange={(_, d) => setRestriction({ ...restriction, measure: d.value as RestrictionMeasure })}
          >
            {RESTRICTION_MEASURES.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </Select>
        </Field>
        <Field label="Imposed by">
          <Select
            value={restriction.authority}
            onChange={(_, d) => setRestriction({ ...restriction, authority: d.value as RestrictionAuthority })}
          >
            {RESTRICTION_AUTHORITIES.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </Field>
        <Field label="Legal instrument or policy">
          <Input
            value={restriction.instrument}
            placeholder="e.g. The Russia (Sanctions) (EU Exit) Regulations 2019"
            onChange={(_, d) => setRestriction({ ...restriction, instrument: d.value })}
          />
        </Field>
        <Field label="Source">
          <Input
            value={restriction.source}
            placeholder="https:// address of the official page"
            onChange={(_, d) => setRestriction({ ...restriction, source: d.value })}
          />
        </Field>
        <Field label="In force from (YYYY-MM-DD, blank when not known)">
          <Input value={restriction.from} onChange={(_, d) => setRestriction({ ...restriction, from: d.value })} />
        </Field>
        <Field label="Lifted on (YYYY-MM-DD, blank while in force)">
          <Input value={restriction.to} onChange={(_, d) => setRestriction({ ...restriction, to: d.value })} />
        </Field>
        <Button
          disabled={
            !restriction.country.trim() ||
            !restriction.instrument.trim() ||
            !restriction.source.trim() ||
            (restriction.from.trim() !== "" && !isIsoDate(restriction.from.trim())) ||
            (restriction.to.trim() !== "" && !isIsoDate(restriction.to.trim()))
          }
          onClick={() => {
            const table = restrictionsOf(settings);
            const row: RestrictionRow = {
              ...restriction,
              country: restriction.country.trim(),
              instrument: restriction.instrument.trim(),
              source: restriction.source.trim(),
              from: restriction.from.trim() || null,
              to: restriction.to.trim() || null,
              verified: false,
              asOf: table.asOf,
            };
            setRows([...rows, row]);
            setRestriction(blankRestriction);
          }}
        >
          Add restriction
        </Button>
      </section>

      <DataImpactPanel
        current={contextFor(settings)}
        proposed={() => {
          const parsed = parseSettings(current());
          if (!parsed.ok) throw new Error(parsed.message);
          return contextFor(parsed.settings);
        }}
      />

      <div className={s.row}>
        <Button appearance="primary" disabled={saving} onClick={() => void save(current())}>
          Save to workbook
        </Button>
        <Button
          disabled={saving}
          onClick={async () => {
            dispatch({ type: "saving" });
            const error = await onSave(undefined);
            setProfile(defaultSettings().profile);
            saved(error ? { intent: "error", text: error } : { intent: "success", text: "Back to the shipped methodology and tables." });
          }}
        >
          Reset to defaults
        </Button>
      </div>

      <section className={s.section} aria-labelledby="set-json">
        <Subtitle2 as="h2" id="set-json">
          Export or import
        </Subtitle2>
        <div className={s.row}>
          <Button
            onClick={async () => {
              const text = JSON.stringify(current(), null, 2);
              const name = `${profile.id}-settings.json`;
              const r = await deliverText(name, text, "application/json");
              if (r.how === "failed") {
                setJson(text);
                setMessage({ intent: "error", text: `${r.error}. The JSON is in the box below: copy it from there.` });
              } else if (r.how === "clipboard") {
                setMessage({
                  intent: "success",
                  text: "Settings JSON copied to the clipboard (this Excel cannot download from the pane): paste it into a file.",
                });
              } else {
                setMessage({ intent: "success", text: `Settings offered as the download ${name}.` });
              }
            }}
          >
            Export JSON
          </Button>
          <Button onClick={() => setJson(JSON.stringify(current(), null, 2))}>Show JSON</Button>
        </div>
        <Field label="Settings JSON (paste a file exported here, or a methodology profile)">
          <Textarea className={st.mono} resize="vertical" rows={6} value={json} onChange={(_, d) => setJson(d.value)} />
        </Field>
        <Field label="Import a JSON file">
          <input
            type="file"
            accept="application/json,.json"
            aria-label="Import a JSON file"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (f) setJson(await f.text());
            }}
          />
        </Field>
        <Button
          disabled={!json.trim()}
          onClick={() => {
            let parsed: unknown;
            try {
              parsed = JSON.parse(json);
            } catch (err) {
              setMessage({ intent: "error", text: `The JSON could not be read: ${(err as Error).message}` });
              return;
            }
            void save(parsed);
          }}
        >
          Import and save
        </Button>
      </section>
    </div>
  );
}
