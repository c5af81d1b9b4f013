import { Field, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import type { ColumnMapping } from "../../core";
import { fieldSpecs, type DealField } from "../../core";
import { usePaneStyles } from "./paneStyles";
import { describeColumns } from "../../core";

/** The detected header mapping, one drop-down per column, so the user can correct it before scoring. */
export function MappingEditor({
  mapping,
  sample,
  onChange,
}: {
  mapping: ColumnMapping;
  sample: unknown[];
  onChange: (m: ColumnMapping) => void;
}) {
  const s = usePaneStyles();
  const used = new Map(mapping.columns.filter((c) => c.field).map((c) => [c.field, c.index] as const));
  const missing = fieldSpecs.filter((f) => f.required && !used.has(f.field));
  // Every column not read says why, and which fields an ambiguous header could feed.
  const notRead = new Map(
    describeColumns(mapping).ignored.map((c) => [mapping.columns.find((k) => k.header === c.header)?.index ?? -1, `not read: ${c.why}`]),
  );
  // Choosing a field settles competing columns: the user has said which one to use.
  const setField = (index: number, field: DealField | null) =>
    onChange({
      headerRow: mapping.headerRow,
      // A field feeds one column: taking it for this column frees it elsewhere.
      columns: mapping.columns.map((c) => (c.index === index ? { ...c, field } : field && c.field === field ? { ...c, field: null } : c)),
    });
  return (
    <div className={s.checks} role="group" aria-label="Column mapping">
      {missing.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>Choose a column for {missing.map((f) => f.label).join(" and ")}: every deal needs one.</MessageBarBody>
        </MessageBar>
      )}
      {mapping.columns
        .filter((c) => c.header !== "")
        .map((c) => (
          <Field
            key={c.index}
            label={c.header}
            hint={[
              sample[c.index] !== undefined && sample[c.index] !== "" ? `e.g. ${String(sample[c.index]).slice(0, 40)}` : "",
              notRead.get(c.index) ?? "",
            ]
              .filter(Boolean)
              .join(" - ")}
          >
            <Select value={c.field ?? ""} onChange={(_, d) => setField(c.index, (d.value || null) as DealField | null)}>
              <option value="">Not used (kept as is)</option>
              {fieldSpecs.map((f) => (
                <option key={f.field} value={f.field}>
                  {f.label}
                  {f.required ? " (required)" : ""}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      {mapping.columns.every((c) => c.header === "") && <Text>The header row is empty.</Text>}
    </div>
  );
}
