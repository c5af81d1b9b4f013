import { readFileSync } from "fs";
import { join } from "path";
import { defaultProfile, shippedProfile } from "../../core/methodology/loadProfile";
import { defaultRestrictionTable } from "../../core/reference/restrictions";
import { resolveCountry } from "../../core/reference/countries";
import { defaultWgiTable } from "../../core/reference/wgi";
import { createContext } from "../../core/scoring/createContext";
import { scoreTable } from "../../core/intake/scoreTable";

/** docs/methodology.md states the shipped profile and reference data; these checks keep it true. */

const doc = readFileSync(join(__dirname, "..", "..", "docs", "methodology.md"), "utf8");
const profile = defaultProfile();

/** The body rows of the markdown table whose header row starts with `header`, as trimmed cells. */
function table(header: string): string[][] {
  const lines = doc.split("\n");
  const start = lines.findIndex((l) => l.startsWith(header));
  if (start < 0) throw new Error(`no table headed '${header}' in the doc`);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith("|"); i++) {
    rows.push(
      lines[i]
        .slice(1, -1)
        .split("|")
        .map((c) => c.trim()),
    );
  }
  return rows;
}

const unquote = (s: string) => s.replace(/^`|`$/g, "");

test("the capability table lists every capability of the profile with its label, severity and hint", () => {
  const rows = table("| id | Capability | S |").map(([id, label, s, hint]) => ({ id: unquote(id), label, s: Number(s), hint }));
  expect(rows).toEqual(profile.capabilities.map((c) => ({ id: c.id, label: c.label, s: c.severity, hint: c.controlHint ?? "-" })));
});

test("the end-user table lists every end-user type of the profile with its label and score", () => {
  const rows = table("| id | End user | E |").map(([id, label, e]) => ({ id: unquote(id), label, e: Number(e) }));
  expect(rows).toEqual(profile.endUserTypes.map((t) => ({ id: t.id, label: t.label, e: t.score })));
});

test("the end-user table's 'also written as' names are synonyms the profile knows", () => {
  for (const [id, , , also] of table("| id | End user | E |")) {
    const t = profile.endUserTypes.find((x) => x.id === unquote(id))!;
    for (const name of also.split(",").map((s) => s.trim())) expect(t.synonyms).toContain(name);
  }
});

test("the mitigation table states each clause's version 2 weight", () => {
  const weights = table("| id | Mitigation |").map(([id, , w]) => [unquote(id), Number(w.split(" ")[0]), w.split(" ")[1]]);
  expect(weights).toEqual(profile.mitigations.map((m) => [m.id, m.weight, m.weight >= 1 ? "strong" : "supporting"]));
});

test("the red-line table states the default red lines of version 2", () => {
  const rows = table("| Red line | Severity |");
  expect(rows.map((r) => /^\*\*(RL\d)\*\*/.exec(r[0])![1])).toEqual(profile.redLines.map((r) => r.id));
  rows.forEach(([, sev, residual, d], i) => {
    const rl = profile.redLines[i];
    expect(sev === "-" ? undefined : Number(sev)).toBe(rl.minSeverity);
    expect(residual === "-" ? undefined : Number(residual.replace("≥ ", ""))).toBe(rl.minResidualScore);
    expect(d === "-" ? undefined : Number(d.replace("≥ ", ""))).toBe(rl.minDestination);
  });
});

test("the red-flag and mitigation tables match the profile's catalogues", () => {
  const flags = table("| id | Red flag |").map(([id, label]) => ({ id: unquote(id), label }));
  expect(flags).toEqual(profile.redFlags.map((f) => ({ id: f.id, label: f.label })));
  const mits = table("| id | Mitigation |").map(([id, label]) => ({ id: unquote(id), label }));
  expect(mits).toEqual(profile.mitigations.map((m) => ({ id: m.id, label: m.label })));
});

test("the partner table states the profile's points", () => {
  const points = Object.fromEntries(table("| Route to the end user |").map(([route, pts]) => [route, pts]));
  expect(points["Direct sale, no intermediary"]).toBe(String(profile.partners.direct));
  const byScore = (ids: string[]) => new Set(ids.map((id) => profile.partners.types.find((t) => t.id === id)!.score));
  expect([...byScore(["integrator", "distributor"])]).toEqual([Number(points["`integrator` (systems integrator) or `distributor`"])]);
  expect([...byScore(["reseller", "agent"])]).toEqual([Number(points["`reseller` or `agent` (agent or broker)"])]);
  expect(points["Cap"]).toBe(String(profile.partners.max));
  expect(profile.partners.types.map((t) => t.id).sort()).toEqual(["agent", "distributor", "integrator", "reseller"]);
});

test("the band table matches the profile's bands and decisions", () => {
  const rows = table("| Score | Band |").map(([range, band, decision]) => ({ range, band: unquote(band), decision: unquote(decision) }));
  expect(rows).toEqual(
    profile.bands.map((b) => ({
      range: `${b.min}-${b.max}`,
      band: b.id,
      decision: profile.decisions.find((d) => d.bands.includes(b.id))!.id,
    })),
  );
});

test("the destination bands match the profile", () => {
  const scores = table("| Lower of VA and RL").map((r) => Number(r[1]));
  expect(scores).toEqual([...profile.destination.bands].sort((a, b) => b.minPercentile - a.minPercentile).map((b) => b.score));
  expect(profile.destination).toMatchObject({ indicators: ["va", "rl"], combine: "min", noDataScore: 5 });
});

test("the hard-stop table names exactly the countries with a shipped row in force on the table's as-of date", () => {
  const restrictions = defaultRestrictionTable();
  const inForce = (measure: string): string[] =>
    [
      ...new Set(
        restrictions.rows
          .filter((r) => r.measure === measure && (r.from ?? "") <= restrictions.asOf && (r.to === null || restrictions.asOf < r.to))
          .map((r) => r.country),
      ),
    ].sort();
  for (const [code, , countries] of table("| Hard stop | Applies to |")) {
    const measure = unquote(code);
    if (measure === "restricted-party-match") continue;
    const listed = countries.split(",").map((n) => resolveCountry(n.trim())?.alpha2 ?? `unresolved '${n.trim()}'`);
    expect(listed.sort()).toEqual(inForce(measure));
  }
  const concern = /states-of-concern list \(shipped: ([^);]+)[);]/.exec(doc.replace(/\n/g, " "))![1];
  const listed = concern.split(/,| and /).map((n) => resolveCountry(n.trim())!.alpha2);
  expect(listed.sort()).toEqual(inForce("state-of-concern"));
});

test("the hard-stop thresholds in the doc are the profile's", () => {
  const hs = profile.hardStops;
  expect([hs.comprehensiveSanctions.minSeverity, hs.interceptionRestrictions.minSeverity, hs.armsEmbargo.minSeverity]).toEqual([1, 4, 4]);
  expect([...hs.armsEmbargo.endUserTypes].sort()).toEqual(["intelligence", "law-enforcement", "military", "unknown"]);
  expect([...shippedProfile("techUK-2014@1")!.hardStops.armsEmbargo.endUserTypes].sort()).toEqual([
    "intelligence",
    "law-enforcement",
    "military",
    "unknown",
  ]);
  expect(profile.nationalSecurity).toMatchObject({ minSeverity: 3, minimumDecision: "escalate" });
  expect(profile.screening.threshold).toBe(0.88);
});

test("the data-sources section carries the WGI attribution and the shipped year", () => {
  const wgi = defaultWgiTable();
  expect(doc).toContain("Worldwide Governance Indicators, World Bank");
  expect(wgi.licence).toBe("CC BY 4.0");
  expect(doc).toContain(`data year ${wgi.year}`);
  expect(doc).toContain(`\`${wgi.derivedFrom.file}\``);
});

test("the explanation quoted in the doc is what version 1 writes for example 1", () => {
  const block = /Example 1, assessed as at\s+2026-12-01, reads:\n\n```\n([\s\S]*?)```/.exec(doc)![1].trim().split("\n");
  const example = /```json\n(\{\s*"example": "1",[\s\S]*?)```/.exec(doc)![1];
  const row = (JSON.parse(example) as { row: Record<string, string> }).row;
  const headers = Object.keys(row);
  const v1 = createContext({ profile: shippedProfile("techUK-2014@1")!, asAt: "2026-12-01" });
  const [result] = scoreTable([headers, headers.map((h) => row[h])], v1).results;
  if (result.status !== "ok") throw new Error("example 1 did not score");
  expect(result.assessment.drivers).toEqual(block);
});
