import fc from "fast-check";
import { defaultProfile } from "../../core/methodology/loadProfile";
import type { DecisionId, Deal, ScaleId } from "../../core/model/types";
import { allCountries } from "../../core/reference/countries";
import { assessDeal } from "../../core/scoring/assessDeal";
import { createContext } from "../../core/scoring/createContext";

/**
 * The path to proceed checked against brute force: every subset of the clauses not yet in the
 * deal is tried, and the path must name exactly the better decisions some subset reaches, each
 * with a smallest subset that reaches it (the most strong clauses among the smallest).
 */

const profile = defaultProfile();
const ctx = createContext({ profile });
const rank: Record<DecisionId, number> = { proceed: 0, "proceed-with-conditions": 1, escalate: 2, decline: 3, stop: 4 };
const weight = new Map(profile.mitigations.map((m) => [m.id, m.weight]));
const strongCount = (ids: readonly string[]) => ids.filter((m) => weight.get(m)! >= 1).length;

const dealArb: fc.Arbitrary<Deal> = fc
  .record({
    country: fc.constantFrom(...allCountries().map((c) => c.alpha2)),
    capability: fc.constantFrom(...profile.capabilities.map((c) => c.id)),
    endUserType: fc.constantFrom(...profile.endUserTypes.map((e) => e.id)),
    partnerType: fc.option(fc.constantFrom(...profile.partners.types.map((t) => t.id)), { nil: null }),
    partnerDueDiligence: fc.constantFrom("done" as const, "not-done" as const, "unknown" as const),
    scale: fc.option(fc.constantFrom<ScaleId>("limited", "national"), { nil: null }),
    redFlags: fc.subarray(
      profile.redFlags.map((f) => f.id),
      { maxLength: 3 },
    ),
    mitigations: fc.subarray(
      profile.mitigations.map((m) => m.id),
      { maxLength: 4 },
    ),
  })
  .map((r) => ({
    row: 0,
    id: "P",
    customer: "",
    endUserName: "",
    product: "",
    partnerName: "",
    partnerCountry: null,
    value: null,
    currency: "",
    owner: "",
    extra: {},
    ...r,
  }));

/** For each decision some set of further clauses reaches: the smallest size and, among those, the most strong clauses. */
function bruteForce(deal: Deal): Map<DecisionId, { size: number; strong: number }> {
  const free = profile.mitigations.map((m) => m.id).filter((m) => !deal.mitigations.includes(m));
  const best = new Map<DecisionId, { size: number; strong: number }>();
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const add = free.filter((_, i) => mask & (1 << i));
    const d = assessDeal({ ...deal, mitigations: [...deal.mitigations, ...add] }, ctx).decision;
    const seen = best.get(d);
    const here = { size: add.length, strong: strongCount(add) };
    if (!seen || here.size < seen.size || (here.size === seen.size && here.strong > seen.strong)) best.set(d, here);
  }
  return best;
}

test("applying each step of the path gives exactly its decision, and the path lists every better decision clauses can reach, each with the fewest clauses (strong first)", () => {
  fc.assert(
    fc.property(dealArb, (deal) => {
      const a = assessDeal(deal, ctx);
      const reachable = bruteForce(deal);
      const better = [...reachable.keys()].filter((d) => rank[d] < rank[a.decision]).sort((x, y) => rank[y] - rank[x]);
      expect(a.pathToProceed.steps.map((s) => s.decision)).toEqual(better);
      for (const s of a.pathToProceed.steps) {
        const applied = assessDeal({ ...deal, mitigations: [...deal.mitigations, ...s.add] }, ctx);
        expect(applied.decision).toBe(s.decision);
        expect({ residual: applied.residual.score }).toEqual({ residual: s.residual.score });
        expect(s.add.every((m) => !deal.mitigations.includes(m))).toBe(true);
        expect({ size: s.add.length, strong: strongCount(s.add) }).toEqual(reachable.get(s.decision));
      }
    }),
    { numRuns: 120 },
  );
});

test("a deal that cannot reach proceed says why, and a stopped deal has no steps", () => {
  fc.assert(
    fc.property(dealArb, (deal) => {
      const a = assessDeal(deal, ctx);
      const p = a.pathToProceed;
      const best = p.steps.length ? p.steps[p.steps.length - 1].decision : a.decision;
      if (best !== "proceed") expect(p.blockers.length).toBeGreaterThan(0);
      else expect(p.blockers).toEqual([]);
      if (a.decision === "stop") expect(p.steps).toEqual([]);
      if (a.decision !== "stop" && a.redLines.some((r) => r.fixed)) expect(p.blockers.map((b) => b.code)).toContain("red-line");
      expect(p.summary.length).toBeGreaterThan(0);
    }),
    { numRuns: 300 },
  );
});

test("evidence actions appear only where an input is honestly open: partner due diligence not done, an undisclosed end user", () => {
  fc.assert(
    fc.property(dealArb, (deal) => {
      const a = assessDeal(deal, ctx);
      if (a.decision === "stop") return;
      const codes = a.pathToProceed.evidence.map((e) => e.code);
      expect(codes.includes("identify-end-user")).toBe(deal.endUserType === "unknown");
      if (codes.includes("complete-partner-due-diligence")) {
        expect(deal.partnerDueDiligence).not.toBe("done");
        const done = assessDeal({ ...deal, partnerDueDiligence: "done" }, ctx);
        expect(a.pathToProceed.evidence.find((e) => e.code === "complete-partner-due-diligence")!.decision).toBe(done.decision);
      }
    }),
    { numRuns: 300 },
  );
});
