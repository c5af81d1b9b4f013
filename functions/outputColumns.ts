import type { Assessment, Deal } from "../core";
import type { RegisterLabels } from "../core";
import { flagLabel } from "../core";

/** One column SCORETABLE can spill for a scored row. */
export interface OutputColumn {
  key: string;
  /** Names a user may write in the outputs argument (matched ignoring case, spaces and punctuation). */
  names: readonly string[];
  value(a: Assessment, deal: Deal, labels: RegisterLabels): string | number;
}

/** Driver and hard-stop texts contain semicolons themselves, so lists use a bar between items. */
export const LIST_SEPARATOR = " | ";
const joined = (xs: readonly string[]) => xs.join(LIST_SEPARATOR);

export const outputColumns: readonly OutputColumn[] = [
  { key: "score", names: ["residual score", "score", "residual"], value: (a) => a.residual.score },
  { key: "band", names: ["residual band", "band"], value: (a, _d, l) => l.band(a.residual.band) },
  { key: "decision", names: ["decision"], value: (a, _d, l) => l.decision(a.decision) },
  { key: "driver", names: ["top driver", "driver", "main driver"], value: (a) => a.drivers[0] ?? "" },
  { key: "inherent-score", names: ["inherent score", "inherent"], value: (a) => a.inherent.score },
  { key: "inherent-band", names: ["inherent band"], value: (a, _d, l) => l.band(a.inherent.band) },
  { key: "hard-stops", names: ["hard stops", "hard stop", "stops"], value: (a) => joined(a.hardStops.map((h) => h.message)) },
  { key: "flags", names: ["flags"], value: (a) => joined(a.flags.map(flagLabel)) },
  { key: "drivers", names: ["drivers", "all drivers"], value: (a) => joined(a.drivers) },
  { key: "id", names: ["deal id", "id"], value: (_a, d) => d.id },
  { key: "path", names: ["path to proceed", "path"], value: (a) => a.pathToProceed.summary },
  { key: "red-lines", names: ["red lines", "red line"], value: (a) => joined(a.redLines.map((r) => `${r.id}: ${r.label}`)) },
];

/** Residual score, band, decision and top driver: what most sheets need beside each deal. */
export const defaultOutputKeys = ["score", "band", "decision", "driver"] as const;

const nameKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");
const byName = new Map<string, OutputColumn>();
for (const c of outputColumns) for (const n of c.names) byName.set(nameKey(n), c);

export type OutputChoice = { ok: true; columns: OutputColumn[] } | { ok: false; message: string };

/**
 * Reads the outputs argument: omitted gives the default columns; otherwise one name per cell, or
 * names separated by commas or semicolons ("score, band, hard stops").
 */
export function chooseOutputs(outputs: unknown[][] | null | undefined): OutputChoice {
  const names: string[] = [];
  for (const row of outputs ?? []) {
    for (const cell of row ?? []) {
      if (cell === null || cell === undefined) continue;
      for (const part of String(cell).split(/[,;]/)) if (part.trim()) names.push(part.trim());
    }
  }
  if (names.length === 0) return { ok: true, columns: defaultOutputKeys.map((k) => outputColumns.find((c) => c.key === k)!) };
  const columns: OutputColumn[] = [];
  for (const n of names) {
    const c = byName.get(nameKey(n));
    if (!c) {
      return { ok: false, message: `Output '${n}' is not known - use any of: ${outputColumns.map((o) => o.names[0]).join(", ")}` };
    }
    columns.push(c);
  }
  return { ok: true, columns };
}
