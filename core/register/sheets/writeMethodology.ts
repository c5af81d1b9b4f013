import { defaultProfile, profileTag, shippedProfileIds } from "../../methodology/loadProfile";
import type { Profile } from "../../methodology/profileSchema";
import { cellText } from "../cellText";
import { openSheet } from "../openSheet";
import { finishSheet, type RegisterBook } from "../registerBook";
import type { RegisterInput } from "../registerInput";
import { registerLabels } from "../registerLabels";
import { bandColours, labelStyle, solid, subtitleStyle, titleStyle, wrapTop } from "../registerStyle";
import { SheetCursor, type Cell } from "../sheetCursor";
import { fitRowHeights } from "../rowHeight";

export const METHODOLOGY_SHEET = "Methodology";

/** The profile as a reader sees it: every number and catalogue that decided a score. */
export function writeMethodology(book: RegisterBook, input: RegisterInput): void {
  const p = input.profile;
  const labels = registerLabels(p);
  const sheet = openSheet(book, {
    name: METHODOLOGY_SHEET,
    title: input.title,
    asOf: input.asOf,
    widths: [30, 60, 12, 30],
    headerRows: 0,
    landscape: false,
  });
  const c = new SheetCursor(sheet);
  const wrap = (v: string | number): Cell => ({ value: typeof v === "string" ? cellText(v) : v, style: { alignment: wrapTop } });
  const kv = (k: string, v: string | number) => c.line([{ value: k, style: labelStyle }, wrap(v)]);

  c.line([{ value: `Methodology: ${cellText(p.name)}`, style: titleStyle }]);
  c.line([
    {
      value: `Profile ${profileTag(p)}${input.methodologySource ? `, from ${cellText(input.methodologySource)}` : shippedNote(p)}`,
      style: subtitleStyle,
    },
  ]);
  c.skip();
  if (p.description) kv("Description", p.description);
  kv("Exporter's country", p.exporterCountry);
  c.skip();

  c.section("Likelihood L = weighted destination, end user and partners, plus red flags");
  const w = p.likelihood.weights;
  kv("Weights", `destination ${w.destination}, end user ${w.endUser}, partners ${w.partners}`);
  kv("Red flags", `each raises L by ${p.likelihood.redFlagStep}, at most ${p.likelihood.maxRedFlagSteps} steps`);
  c.section("Severity S = capability severity");
  kv("Scale uplift", `+${p.severity.scaleUplift} (capped at 5) for ${p.severity.upliftScales.join(" or ")} deployment`);
  c.section("Residual risk: mitigations lower likelihood only");
  kv("Mitigations", `every ${p.mitigation.perStep} mitigations lower L by one step, at most ${p.mitigation.maxSteps} steps`);
  kv(
    "Irremediable harm",
    `where S = ${p.mitigation.irremediableSeverity}, the residual band is never below ${labels.band(p.mitigation.irremediableMinimumBand).toLowerCase()}`,
  );
  c.skip();

  c.section("Bands (risk score = S x L)");
  c.header(["Band", "Scores", "Decision"]);
  for (const b of p.bands) {
    const decision = p.decisions.find((d) => d.bands.includes(b.id));
    c.line([
      {
        value: b.label,
        style: { fill: solid(bandColours[b.id].fill), font: { bold: true, color: { argb: `FF${bandColours[b.id].font}` } } },
      },
      `${b.min} - ${b.max}`,
      decision?.label ?? "",
    ]);
  }
  c.skip();

  c.section("Destination D (World Bank governance percentiles)");
  kv(
    "Indicators",
    `${p.destination.indicators.join(", ")} combined by ${p.destination.combine === "min" ? "taking the lower" : "taking the mean"}`,
  );
  for (const b of p.destination.bands) kv(`Percentile ${b.minPercentile} or more`, `D = ${b.score}`);
  kv("No data", `D = ${p.destination.noDataScore}`);
  for (const o of p.destination.overrides) kv(`Override: ${o.country}`, `D = ${o.score} - ${o.reason}`);
  c.skip();

  c.section("Partners P");
  kv("Direct sale", `P = ${p.partners.direct}`);
  for (const t of p.partners.types) kv(t.label, `P = ${t.score}`);
  kv("Third country", `+${p.partners.thirdCountryUplift} when the partner is neither in the exporter's country nor the destination`);
  kv(
    "Due diligence missing",
    `+${p.partners.dueDiligenceMissingUplift} when partner due diligence is not done or unknown (cap ${p.partners.max})`,
  );
  c.skip();

  c.section("Capabilities");
  c.header(["Capability", "What it covers", "Severity", "Control-list hint"]);
  for (const cap of p.capabilities) c.line([cap.id, wrap(cap.label), cap.severity, wrap(cap.controlHint ?? "-")]);
  c.skip();
  c.section("End-user types");
  c.header(["End-user type", "Label", "E"]);
  for (const e of p.endUserTypes) c.line([e.id, wrap(e.label), e.score]);
  c.skip();
  c.section("Red flags (each raises likelihood; counted once)");
  for (const f of p.redFlags) c.line([f.id, wrap(f.label)]);
  c.skip();
  c.section(`Mitigations (credited towards residual risk; counted once; weight per ${p.mitigation.perStep} = one step)`);
  for (const m of p.mitigations) c.line([m.id, wrap(m.label), m.weight]);
  if (p.mitigation.misuseCap) {
    const cap = p.mitigation.misuseCap;
    kv(
      "Misuse cap",
      `at most ${cap.maxSteps} step(s) when a red flag ${cap.redFlags.join(", ")} is present and the end user is ${cap.endUserTypes.map(labels.endUserType).join(", ")}`,
    );
  }
  c.skip();

  if (p.redLines.length) {
    c.section("Red lines (decision: decline; every condition must hold)");
    for (const rl of p.redLines) kv(`${rl.id}: ${rl.label}`, redLineConditions(rl, labels));
    c.skip();
  }

  c.section("Hard stops (decision: stop)");
  const hs = p.hardStops;
  kv(
    "Comprehensive sanctions",
    `destination under '${hs.comprehensiveSanctions.measure}', capabilities with S >= ${hs.comprehensiveSanctions.minSeverity}`,
  );
  kv(
    "Interception and monitoring",
    `destination under '${hs.interceptionRestrictions.measure}', capabilities with S >= ${hs.interceptionRestrictions.minSeverity}`,
  );
  kv(
    "Arms embargo",
    `destination under '${hs.armsEmbargo.measure}', S >= ${hs.armsEmbargo.minSeverity} and end user ${hs.armsEmbargo.endUserTypes.map(labels.endUserType).join(", ")}` +
      (hs.armsEmbargo.redFlag ? `; otherwise the red flag '${hs.armsEmbargo.redFlag}'` : ""),
  );
  kv(
    "Restricted-party match",
    hs.restrictedParty.enabled ? `a screening match at or above ${p.screening.threshold} until a reviewer clears it` : "not applied",
  );
  c.section("National security (escalation, not a stop)");
  kv(
    "States of concern",
    `destination under '${p.nationalSecurity.measure}', S >= ${p.nationalSecurity.minSeverity}: flag '${p.nationalSecurity.flag}', decision at least ${labels.decision(p.nationalSecurity.minimumDecision).toLowerCase()}`,
  );
  fitRowHeights(sheet, 1, c.row);
  finishSheet(sheet);
}

function redLineConditions(rl: Profile["redLines"][number], labels: ReturnType<typeof registerLabels>): string {
  const parts: string[] = [];
  if (rl.minSeverity !== undefined) parts.push(`S >= ${rl.minSeverity}`);
  if (rl.minResidualScore !== undefined) parts.push(`residual score >= ${rl.minResidualScore}`);
  if (rl.minDestination !== undefined) parts.push(`D >= ${rl.minDestination}`);
  if (rl.endUserTypes) parts.push(`end user ${rl.endUserTypes.map(labels.endUserType).join(", ")}`);
  if (rl.redFlagsAny) parts.push(`a red flag ${rl.redFlagsAny.map(labels.redFlag).join(" or ")}`);
  return parts.join("; ");
}

/** "(shipped default)" or "(shipped)": version 1 is still shipped but no longer the default. */
function shippedNote(p: Profile): string {
  const tag = profileTag(p);
  if (tag === profileTag(defaultProfile())) return " (shipped default)";
  return shippedProfileIds().includes(tag) ? " (shipped)" : "";
}
