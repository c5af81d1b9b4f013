import { fieldLabel, type DealField } from "../core";
import { columnLetter } from "../core";
import { createContext } from "../core";
import { detectHeaderWithMapping } from "../core";
import type { PartyScreener } from "../core";
import { screenTable, type ScreenedRow } from "../core";
import { loadMapping } from "./loadMapping";
import { FileError } from "./readTableFile";

const nameFields: DealField[] = ["endUserName", "partnerName", "customer"];

/**
 * `screen --mapping`: screens every name column the mapping (with the built-in header names) finds
 * in a deal pipeline - end user, partner and customer - each with its country, in input row order.
 */
export async function screenWithMapping(
  rows: unknown[][],
  mappingFile: string,
  screener: PartyScreener,
  where: string,
): Promise<ScreenedRow[]> {
  const intake = await loadMapping(mappingFile, createContext());
  const mapping = intake && detectHeaderWithMapping(rows, intake);
  if (!mapping)
    throw new FileError(`${where}: with the mapping ${mappingFile}, no header row names the destination country and the capability`);
  const col = (f: DealField) => mapping.columns.find((c) => c.field === f);
  const targets = nameFields.map((f) => ({ f, c: col(f) })).filter((t) => t.c);
  if (!targets.length) throw new FileError(`${where}: the mapping gives no end-user, partner or customer column to screen`);
  process.stderr.write(
    `Screening ${targets.map((t) => `${t.c!.header} (${columnLetter(t.c!.index)}, ${fieldLabel[t.f].toLowerCase()})`).join(", ")} - mapping ${intake!.source}, sha256 ${intake!.sha256}\n`,
  );
  const out: ScreenedRow[] = [];
  for (const { f, c } of targets) {
    const country = col(f === "partnerName" ? "partnerCountry" : "country") ?? col("country");
    // The same row positions, so each result names the row of the pipeline.
    const derived = rows.map((r, i) =>
      i < mapping.headerRow
        ? []
        : i === mapping.headerRow
          ? ["Name", "Country"]
          : [r?.[c!.index] ?? "", country ? (r?.[country.index] ?? "") : ""],
    );
    const screened = screenTable(derived, screener);
    if (!screened.ok) throw new FileError(`${where}: ${screened.message}`);
    out.push(...screened.screening.results.filter((r) => r.name).map((r) => ({ ...r, column: c!.header })));
  }
  return out.sort((a, b) => a.row - b.row);
}
