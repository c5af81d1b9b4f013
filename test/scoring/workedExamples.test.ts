import { readFileSync } from "fs";
import { join } from "path";
import { loadProfile, shippedProfile } from "../../core/methodology/loadProfile";
import type { Profile } from "../../core/methodology/profileSchema";
import type { Assessment, Deal, ScoredRow } from "../../core/model/types";
import { createContext } from "../../core/scoring/createContext";
import { scoreTable } from "../../core/intake/scoreTable";

/**
 * The worked examples of docs/methodology.md, run through the real core. Each case in the doc is a
 * ```text block of arithmetic followed by a ```json block (input row and expected result); both
 * are read from the doc itself, so the page and the code cannot drift apart.
 */

interface Expected {
  S: number;
  D: number;
  basis: "wgi" | "override" | "no-data";
  year?: number;
  va?: number;
  rl?: number;
  E: number;
  P: number;
  redFlags: string[];
  mitigations: string[];
  inherent: { L: number; score: number; band: string };
  residual: { L: number; score: number; band: string };
  decision: string;
  hardStops: string[];
  flags: string[];
  /** Version 2: the red lines that hold (ids). */
  redLines?: string[];
  /** Version 2: the path to proceed - each better decision with the clauses to add, and the codes of blockers and evidence actions. */
  path?: { steps: Array<{ decision: string; add: string[] }>; blockers: string[]; evidence: string[] };
  /** The as-at date the result must record (examples with an "As at" column). */
  asAt?: string;
  /** Text each of which some driver must contain (the WGI year, the rule and its instrument). */
  driversInclude?: string[];
}

interface WorkedCase {
  example: string;
  /** The shipped profile the example is scored with, e.g. "techUK-2014@1". */
  methodology: string;
  /** Dotted paths into a copy of the default profile, e.g. "destination.overrides". */
  profile?: Record<string, unknown>;
  row: Record<string, string>;
  expected: Expected;
}

interface DocCase {
  heading: string;
  arithmetic: string;
  spec: WorkedCase;
}

const docPath = join(__dirname, "..", "..", "docs", "methodology.md");
const doc = readFileSync(docPath, "utf8");

function readCases(markdown: string): DocCase[] {
  const out: DocCase[] = [];
  const sections = markdown.split(/^### /m).slice(1);
  for (const section of sections) {
    const heading = section.slice(0, section.indexOf("\n")).trim();
    if (!/^Example \d+/.test(heading)) continue;
    let pending: string | undefined;
    for (const m of section.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```/gm)) {
      if (m[1] === "text") pending = m[2];
      else if (m[1] === "json") {
        if (pending === undefined) throw new Error(`${heading}: a json case without its arithmetic block before it`);
        out.push({ heading, arithmetic: pending, spec: JSON.parse(m[2]) as WorkedCase });
        pending = undefined;
      }
    }
  }
  return out;
}

function profileWith(tag: string, changes: Record<string, unknown> | undefined): Profile {
  const shipped = shippedProfile(tag);
  if (!shipped || `${shipped.id}@${shipped.version}` !== tag) throw new Error(`'${tag}' is not a shipped profile id`);
  const copy = JSON.parse(JSON.stringify(shipped)) as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes ?? {})) {
    const keys = path.split(".");
    let at = copy;
    for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
    at[keys[keys.length - 1]] = value;
  }
  // Through the same validation as `--methodology FILE`.
  return loadProfile(copy);
}

function scoreOne(c: WorkedCase): ScoredRow {
  const ctx = createContext({ profile: profileWith(c.methodology, c.profile) });
  const headers = Object.keys(c.row);
  const { results } = scoreTable([headers, headers.map((h) => c.row[h])], ctx);
  if (results.length !== 1) throw new Error(`expected one scored row, got ${results.length}`);
  return results[0];
}

/** The value a line of arithmetic ends on: "... = 25 critical" gives ["25", "critical"]. */
function lineValue(arithmetic: string, label: string): { value: string; band?: string; line: string } {
  const line = arithmetic.split("\n").find((l) => l.startsWith(label + " ") || l.startsWith(label + "="));
  if (!line) throw new Error(`no '${label}' line in the arithmetic`);
  const m = /=\s*([\w-]+)(?:\s+(low|medium|high|critical))?\s*$/.exec(line);
  if (!m) throw new Error(`the '${label}' line does not end on '= value': ${line}`);
  return { value: m[1], band: m[2], line };
}

const cases = readCases(doc);

test("the methodology page holds ten worked examples under version 1 and at least seven under version 2", () => {
  const examples = (tag: string) => new Set(cases.filter((c) => c.spec.methodology === tag).map((c) => c.spec.example)).size;
  expect(examples("techUK-2014@1")).toBe(10);
  expect(examples("techUK-2014@2")).toBeGreaterThanOrEqual(7);
});

describe.each(cases.map((c) => [`${c.heading}${c.spec.row["Deal ID"] ? ` (${c.spec.row["Deal ID"]})` : ""}`, c] as const))(
  "%s",
  (_name, c) => {
    const r = scoreOne(c.spec);
    const x = c.spec.expected;
    const ok = (): { deal: Deal; a: Assessment } => {
      if (r.status !== "ok") throw new Error(`row not scored: ${JSON.stringify(r.errors)}`);
      return { deal: r.deal, a: r.assessment };
    };

    test("the row is read without errors", () => {
      expect(r.status === "error" ? r.errors : []).toEqual([]);
    });

    test("stage scores match the doc", () => {
      const { a } = ok();
      expect({ S: a.stages.capability, D: a.stages.destination, E: a.stages.endUser, P: a.stages.partners }).toEqual({
        S: x.S,
        D: x.D,
        E: x.E,
        P: x.P,
      });
      expect(a.destination.basis).toBe(x.basis);
      if (x.basis === "wgi")
        expect({ year: a.destination.year, va: a.destination.va, rl: a.destination.rl }).toEqual({ year: x.year, va: x.va, rl: x.rl });
      expect(a.redFlags).toEqual(x.redFlags);
      expect(a.mitigations).toEqual(x.mitigations);
    });

    test("inherent and residual risk, decision, hard stops and flags match the doc", () => {
      const { a } = ok();
      expect(a.inherent).toEqual({ severity: x.S, likelihood: x.inherent.L, score: x.inherent.score, band: x.inherent.band });
      expect(a.residual).toEqual({ severity: x.S, likelihood: x.residual.L, score: x.residual.score, band: x.residual.band });
      expect(a.decision).toBe(x.decision);
      expect(a.hardStops.map((h) => h.code).sort()).toEqual([...x.hardStops].sort());
      expect([...a.flags].sort()).toEqual([...x.flags].sort());
      expect(a.methodology).toBe(c.spec.methodology);
      expect(a.redLines.map((r) => r.id)).toEqual(x.redLines ?? []);
    });

    if (x.path) {
      test("the path to proceed matches the doc", () => {
        const { a } = ok();
        const path = a.pathToProceed;
        expect(path.steps.map((s) => ({ decision: s.decision, add: [...s.add].sort() }))).toEqual(
          x.path!.steps.map((s) => ({ decision: s.decision, add: [...s.add].sort() })),
        );
        expect(path.blockers.map((b) => b.code)).toEqual(x.path!.blockers);
        expect(path.evidence.map((e) => e.code)).toEqual(x.path!.evidence);
      });
    }

    test("the arithmetic written in the doc ends on the core's figures", () => {
      const { a } = ok();
      const w = shippedProfile(c.spec.methodology)!.likelihood.weights;
      const f = (n: number) => n.toFixed(2);
      const want: Array<[string, string | number, string?]> = [
        ["S", a.stages.capability],
        ["D", a.stages.destination],
        ["E", a.stages.endUser],
        ["P", a.stages.partners],
        ["L", a.inherent.likelihood],
        ["Inherent", a.inherent.score, a.inherent.band],
        ["L'", a.residual.likelihood],
        ["Residual", a.residual.score, a.residual.band],
        ["Decision", a.decision],
      ];
      for (const [label, value, band] of want) {
        const got = lineValue(c.arithmetic, label);
        expect(`${label} = ${got.value}${got.band ? " " + got.band : ""}`).toBe(`${label} = ${value}${band ? " " + band : ""}`);
      }
      const l = lineValue(c.arithmetic, "L").line;
      expect(l).toContain(
        `${f(w.destination)}×${a.stages.destination} + ${f(w.endUser)}×${a.stages.endUser} + ${f(w.partners)}×${a.stages.partners}`,
      );
      expect(lineValue(c.arithmetic, "Inherent").line).toContain(`${a.inherent.severity} × ${a.inherent.likelihood}`);
      expect(lineValue(c.arithmetic, "Residual").line).toContain(`${a.residual.severity} × ${a.residual.likelihood}`);
      if (a.destination.basis === "wgi") {
        const d = lineValue(c.arithmetic, "D").line;
        expect(d).toContain(`VA ${a.destination.va!.toFixed(1)}`);
        expect(d).toContain(`RL ${a.destination.rl!.toFixed(1)}`);
      }
    });

    test("the as-at date is recorded and the drivers name the WGI year and each rule the doc cites", () => {
      const { a } = ok();
      if (x.asAt) expect(a.asAt).toBe(x.asAt);
      for (const text of x.driversInclude ?? [])
        expect({ text, found: a.drivers.some((d) => d.includes(text)) }).toEqual({ text, found: true });
    });

    test("every hard stop and flag is explained in the drivers", () => {
      const { a } = ok();
      for (const h of a.hardStops) expect(a.drivers).toContain(`Hard stop: ${h.message}`);
      if (a.flags.includes("national-security-review")) expect(a.drivers.some((d) => d.startsWith("National-security review"))).toBe(true);
      if (a.flags.includes("licence-check")) expect(a.drivers.some((d) => d.startsWith("Export licence may be required"))).toBe(true);
      if (a.flags.includes("residual-floor")) expect(a.drivers.some((d) => d.startsWith("Residual band held at"))).toBe(true);
      if (a.flags.includes("misuse-cap")) expect(a.drivers.some((d) => d.startsWith("Misuse cap:"))).toBe(true);
      for (const r of a.redLines) expect(a.drivers.some((d) => d.startsWith(`Red line ${r.id}: `))).toBe(true);
    });
  },
);
