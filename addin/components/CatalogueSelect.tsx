import { Select } from "@fluentui/react-components";

interface Props<T extends { id: string; label: string }> {
  value: string;
  /** The first option, for "nothing chosen" (value ""). */
  blank: string;
  items: readonly T[];
  /** Option text; the label by default. */
  describe?: (item: T) => string;
  onChange: (id: string) => void;
}

/** A drop-down over one of the profile's catalogues (capabilities, end-user types, ...). */
export function CatalogueSelect<T extends { id: string; label: string }>({ value, blank, items, describe, onChange }: Props<T>) {
  return (
    <Select value={value} onChange={(_, d) => onChange(d.value)}>
      <option value="">{blank}</option>
      {items.map((c) => (
        <option key={c.id} value={c.id}>
          {describe ? describe(c) : c.label}
        </option>
      ))}
    </Select>
  );
}
