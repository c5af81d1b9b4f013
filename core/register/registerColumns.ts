import type { Profile } from "../methodology/profileSchema";
import type { Assessment, Deal } from "../model/types";
import { cellText, isoDate } from "./cellText";
import { flagLabel, type RegisterLabels } from "./registerLabels";
import { formats } from "./registerStyle";
import { reviewColumns, withReview } from "./reviewColumnValues";
import type { DealReview } from "../reviews/reviewTypes";

/** The Register sheet's columns, left to right: what each holds and how it is shown. */

export type ColumnKind = "text" | "inputText" | "integer" | "money" | "wrap" | "date" | "band" | "decision";

export interface RegisterColumn {
  header: string;
  width: number;
  kind: ColumnKind;
  /** Filled in by the risk owner after the register is issued. */
  owner?: boolean;
  /** Fixed vocabulary offered as a drop-down list. */
  choices?: readonly string[];
}

export const TREATMENTS = ["Accept", "Mitigate", "Transfer", "Avoid"] as const;
export const STATUSES = ["Open", "In progress", "Awaiting approval", "Closed"] as const;

export const registerColumns: readonly RegisterColumn[] = [
  { header: "Deal ID", width: 10, kind: "inputText" },
  { header: "Customer", width: 20, kind: "inputText" },
  { header: "End user", width: 18, kind: "inputText" },
  { header: "Country", width: 12, kind: "wrap" },
  { header: "End-user type", width: 16, kind: "wrap" },
  { header: "Capability", width: 22, kind: "wrap" },
  { header: "Product", width: 16, kind: "inputText" },
  { header: "Partner", width: 16, kind: "inputText" },
  { header: "Partner type", width: 11, kind: "wrap" },
  { header: "Deal value", width: 11, kind: "money" },
  { header: "Currency", width: 8, kind: "inputText" },
  { header: "Inherent L", width: 8, kind: "integer" },
  { header: "Inherent S", width: 8, kind: "integer" },
  { header: "Inherent score", width: 8, kind: "integer" },
  { header: "Inherent band", width: 9, kind: "band" },
  { header: "Drivers", width: 50, kind: "wrap" },
  { header: "Red flags", width: 20, kind: "wrap" },
  { header: "Mitigations", width: 22, kind: "wrap" },
  { header: "Residual L", width: 8, kind: "integer" },
  { header: "Residual S", width: 8, kind: "integer" },
  { header: "Residual score", width: 8, kind: "integer" },
  { header: "Residual band", width: 9, kind: "band" },
  { header: "Decision", width: 12, kind: "decision" },
  { header: "Path to proceed", width: 40, kind: "wrap" },
  { header: "Hard stops", width: 30, kind: "wrap" },
  { header: "Licence check", width: 13, kind: "wrap" },
  { header: "Other flags", width: 15, kind: "wrap" },
  { header: "Party screening", width: 11, kind: "wrap" },
  { header: "Source row", width: 8, kind: "integer" },
  { header: "Risk owner", width: 14, kind: "inputText", owner: true },
  { header: "Treatment", width: 11, kind: "inputText", owner: true, choices: TREATMENTS },
  { header: "Due date", width: 11, kind: "date", owner: true },
  { header: "Status", width: 12, kind: "inputText", owner: true, choices: STATUSES },
  { header: "Next review", width: 11, kind: "date", owner: true },
  ...reviewColumns,
];

/** Columns whose text wraps within the column (input text wraps too: names can be long). */
export const wrapsText = (kind: ColumnKind) => kind === "wrap" || kind === "inputText" || kind === "decision";

export const numFmtFor: Record<ColumnKind, string | undefined> = {
  text: undefined,
  inputText: formats.text,
  integer: formats.integer,
  money: formats.money,
  wrap: undefined,
  date: formats.date,
  band: undefined,
  decision: undefined,
};

/** Column index (1-based) of a header, for conditional formats and drop-downs. */
export function columnIndex(header: string): number {
  const i = registerColumns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`no register column '${header}'`);
  return i + 1;
}

/** Carried-through columns of the input that prefill the owner columns, found by header name. */
function extraValue(extra: Record<string, string>, names: RegExp): string {
  for (const key of Object.keys(extra)) if (names.test(key.trim().toLowerCase())) return extra[key];
  return "";
}

const dateOrText = (text: string): Date | string => (text ? (isoDate(text) ?? cellText(text)) : "");

export function screeningSummary(a: Assessment, screened: boolean): string {
  if (!screened) return "Not screened";
  const parties = a.screening ?? [];
  const hits = parties.reduce((n, p) => n + p.hits.length, 0);
  if (!hits) return "No match";
  const open = parties.reduce((n, p) => n + p.hits.filter((h) => !h.decision).length, 0);
  const confirmed = parties.reduce((n, p) => n + p.hits.filter((h) => h.decision?.status === "confirmed").length, 0);
  if (confirmed) return `Confirmed match (${confirmed})`;
  if (open) return `Possible match (${open}) - review`;
  return `Cleared (${hits})`;
}

/** One register row's cell values, in registerColumns order. Input text goes through cellText. */
export function registerRowValues(
  row: number,
  deal: Deal,
  a: Assessment,
  labels: RegisterLabels,
  profile: Profile,
  screened: boolean,
  review?: DealReview,
): (string | number | Date | null | undefined)[] {
  const hint = profile.capabilities.find((c) => c.id === deal.capability)?.controlHint;
  const licence = a.flags.includes("licence-check") ? (hint ? `Yes - ${hint}` : "Yes") : "";
  // Empty text becomes no cell at all (the column's format still applies): the same in the
  // streaming and the in-memory writer, and nothing for the writer to style.
  const values: (string | number | Date | null | undefined)[] = [
    cellText(deal.id),
    cellText(deal.customer),
    cellText(deal.endUserName),
    a.destination.name || cellText(deal.country),
    labels.endUserType(deal.endUserType),
    labels.capability(deal.capability),
    cellText(deal.product),
    deal.partnerType === null ? "Direct sale" : cellText(deal.partnerName),
    labels.partnerType(deal.partnerType),
    deal.value,
    deal.value === null ? "" : cellText(deal.currency),
    a.inherent.likelihood,
    a.inherent.severity,
    a.inherent.score,
    labels.band(a.inherent.band),
    cellText(a.drivers.join("\n")),
    a.redFlags.map(labels.redFlag).join("\n"),
    a.mitigations.map(labels.mitigation).join("\n"),
    a.residual.likelihood,
    a.residual.severity,
    a.residual.score,
    labels.band(a.residual.band),
    labels.decision(a.decision),
    cellText(a.pathToProceed.summary),
    cellText(a.hardStops.map((h) => h.message).join("\n")),
    licence,
    a.flags
      .filter((f) => f !== "licence-check")
      .map(flagLabel)
      .join("\n"),
    screeningSummary(a, screened),
    row,
    cellText(deal.owner),
    cellText(extraValue(deal.extra, /^(risk )?treatment$/)),
    dateOrText(extraValue(deal.extra, /^(due|due date|due by)$/)),
    cellText(extraValue(deal.extra, /^(status|risk status)$/)),
    dateOrText(extraValue(deal.extra, /^(next review|next review date|review date)$/)),
  ];
  withReview(values, deal, review, labels);
  for (let i = 0; i < values.length; i++) if (values[i] === "" || values[i] === null) values[i] = undefined;
  return values;
}
