import type { CellValue } from "exceljs";
import type { BandId, DecisionId } from "../../model/types";
import { cellText } from "../cellText";
import type { RegisterBook } from "../registerBook";
import type { RegisterInput, RegisterOptions } from "../registerInput";
import { registerLabels } from "../registerLabels";
import { memoryLineSpool, type LineSpool } from "../lineSpool";
import { sortedLines } from "../sortedLines";
import { subtitleStyle, titleStyle, wrapTop } from "../registerStyle";
import { writeTableSheetPaced, type TableColumn } from "../sheets/writeTableSheet";
import type { RegisterChange, RegisterDiff } from "./diffRegisters";

export const CHANGES_SHEET = "Changes";

const columns: readonly TableColumn[] = [
  { header: "Change", width: 14, wrap: true },
  { header: "Deal ID", width: 12, numFmt: "@", wrap: true },
  { header: "Customer", width: 26, numFmt: "@", wrap: true },
  { header: "Before", width: 30, wrap: true },
  { header: "Now", width: 30, wrap: true },
  { header: "Cause", width: 40, wrap: true },
];

/** Changes in a fixed order: new, removed, then by deal; the board reads the new and removed first. */
const ORDER = ["New deal", "Removed deal", "Not assessed", "Decision", "Residual band", "Inherent band", "Sign-off"];

/** Deal IDs in the order localeCompare gives, with one collator for every comparison. */
const byDealId = new Intl.Collator().compare;

function byKindThenDeal(a: RegisterChange, b: RegisterChange): number {
  return ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || byDealId(a.dealId, b.dealId);
}

/**
 * The sheet's rows in that order. The changes are sorted without being held (sortedLines: runs of
 * 50,000 sorted in memory and spooled, then merged), since a methodology change can change every deal.
 */
function* rows(changes: Iterable<RegisterChange>, input: RegisterInput, spool: () => LineSpool): Generator<CellValue[]> {
  const labels = registerLabels(input.profile);
  const show = (c: RegisterChange, v: string) =>
    c.kind === "Decision" ? labels.decision(v as DecisionId) : c.kind.endsWith("band") ? labels.band(v as BandId) : v;
  const sorted = sortedLines(byKindThenDeal, spool);
  for (const c of changes) sorted.add(c);
  for (const c of sorted.sorted())
    yield [c.kind, cellText(c.dealId), cellText(c.customer), show(c, c.before), show(c, c.after), c.causes.join("; ")];
}

/** The Changes sheet: what differs from the previous register, each change with its cause. */
export function writeChangesSheet(
  book: RegisterBook,
  input: RegisterInput,
  diff: RegisterDiff,
  previousFile: string,
  pacing: RegisterOptions = {},
): Promise<string[]> {
  const notes = [
    { text: `Changes since the previous register '${cellText(previousFile)}'`, style: titleStyle },
    {
      text:
        `${diff.added} new ${diff.added === 1 ? "deal" : "deals"}, ${diff.removed} removed, ${diff.changed} ${diff.changed === 1 ? "deal" : "deals"} with a changed decision, band or sign-off` +
        (diff.notAssessed ? `; ${diff.notAssessed} not assessed this time (input errors)` : "") +
        ".",
      style: { alignment: wrapTop },
    },
    ...diff.context.map((c) => ({
      text:
        c.before === c.after
          ? `${c.what}: unchanged (${cellText(c.before)})`
          : `${c.what}: was ${cellText(c.before)}; now ${cellText(c.after)}`,
      style: { alignment: wrapTop },
    })),
    {
      text: "A cause names what differs for that deal between the two registers: its own input, the methodology, the reference data it used (destination figures, restrictions on its countries), its screening against the lists, or its sign-off. Where several differ, all are named.",
      style: { ...subtitleStyle, alignment: wrapTop },
    },
  ];
  return writeTableSheetPaced(
    book,
    { name: CHANGES_SHEET, title: input.title, asOf: input.asOf, tabColour: "7030A0" },
    columns,
    rows(diff.changes, input, pacing.spool ?? memoryLineSpool),
    "No changes: the same deals with the same decisions, bands and sign-offs.",
    notes,
    pacing,
  );
}
