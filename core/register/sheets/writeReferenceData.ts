import type { CellValue } from "exceljs";
import { cellText } from "../cellText";
import type { RegisterBook } from "../registerBook";
import type { RegisterInput } from "../registerInput";
import { formats, subtitleStyle, wrapTop } from "../registerStyle";
import type { DashboardFigures } from "../summariseRegister";
import { writeTableSheet } from "./writeTableSheet";
import { appliedText, datesText, summariseAsAt } from "../assessedAsAt";

export const REFERENCE_SHEET = "Reference data";

const basisText = { wgi: "World Bank WGI", override: "User override", "no-data": "No data" } as const;

/** The figures behind each destination score in this register, and the restrictions recorded for it. */
export function writeReferenceData(book: RegisterBook, input: RegisterInput, f: DashboardFigures): number {
  const asAt = f.asAt ?? summariseAsAt(input.results);
  const rows = function* (): Generator<CellValue[]> {
    for (const { basis: b, deals } of f.destinations) {
      const restrictions = asAt.applied.filter((r) => r.countries.includes(b.alpha2));
      yield [
        cellText(b.name),
        cellText(b.alpha2),
        deals,
        b.score,
        basisText[b.basis] ?? b.basis,
        b.year ?? null,
        b.va ?? null,
        b.rl ?? null,
        cellText(b.reason ?? ""),
        cellText(restrictions.map(appliedText).join("\n")),
      ];
    }
  };
  const sources = input.provenance.map((d) => `${d.title} ${d.version} (as of ${d.asOf}; ${d.source}; licence ${d.licence})`).join(". ");
  return writeTableSheet(
    book,
    { name: REFERENCE_SHEET, title: input.title, asOf: input.asOf },
    [
      { header: "Destination", width: 24 },
      { header: "ISO code", width: 8 },
      { header: "Deals", width: 8, numFmt: formats.integer },
      { header: "Destination score D", width: 11, numFmt: formats.integer },
      { header: "Basis", width: 16 },
      { header: "Year", width: 7, numFmt: formats.integer },
      { header: "Voice and accountability (percentile)", width: 15, numFmt: formats.percentile },
      { header: "Rule of law (percentile)", width: 13, numFmt: formats.percentile },
      { header: "Reason", width: 36, wrap: true },
      { header: "Restrictions applied (instrument, dates, source)", width: 60, wrap: true },
    ],
    rows(),
    "No deals were scored, so no destination figures were used.",
    [
      {
        text: cellText(
          `Assessed as at ${datesText(asAt.dates)}; WGI year(s) used: ${asAt.wgiYears.join(", ") || "none"}. Sources: ${sources || "none recorded"}`,
        ),
        style: { ...subtitleStyle, alignment: wrapTop },
      },
    ],
  ).written;
}
