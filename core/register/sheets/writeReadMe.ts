import type { Style } from "exceljs";
import { profileTag } from "../../methodology/loadProfile";
import { openSheet } from "../openSheet";
import { finishSheet, type RegisterBook } from "../registerBook";
import { STATUSES, TREATMENTS } from "../registerColumns";
import type { RegisterInput } from "../registerInput";
import { registerLabels } from "../registerLabels";
import { bandColours, decisionColours, labelStyle, solid, subtitleStyle, titleStyle, warningStyle, wrapTop } from "../registerStyle";
import { appliedText, datesText, summariseAsAt } from "../assessedAsAt";
import { SheetCursor } from "../sheetCursor";
import type { DashboardFigures } from "../summariseRegister";
import { cellText } from "../cellText";
import type { ColumnReport } from "../../intake/describeColumns";
import { fitRowHeights, heightForLines, wrappedLines } from "../rowHeight";
import { writeAuditLine } from "../lifecycle/writeAuditLine";

export const READ_ME_SHEET = "Read me";

const decisionMeaning: Record<string, string> = {
  proceed: "Low residual risk: the deal may go ahead on normal terms.",
  "proceed-with-conditions": "Medium residual risk: go ahead only with the mitigations recorded as contract conditions.",
  escalate: "High or critical residual risk, or a national-security concern: a senior decision is needed before going ahead.",
  decline: "A red line applies: presumption of denial - do not sell unless the board approves with recorded reasons.",
  stop: "A hard stop applies (sanctions, restrictions, embargo or a restricted-party match): do not proceed.",
};

export const SHEET_GUIDE: [string, string][] = [
  [
    "Dashboard",
    "Counts by band and decision, inherent and residual heat maps, the ten highest residual risks, deals one clause from a better decision, exposure by country and capability, hard stops.",
  ],
  ["Register", "One row per scored deal: the assessment, its reasons, and columns for the risk owner to complete (blue headers)."],
  ["Partners", "Restricted-party screening of partners and end users, or a clear statement that no lists were screened."],
  ["Methodology", "The methodology profile used: weights, bands, catalogues and hard-stop rules."],
  ["Reference data", "The destination figures behind each country's score, and the restrictions recorded for it."],
  [
    "Input errors",
    "Input rows that could not be scored, with the row, column, value, reason and provisional decision (never a clearance).",
  ],
  ["Changes", "Only with a previous register: new and removed deals and every decision, band or sign-off change, with its cause."],
];

/** Every input column: what it was read as, or why it was not read. */
function writeColumnReport(c: SheetCursor, kv: (label: string, value: string) => void, r: ColumnReport): void {
  c.section("Columns of the input");
  for (const col of r.recognised) kv(cellText(`${col.header} (${col.column})`), `Read as ${col.field}`);
  for (const col of r.ignored) kv(cellText(`${col.header} (${col.column})`), cellText(`Not read: ${col.why}`));
  c.skip();
}

export function writeReadMe(book: RegisterBook, input: RegisterInput, figures: DashboardFigures): void {
  const sheet = openSheet(book, {
    name: READ_ME_SHEET,
    title: input.title,
    asOf: input.asOf,
    widths: [28, 18, 84],
    headerRows: 0,
    landscape: false,
    pagesHigh: 0,
  });
  const c = new SheetCursor(sheet);
  const p = input.profile;
  const labels = registerLabels(p);
  // Merged cells do not grow with their text, so these rows are given the height their text needs.
  const kv = (label: string, value: string | number) => {
    const r = c.line([
      { value: label, style: labelStyle },
      { value, style: { alignment: wrapTop } },
    ]);
    sheet.mergeCells(r, 2, r, 3);
    if (typeof value === "string") sheet.getRow(r).height = heightForLines(wrappedLines(value, 18 + 84));
  };
  const note = (text: string, style: Partial<Style> = { alignment: wrapTop }) => {
    c.put(c.row, 1, text, style);
    sheet.mergeCells(c.row, 1, c.row, 3);
    // Bold or red notice text runs wider than plain text: size for it.
    sheet.getRow(c.row).height = heightForLines(wrappedLines(text, (28 + 18 + 84) * 0.8));
    c.row++;
  };

  c.line([{ value: cellText(input.title), style: titleStyle }]);
  c.line([{ value: "Board risk register of cyber security export deals (human rights and national security)", style: subtitleStyle }]);
  c.skip();
  kv("As of", input.asOf);
  const asAt = figures.asAt ?? summariseAsAt(input.results);
  kv("Deals assessed as at", datesText(asAt.dates));
  kv("WGI year(s) used", asAt.wgiYears.join(", ") || "none (no destination scored from WGI figures)");
  if (input.source)
    kv("Deals from", cellText(input.source.sheet ? `${input.source.file}, sheet '${input.source.sheet}'` : input.source.file));
  if (input.generator) kv("Prepared with", input.generator);
  kv("Rows in the input", figures.rows);
  kv("Deals scored", figures.scored);
  if (figures.registerSheets && figures.registerSheets.length > 1)
    kv(
      "Register sheets",
      `${figures.registerSheets.map((n) => `'${n}'`).join(", ")} - more deals than one sheet holds (Excel's limit is 1,048,576 rows), so the register continues in input order from one sheet to the next`,
    );
  for (const names of figures.continued ?? [])
    kv(
      `${names[0]} sheets`,
      `${names.map((n) => `'${n}'`).join(", ")} - more rows than one sheet holds (Excel's limit is 1,048,576 rows), so the list continues in the same order from one sheet to the next`,
    );
  kv(
    "Rows that could not be scored",
    figures.errors
      ? `${figures.errors} - NOT ASSESSED: listed on the Input errors sheet with their provisional decision (${figures.provisional.stop} stop, ${figures.provisional.escalate} escalate); they are not in the register`
      : 0,
  );
  const mapping = input.provenance.find((d) => d.id === "intake-mapping");
  kv(
    "Intake mapping",
    mapping ? cellText(`${mapping.title}, ${mapping.version}`) : "None: headers and values read with the built-in names only",
  );
  c.skip();
  writeAuditLine(c, input);
  if (input.columns) writeColumnReport(c, kv, input.columns);

  c.section("Scope");
  note(
    "Each deal is assessed for the risk that the product or service is misused against people's human rights, following the " +
      "techUK / Cyber Growth Partnership guidance 'Assessing Cyber Security Export Risks' (2014): capability, destination, end user, " +
      "business partners and mitigation. The register is a decision aid for the board; it does not replace an export licence decision.",
  );
  c.skip();

  c.section("How to read the scores");
  note(
    "Severity S (1-5) comes from what the capability can do. Likelihood L (1-5) comes from the destination, the end user and the " +
      "partners, raised by red flags. Inherent risk = S x L (1-25). Mitigations lower likelihood only, never severity: residual risk = S x L' " +
      "after mitigations. Bands and decisions:",
  );
  c.header(["Band", "Score range", "Meaning"]);
  for (const b of p.bands) {
    c.line([
      {
        value: b.label,
        style: { fill: solid(bandColours[b.id].fill), font: { bold: true, color: { argb: `FF${bandColours[b.id].font}` } } },
      },
      `${b.min} - ${b.max}`,
      { value: `Risk score from ${b.min} to ${b.max}.`, style: { alignment: wrapTop } },
    ]);
  }
  c.skip();
  c.header(["Decision", "Applies when", "Meaning"]);
  for (const d of p.decisions) {
    const colours = decisionColours[d.id];
    c.line([
      { value: d.label, style: { fill: solid(colours.fill), font: { bold: true, color: { argb: `FF${colours.font}` } } } },
      {
        value: d.bands.length
          ? `Residual ${d.bands.map(labels.band).join(" or ").toLowerCase()}`
          : d.id === "decline"
            ? `Any red line (${p.redLines.map((r) => r.id).join(", ") || "none in this profile"}) and no hard stop`
            : "Any hard stop",
        style: { alignment: wrapTop },
      },
      { value: decisionMeaning[d.id] ?? "", style: { alignment: wrapTop } },
    ]);
  }
  c.skip();

  c.section("Sheets");
  for (const [name, what] of SHEET_GUIDE) kv(name, what);
  c.skip();

  c.section("Methodology");
  kv("Profile", profileTag(p));
  kv("Name", p.name);
  kv("From", input.methodologySource ? cellText(input.methodologySource) : "Shipped default profile");
  c.skip();

  c.section("Reference data");
  c.header(["Data", "Version / as of", "Source and licence"]);
  for (const d of input.provenance) {
    c.line([
      { value: cellText(d.title), style: { alignment: wrapTop, font: { bold: true } } },
      { value: cellText(`${d.version}${d.asOf ? ` (as of ${d.asOf})` : ""}`), style: { alignment: wrapTop } },
      { value: cellText(`${d.source}. Licence: ${d.licence}`), style: { alignment: wrapTop } },
    ]);
  }
  c.skip();

  c.section("Restrictions applied");
  if (asAt.applied.length === 0) note("No restriction in force on the as-at date(s) applied to any scored deal.");
  for (const r of asAt.applied) kv(cellText(r.countries.join(", ")), cellText(appliedText(r)));
  c.skip();

  c.section("Restricted-party lists screened");
  if (input.screening && input.screening.lists.length) {
    c.header(["List", "Date", "Source, version and content hash"]);
    for (const l of input.screening.lists) {
      c.line([
        { value: cellText(l.title), style: { alignment: wrapTop, font: { bold: true } } },
        cellText(l.asOf || "not recorded (give --list-as-of)"),
        { value: cellText(`${l.source}; version ${l.version}. Licence: ${l.licence}`), style: { alignment: wrapTop } },
      ]);
    }
  } else {
    note(
      "None. No restricted-party lists were screened for this register: partners and end users have NOT been checked against sanctions or export-control lists.",
      warningStyle,
    );
  }
  c.skip();

  c.section("Columns for the risk owner");
  kv("Treatment", TREATMENTS.join(", "));
  kv("Status", STATUSES.join(", "));
  kv("Dates", "Due date and Next review take dates (YYYY-MM-DD).");
  c.skip();
  note(
    "Text from the input (customer names, IDs, owners) is stored as text: nothing in it can run as a formula. " +
      "The same input and as-of date always give the same register, apart from the run time on the audit line.",
    { ...subtitleStyle, alignment: wrapTop },
  );
  fitRowHeights(sheet, 1, c.row);
  finishSheet(sheet);
}
