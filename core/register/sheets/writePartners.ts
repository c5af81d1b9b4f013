import type { CellValue } from "exceljs";
import type { ScoredRow } from "../../model/types";
import { cellText, formatCount } from "../cellText";
import { ownText } from "../../text/ownText";
import type { RegisterBook } from "../registerBook";
import type { RegisterInput, RegisterOptions } from "../registerInput";
import { registerLabels } from "../registerLabels";
import { formats, subtitleStyle, warningStyle, wrapTop } from "../registerStyle";
import { writeTableSheetPaced } from "./writeTableSheet";
import { memoryLineSpool, spooledRows, type LineSpool } from "../lineSpool";

export const PARTNERS_SHEET = "Partners";
export const NOT_SCREENED_NOTICE =
  "NO RESTRICTED-PARTY LISTS WERE SCREENED for this register. The partners and end users below have NOT been checked " +
  "against sanctions or export-control lists: this is not an all-clear. Screen them against the official lists before relying on this register.";

function* screeningRows(results: Iterable<ScoredRow>): Generator<CellValue[]> {
  for (const r of results) {
    if (r.status !== "ok") continue;
    const deal = [cellText(r.deal.id), cellText(r.deal.customer)];
    const parties = r.assessment.screening;
    if (!parties) {
      yield [...deal, "", "", "Not screened"];
      continue;
    }
    for (const p of parties) {
      const party = [...deal, p.role, cellText(p.name)];
      if (!p.hits.length) {
        yield [...party, "No match"];
        continue;
      }
      for (const h of p.hits) {
        const result = h.decision
          ? h.decision.status === "cleared"
            ? "Cleared by reviewer"
            : "Confirmed match"
          : "Possible match - review";
        yield [
          ...party,
          result,
          h.score,
          cellText(h.source),
          cellText(h.entryId),
          cellText(h.listName),
          cellText(h.matchedName),
          h.aliasQuality ?? "",
          cellText(h.programme),
          cellText(h.decision?.by ?? ""),
          cellText(h.decision?.at ?? ""),
          cellText(h.decision?.reason ?? ""),
        ];
      }
    }
  }
}

/**
 * Distinct values, compact: nearly every party has one country, one type and one due-diligence
 * answer, so a single value is kept as a string and a Set is made only for a second one (a
 * register of a million deals can have as many parties).
 */
type Values = string | Set<string> | undefined;

function withValue(values: Values, v: string): Values {
  if (values === undefined || values === v) return v;
  if (typeof values === "string") return new Set([values, v]);
  values.add(v);
  return values;
}

interface PartyLine {
  role: string;
  name: string;
  countries: Values;
  types: Values;
  dueDiligence: Values;
  /** The first five deal ids, joined by ", " (one string: an array per party would reserve room for sixteen), and how many deals in all. */
  dealIds: string;
  dealCount: number;
}

/**
 * Gathers what the Partners sheet needs as rows go by: distinct partners and end users (by role
 * and name), so an unscreened register still shows who would need screening, once each however
 * many deals they appear in; with screening, each deal's screening lines.
 */
export interface PartnerTally {
  add(r: ScoredRow): void;
  parties(): PartyLine[];
  screeningLines(): Iterable<CellValue[]>;
}

export function createPartnerTally(
  input: Pick<RegisterInput, "profile" | "countryName" | "screening">,
  spool: LineSpool = memoryLineSpool(),
): PartnerTally {
  const labels = registerLabels(input.profile);
  const byKey = new Map<string, PartyLine>();
  const add = (role: string, name: string, country: string, type: string, dd: string, id: string) => {
    if (!name.trim()) return;
    const key = `${role}\u0000${name.trim().toLowerCase()}`;
    let line = byKey.get(key);
    if (!line) {
      line = { role, name: ownText(name), countries: undefined, types: undefined, dueDiligence: undefined, dealIds: "", dealCount: 0 };
      byKey.set(ownText(key), line);
    }
    // Countries and types are the reference data's names and the profile's labels; a due-diligence answer is the input's.
    line.countries = withValue(line.countries, country);
    line.types = withValue(line.types, type);
    if (dd) line.dueDiligence = withValue(line.dueDiligence, ownText(dd));
    if (line.dealCount < 5) line.dealIds = line.dealIds ? ownText(`${line.dealIds}, ${id}`) : ownText(id);
    line.dealCount++;
  };
  return {
    add(r) {
      if (r.status !== "ok") return;
      if (input.screening) {
        // One line per deal and party: they wait in the spool (a temporary file on the command
        // line), as JSON arrays of numbers and texts, until the sheet is written.
        for (const l of screeningRows([r])) spool.add(JSON.stringify(l));
        return;
      }
      const d = r.deal;
      // A country the reference data does not know is kept as the input wrote it: an own copy.
      const destination = r.assessment.destination.name || ownText(d.country);
      if (d.partnerType !== null) {
        const country = d.partnerCountry ? (input.countryName?.(d.partnerCountry) ?? ownText(d.partnerCountry)) : destination;
        add("partner", d.partnerName, country, labels.partnerType(d.partnerType), d.partnerDueDiligence, d.id);
      }
      add("end user", d.endUserName, destination, labels.endUserType(d.endUserType), "", d.id);
    },
    // Partners first, then end users, each by name; the map key (role, lower-case name) sorts them.
    parties: () =>
      [...byKey.entries()]
        .map(([key, line]) => ({ key: (line.role === "partner" ? "0" : "1") + key, line }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map((e) => e.line),
    screeningLines: () => spooledRows(spool),
  };
}

function tallyOf(input: RegisterInput): PartnerTally {
  const tally = createPartnerTally(input);
  for (const r of input.results) tally.add(r);
  return tally;
}

const joined = (values: Values) => (values === undefined ? "" : typeof values === "string" ? values : [...values].sort().join(", "));
const dealList = (ids: string, count: number) => (count <= 5 ? ids : `${ids} and ${formatCount(count - 5)} more`);

const UNSCREENED_COLUMNS = [
  { header: "Role", width: 10 },
  { header: "Name", width: 32, numFmt: formats.text, wrap: true },
  { header: "Country", width: 18, wrap: true },
  { header: "Type", width: 26, wrap: true },
  { header: "Partner due diligence", width: 14, wrap: true },
  { header: "Deals", width: 8, numFmt: formats.integer },
  { header: "Deal IDs", width: 40, numFmt: formats.text, wrap: true },
  { header: "Screening", width: 16 },
];

const SCREENED_COLUMNS = [
  { header: "Deal ID", width: 14, numFmt: formats.text },
  { header: "Customer", width: 24, numFmt: formats.text, wrap: true },
  { header: "Role", width: 10 },
  { header: "Name screened", width: 28, numFmt: formats.text, wrap: true },
  { header: "Result", width: 20 },
  { header: "Match score", width: 9, numFmt: "0.00" },
  { header: "List", width: 10 },
  { header: "Entry", width: 10, numFmt: formats.text },
  { header: "Listed name", width: 28, numFmt: formats.text, wrap: true },
  { header: "Name or alias matched", width: 28, numFmt: formats.text, wrap: true },
  { header: "Alias quality", width: 10 },
  { header: "Programme", width: 16, numFmt: formats.text, wrap: true },
  { header: "Reviewed by", width: 16, numFmt: formats.text },
  { header: "Reviewed at", width: 12, numFmt: formats.text },
  { header: "Reviewer's reason", width: 36, numFmt: formats.text, wrap: true },
];

function* partyRows(tally: PartnerTally): Generator<CellValue[]> {
  for (const p of tally.parties()) {
    yield [
      p.role,
      cellText(p.name),
      cellText(joined(p.countries)),
      joined(p.types),
      joined(p.dueDiligence),
      p.dealCount,
      cellText(dealList(p.dealIds, p.dealCount)),
      "Not screened",
    ];
  }
}

/**
 * `tally` holds the rows already gathered (streaming); without it, `input.results` are gathered
 * here. With `pacing.pause`, the sheet waits every `pauseEvery` rows, so a streaming writer hands
 * its rows to the file as it goes instead of queueing the whole sheet in memory.
 */
export async function writePartners(
  book: RegisterBook,
  input: RegisterInput,
  tally: PartnerTally = tallyOf(input),
  pacing: RegisterOptions = {},
): Promise<string[]> {
  const layout = { name: PARTNERS_SHEET, title: input.title, asOf: input.asOf, tabColour: "2E75B6" };
  const screening = input.screening;
  const lists = screening?.lists.map((l) => `${l.title} (${l.asOf ? `as of ${l.asOf}` : "publication date not recorded"})`).join("; ");
  return screening
    ? writeTableSheetPaced(
        book,
        layout,
        SCREENED_COLUMNS,
        tally.screeningLines(),
        "No deals were scored, so no parties were screened.",
        [
          {
            text: cellText(
              `Screened against: ${lists || "no list entries"}. Possible matches stay open until a reviewer clears or confirms them.`,
            ),
            style: { ...subtitleStyle, alignment: wrapTop },
          },
        ],
        pacing,
      )
    : writeTableSheetPaced(
        book,
        layout,
        UNSCREENED_COLUMNS,
        partyRows(tally),
        "The input names no partners or end users.",
        [{ text: NOT_SCREENED_NOTICE, style: warningStyle }],
        pacing,
      );
}
