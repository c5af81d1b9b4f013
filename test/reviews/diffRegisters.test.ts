import { scoreTable } from "../../core/intake/scoreTable";
import { defaultProfile, loadProfile, profileTag } from "../../core/methodology/loadProfile";
import { CAUSES, diffRegisters } from "../../core/register/lifecycle/diffRegisters";
import { buildSnapshot, parseSnapshot, snapshotRows } from "../../core/register/lifecycle/registerSnapshot";
import type { RegisterInput } from "../../core/register/registerInput";
import { registerInputFromScore } from "../../core/register/registerInputFromScore";
import { createReview } from "../../core/reviews/createReview";
import { basisSourcesOf, dealBasis } from "../../core/reviews/dealBasis";
import { reviewLookup } from "../../core/reviews/reviewLookup";
import type { ReviewRecord } from "../../core/reviews/reviewTypes";
import type { ScoringContext } from "../../core/scoring/context";
import { DEALS } from "./lifecycleKit";
import { contextWith, HEADER, shippedRestrictions } from "./reviewKit";

function input(rows: string[][], ctx: ScoringContext = contextWith({}), records?: ReviewRecord[], asOf = "2026-03-31"): RegisterInput {
  const scored = scoreTable([HEADER, ...rows], ctx);
  const i = registerInputFromScore(scored, ctx, { title: "t", asOf });
  if (records) i.reviews = reviewLookup(records, basisSourcesOf(ctx), asOf);
  return i;
}
const snap = (rows: string[][], ctx?: ScoringContext, records?: ReviewRecord[], asOf?: string) =>
  buildSnapshot(input(rows, ctx, records, asOf));
const causesOf = (d: ReturnType<typeof diffRegisters>) => d.changes.map((c) => [c.kind, c.dealId, c.causes.join("; ")]);

describe("the snapshot", () => {
  it("round-trips through its sheet rows", () => {
    const s = snap(Object.values(DEALS));
    expect(parseSnapshot([...snapshotRows(s)])).toEqual({ ok: true, snapshot: s });
  });
  it("a damaged snapshot is reported, not guessed around", () => {
    const rows = [...snapshotRows(snap([DEALS["K-1"]]))];
    rows[2][1] = rows[2][1].slice(0, 40);
    expect(parseSnapshot(rows)).toMatchObject({ ok: false, message: expect.stringContaining("damaged") });
    expect(parseSnapshot([["something else"]])).toMatchObject({ ok: false });
  });
});

describe("each change is attributed to its cause", () => {
  const base = snap([DEALS["N-1"], DEALS["K-1"]]);

  it("the same deals and data give no changes", () => {
    expect(diffRegisters(base, snap([DEALS["N-1"], DEALS["K-1"]], undefined, undefined, "2026-06-30")).changes).toEqual([]);
  });

  it("an edited deal: its input", () => {
    const edited = DEALS["N-1"].map((v, i) => (i === 5 ? "Communications interception" : v));
    const d = diffRegisters(base, snap([edited, DEALS["K-1"]]));
    expect(causesOf(d)).toEqual([
      ["Decision", "N-1", CAUSES.input],
      ["Residual band", "N-1", CAUSES.input],
      ["Inherent band", "N-1", CAUSES.input],
    ]);
  });

  it("a changed methodology: the methodology", () => {
    const p = defaultProfile();
    const tuned = loadProfile({
      ...p,
      bands: p.bands.map((b) => (b.id === "low" ? { ...b, max: 6 } : b.id === "medium" ? { ...b, min: 7 } : b)),
    });
    const d = diffRegisters(base, snap([DEALS["N-1"], DEALS["K-1"]], contextWith({ profile: tuned })));
    expect(d.changes.length).toBeGreaterThan(0);
    expect(new Set(d.changes.map((c) => c.causes.join("; ")))).toEqual(new Set([CAUSES.methodology]));
    expect(d.context.find((c) => c.what === "Methodology")).toMatchObject({ before: profileTag(p), after: profileTag(p) });
  });

  it("a new restriction on one deal's country: the reference data, for that deal only", () => {
    const table = shippedRestrictions();
    table.asOf = "2026-12-31";
    table.rows = [...table.rows, { ...table.rows.find((r) => r.measure === "arms-embargo")!, country: "BR" }];
    const before = snap([DEALS["T-1"], DEALS["K-1"]]);
    const d = diffRegisters(before, snap([DEALS["T-1"], DEALS["K-1"]], contextWith({ restrictions: table })));
    expect(d.changes.map((c) => c.dealId)).toEqual(expect.arrayContaining(["T-1"]));
    expect(d.changes.every((c) => c.dealId === "T-1" && c.causes.join() === CAUSES.reference)).toBe(true);
    expect(d.changes.find((c) => c.kind === "Decision")).toMatchObject({ after: "stop" });
    expect(d.context.find((c) => c.what === "Reference data")!.before).not.toBe(d.context.find((c) => c.what === "Reference data")!.after);
  });

  it("a restricted-party match: the lists", () => {
    const d = diffRegisters(base, snap([DEALS["N-1"], DEALS["K-1"]], contextWith({ listNames: ["Savannah Telecom"] })));
    expect(d.changes.length).toBeGreaterThan(0);
    expect(d.changes.every((c) => c.dealId === "K-1" && c.causes.join() === CAUSES.lists)).toBe(true);
    expect(d.changes.find((c) => c.kind === "Decision")).toMatchObject({ dealId: "K-1", after: "stop" });
  });

  it("a sign-off: a review; and a sign-off gone stale names what changed", () => {
    const ctx = contextWith({});
    const [row] = scoreTable([HEADER, DEALS["N-1"]], ctx).results;
    if (row.status !== "ok") throw new Error("not scored");
    const r = createReview(
      { dealId: "N-1", decision: row.assessment.decision, reviewer: "A. Lee", approver: "B. Khan", date: "2026-04-15" },
      row.assessment.decision,
      dealBasis(row.deal, row.assessment, basisSourcesOf(ctx)),
      ctx.profile,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const unsigned = snap([DEALS["N-1"]], ctx, []);
    const signed = snap([DEALS["N-1"]], ctx, [r.record], "2026-06-30");
    expect(causesOf(diffRegisters(unsigned, signed))).toEqual([["Sign-off", "N-1", CAUSES.review]]);
    const edited = DEALS["N-1"].map((v, i) => (i === 7 ? "55000" : v));
    expect(causesOf(diffRegisters(signed, snap([edited], ctx, [r.record], "2026-09-30")))).toEqual([["Sign-off", "N-1", CAUSES.input]]);
  });

  it("added and removed deals", () => {
    const d = diffRegisters(base, snap([DEALS["N-1"], DEALS["A-1"]]));
    expect(causesOf(d)).toEqual([
      ["New deal", "A-1", CAUSES.input],
      ["Removed deal", "K-1", CAUSES.input],
    ]);
  });
});

describe("a deal whose row can no longer be scored", () => {
  it("is reported as not assessed, not as removed", () => {
    const before = snap([DEALS["N-1"], DEALS["K-1"]]);
    const broken = DEALS["K-1"].map((v, i) => (i === 4 ? "Atlantis" : v));
    const d = diffRegisters(before, snap([DEALS["N-1"], broken]));
    expect(d.changes).toEqual([
      {
        kind: "Not assessed",
        dealId: "K-1",
        customer: "Savannah Telecom",
        before: expect.any(String),
        after: "input row 3 could not be scored (see Input errors)",
        causes: [CAUSES.input],
      },
    ]);
    expect([d.removed, d.notAssessed]).toEqual([0, 1]);
  });
});
