import { useState } from "react";
import { Button, Field, Select, Subtitle2, Text } from "@fluentui/react-components";
import { fieldLabel } from "../../core";
import type { ScoringContext } from "../../core";
import { catalogueChoices } from "../../core";
import type { UnreadValue } from "../../core";
import { usePaneStyles } from "./paneStyles";

export type ValueChoice = { field: UnreadValue["field"]; source: string; mapsTo: string };

/**
 * The values the tool could not read (or read the fail-safe way), each with a drop-down of the
 * catalogue entries it could mean. Saving keeps the choices in the workbook and scores again.
 */
export function ValueMappingStep({
  unread,
  ctx,
  busy,
  onSave,
}: {
  unread: readonly UnreadValue[];
  ctx: ScoringContext;
  busy: boolean;
  onSave: (choices: ValueChoice[]) => void;
}) {
  const s = usePaneStyles();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const key = (u: UnreadValue) => `${u.field}\u0000${u.value}`;
  const choices = unread.filter((u) => chosen[key(u)]).map((u) => ({ field: u.field, source: u.value, mapsTo: chosen[key(u)] }));
  return (
    <section className={s.section} aria-labelledby="score-values">
      <Subtitle2 as="h3" id="score-values">
        3. Map the values the tool could not read
      </Subtitle2>
      <Text className={s.muted}>
        Rows with an unread capability, end-user type or country are not assessed (they carry a provisional decision). Red flags it did not
        know count as &apos;other concern&apos;; mitigations it did not know earn no credit. Say what each value means; the choices are
        saved in this workbook and used by SCORETABLE too.
      </Text>
      <div className={s.checks} role="group" aria-label="Value mapping">
        {unread.map((u) => {
          const options = catalogueChoices(u.field, ctx);
          const label = `${u.column}: '${u.value}' (${u.rows} ${u.rows === 1 ? "row" : "rows"}${u.kind === "error" ? ", not assessed" : ""})`;
          return options.length ? (
            <Field key={key(u)} label={label} hint={fieldLabel[u.field]}>
              <Select value={chosen[key(u)] ?? ""} onChange={(_, d) => setChosen({ ...chosen, [key(u)]: d.value })}>
                <option value="">Not mapped</option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <Text key={key(u)}>{label}: correct the country in the sheet (a name or ISO code).</Text>
          );
        })}
      </div>
      <Button appearance="primary" disabled={busy || choices.length === 0} onClick={() => onSave(choices)}>
        Save mapping and score again
      </Button>
    </section>
  );
}
