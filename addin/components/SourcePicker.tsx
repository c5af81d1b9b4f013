import { useEffect, useState } from "react";
import { Field, Select } from "@fluentui/react-components";
import { listTables, type TableInfo } from "../excel/listTables";
import type { SourceRef } from "../excel/sourceRef";

/** Encodes a source choice as one option value. */
function key(ref: SourceRef): string {
  return ref.kind === "table" ? `table:${ref.name}` : ref.kind;
}

/** Pick the deals: an Excel table, the selected cells or the active sheet's used range. */
export function SourcePicker({
  value,
  onChange,
  label = "Deals to read",
}: {
  value: SourceRef | undefined;
  onChange: (r: SourceRef) => void;
  label?: string;
}) {
  const [tables, setTables] = useState<TableInfo[]>([]);
  const [error, setError] = useState<string>();
  useEffect(() => {
    void listTables().then((r) => {
      if ("error" in r) setError(r.error);
      else {
        setTables(r.tables);
        if (!value) onChange(r.tables.length > 0 ? { kind: "table", name: r.tables[0].name } : { kind: "selection" });
      }
    });
    // listed once when the view opens
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Field label={label} validationMessage={error} validationState={error ? "error" : "none"}>
      <Select
        value={value ? key(value) : ""}
        onChange={(_, d) => {
          const v = d.value;
          if (v.startsWith("table:")) onChange({ kind: "table", name: v.slice(6) });
          else onChange(v === "usedRange" ? { kind: "usedRange" } : { kind: "selection" });
        }}
      >
        {tables.map((t) => (
          <option key={t.name} value={`table:${t.name}`}>
            Table {t.name} ({t.sheet})
          </option>
        ))}
        <option value="selection">Selected cells (with header row)</option>
        <option value="usedRange">Used range of the active sheet</option>
      </Select>
    </Field>
  );
}
