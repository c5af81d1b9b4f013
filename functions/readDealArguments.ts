import type { Deal } from "../core";
import type { DealField } from "../core";
import type { ColumnMapping } from "../core";
import { createRowReader, type RowReader } from "../core";
import type { ScoringContext } from "../core";
import { excelErrorCode } from "./errorCells";

/** The deal arguments of ASSESS, SCORE, EXPLAIN and PATHTOPROCEED, in their order, as the table columns they stand for. */
const argumentFields: ReadonlyArray<{ field: DealField; header: string }> = [
  { field: "capability", header: "capability" },
  { field: "country", header: "country" },
  { field: "endUserType", header: "endUserType" },
  { field: "partnerType", header: "partnerType" },
  { field: "partnerCountry", header: "partnerCountry" },
  { field: "mitigations", header: "mitigations" },
  { field: "redFlags", header: "redFlags" },
  { field: "scale", header: "scale" },
  // Read like a deal table's "As at" column: a date cell or YYYY-MM-DD; blank leaves the workbook's setting.
  { field: "asAt", header: "asAt" },
];

const mapping: ColumnMapping = {
  headerRow: 0,
  columns: argumentFields.map((a, index) => ({ index, header: a.header, field: a.field })),
};

export interface DealArguments {
  capability: unknown;
  country: unknown;
  endUserType?: unknown;
  partnerType?: unknown;
  partnerCountry?: unknown;
  /** One code per cell of a range, or several in one cell separated by commas or semicolons. */
  mitigations?: unknown;
  redFlags?: unknown;
  scale?: unknown;
  /** Assess as at this date; blank falls back to the workbook's as-at setting, then today. */
  asAt?: unknown;
}

/** A list argument may be one cell or a range: its non-blank cells joined as one list. */
function listText(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return v
    .flat()
    .filter((x) => x !== null && x !== undefined && String(x).trim() !== "")
    .join("; ");
}

const readers = new WeakMap<ScoringContext, RowReader>();

/**
 * Reads the arguments with the same rules, synonyms and messages as a row of a deal table, so a
 * formula and a table row with the same words always get the same score.
 */
export function readDealArguments(args: DealArguments, ctx: ScoringContext): { ok: true; deal: Deal } | { ok: false; message: string } {
  // Error cells in a range argument reach the function (allowErrorForDataTypeAny); never read one as a code or a blank.
  for (const [label, v] of [
    ["Mitigations", args.mitigations],
    ["Red flags", args.redFlags],
    ["As at", args.asAt],
  ] as const) {
    const code = (Array.isArray(v) ? v.flat() : [v]).map(excelErrorCode).find((c) => c !== undefined);
    if (code) return { ok: false, message: `${label} holds ${code} - correct the cell, then the deal is assessed` };
  }
  let reader = readers.get(ctx);
  if (!reader) readers.set(ctx, (reader = createRowReader(mapping, ctx)));
  const row = [
    args.capability,
    args.country,
    args.endUserType,
    args.partnerType,
    args.partnerCountry,
    listText(args.mitigations),
    listText(args.redFlags),
    args.scale,
    args.asAt,
  ];
  const read = reader.read(row, 0);
  if (read.ok) return { ok: true, deal: read.deal };
  return { ok: false, message: read.errors.map((e) => e.message).join("; ") };
}
