import fc from "fast-check";
import { loadProfile, shippedProfile, shippedProfileIds } from "../../core/methodology/loadProfile";
import type { Assessment, DecisionId, Deal, ScaleId } from "../../core/model/types";
import { allCountries } from "../../core/reference/countries";
import { assessDeal } from "../../core/scoring/assessDeal";
import { bandOrder } from "../../core/scoring/bandForScore";
import { createContext } from "../../core/scoring/createContext";
import type { ScoringContext } from "../../core/scoring/context";

/**
 * Invariants of the methodology, checked on random deals over every country, capability, end
 * user, partner set-up, red flag and mitigation of each shipped profile (version 1 and 2).
 */

const decisionRank: Record<DecisionId, number> = { proceed: 0, "proceed-with-conditions": 1, escalate: 2, decline: 3, stop: 4 };

describe.each(shippedProfileIds())("%s", (tag) => {
  const profile = shippedProfile(tag)!;
  const ctx = createContext({ profile });
  const countries = allCountries().map((c) => c.alpha2);
  const capabilities = profile.capabilities.map((c) => c.id);
  const endUserTypes = profile.endUserTypes.map((e) => e.id);
  const severityOf = new Map(profile.capabilities.map((c) => [c.id, c.severity]));
  const endUserScore = new Map(profile.endUserTypes.map((e) => [e.id, e.score]));
  const embargoTypes = new Set<string>(profile.hardStops.armsEmbargo.endUserTypes);
  const misuseCapTypes = new Set<string>(profile.mitigation.misuseCap?.endUserTypes ?? []);
  const onlyLowerListed = (list: Set<string>, lo: string, hi: string) => list.has(lo) && !list.has(hi);
  const dealArb: fc.Arbitrary<Deal> = fc
    .record({
      country: fc.constantFrom(...countries),
      capability: fc.constantFrom(...capabilities),
      endUserType: fc.constantFrom(...endUserTypes),
      partnerType: fc.option(fc.constantFrom(...profile.partners.types.map((t) => t.id)), { nil: null }),
      partnerName: fc.constantFrom("", "Acme Channel Ltd (fictional)"),
      partnerCountry: fc.option(fc.constantFrom(...countries), { nil: null }),
      partnerDueDiligence: fc.constantFrom("done" as const, "not-done" as const, "unknown" as const),
      scale: fc.option(fc.constantFrom<ScaleId>("limited", "regional", "national", "mass"), { nil: null }),
      redFlags: fc.subarray(profile.redFlags.map((f) => f.id)),
      mitigations: fc.subarray(profile.mitigations.map((m) => m.id)),
    })
    .map((r) => ({
      row: 0,
      id: "P",
      customer: "",
      endUserName: "",
      product: "",
      value: null,
      currency: "",
      owner: "",
      extra: {},
      ...r,
    }));

  /** Destination overridden to the same score for every country, one context per score. */
  const everyCountryAt = new Map<number, ScoringContext>();
  for (const d of [1, 2, 3, 4, 5]) {
    const p = JSON.parse(JSON.stringify(profile));
    p.destination.overrides = countries.map((c) => ({ country: c, score: d, reason: `property test: every destination at ${d}` }));
    everyCountryAt.set(d, createContext({ profile: loadProfile(p) }));
  }

  function notLower(before: Assessment, after: Assessment): void {
    expect(decisionRank[after.decision]).toBeGreaterThanOrEqual(decisionRank[before.decision]);
    expect(after.inherent.score).toBeGreaterThanOrEqual(before.inherent.score);
    expect(after.residual.score).toBeGreaterThanOrEqual(before.residual.score);
    expect(bandOrder[after.inherent.band]).toBeGreaterThanOrEqual(bandOrder[before.inherent.band]);
    expect(bandOrder[after.residual.band]).toBeGreaterThanOrEqual(bandOrder[before.residual.band]);
  }

  const runs = { numRuns: 400 };

  describe("scores never go down when the deal gets riskier", () => {
    test("a capability of higher severity never lowers inherent or residual risk or the decision", () => {
      fc.assert(
        fc.property(dealArb, fc.constantFrom(...capabilities), (deal, other) => {
          const [lo, hi] = severityOf.get(other)! >= severityOf.get(deal.capability)! ? [deal.capability, other] : [other, deal.capability];
          notLower(assessDeal({ ...deal, capability: lo }, ctx), assessDeal({ ...deal, capability: hi }, ctx));
        }),
        runs,
      );
    });

    test("national or mass deployment never lowers a score", () => {
      fc.assert(
        fc.property(dealArb, fc.constantFrom<ScaleId>("national", "mass"), (deal, big) => {
          notLower(assessDeal({ ...deal, scale: null }, ctx), assessDeal({ ...deal, scale: big }, ctx));
          notLower(assessDeal({ ...deal, scale: "limited" }, ctx), assessDeal({ ...deal, scale: big }, ctx));
        }),
        runs,
      );
    });

    test("a riskier destination (higher D by override) never lowers a score", () => {
      fc.assert(
        fc.property(dealArb, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (deal, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const before = assessDeal(deal, everyCountryAt.get(lo)!);
          const after = assessDeal(deal, everyCountryAt.get(hi)!);
          expect([before.stages.destination, after.stages.destination]).toEqual([lo, hi]);
          notLower(before, after);
        }),
        runs,
      );
    });

    test("a riskier end-user type never lowers inherent or residual risk or the decision", () => {
      fc.assert(
        fc.property(dealArb, fc.constantFrom(...endUserTypes), (deal, other) => {
          // Types of equal score are not riskier than each other (the arms embargo treats them differently).
          fc.pre(endUserScore.get(other) !== endUserScore.get(deal.endUserType));
          const [lo, hi] =
            endUserScore.get(other)! >= endUserScore.get(deal.endUserType)! ? [deal.endUserType, other] : [other, deal.endUserType];
          // The specification names the end users of the arms-embargo stop and of the misuse cap by type, not by score:
          // version 2's new E = 5 types are on neither list, so against a type that is, they can read lower (docs/methodology.md).
          fc.pre(!(onlyLowerListed(embargoTypes, lo, hi) || onlyLowerListed(misuseCapTypes, lo, hi)));
          notLower(assessDeal({ ...deal, endUserType: lo }, ctx), assessDeal({ ...deal, endUserType: hi }, ctx));
        }),
        runs,
      );
    });

    test("an added red flag never lowers a score", () => {
      fc.assert(
        fc.property(dealArb, fc.constantFrom(...profile.redFlags.map((f) => f.id)), (deal, flag) => {
          const without = deal.redFlags.filter((f) => f !== flag);
          notLower(assessDeal({ ...deal, redFlags: without }, ctx), assessDeal({ ...deal, redFlags: [...without, flag] }, ctx));
        }),
        runs,
      );
    });

    test("a worse partner set-up (intermediary, third country, no due diligence) never lowers a score", () => {
      fc.assert(
        fc.property(dealArb, (deal) => {
          const direct = assessDeal({ ...deal, partnerType: null, partnerName: "" }, ctx);
          const checked = assessDeal({ ...deal, partnerName: "Acme Channel Ltd (fictional)", partnerDueDiligence: "done" }, ctx);
          const unchecked = assessDeal({ ...deal, partnerName: "Acme Channel Ltd (fictional)", partnerDueDiligence: "not-done" }, ctx);
          notLower(direct, checked);
          notLower(checked, unchecked);
        }),
        runs,
      );
    });
  });

  const base: Deal = {
    row: 0,
    id: "P",
    customer: "",
    endUserName: "",
    product: "",
    value: null,
    currency: "",
    owner: "",
    extra: {},
    country: "AF",
    capability: "intrusion",
    endUserType: "state-telecom",
    partnerType: null,
    partnerName: "",
    partnerCountry: null,
    partnerDueDiligence: "done",
    scale: null,
    redFlags: [],
    mitigations: [],
  };

  test("an intelligence end user never scores below a state telecom in an arms-embargoed country (Afghanistan, spyware)", () => {
    const telecom = assessDeal(base, ctx);
    const intelligence = assessDeal({ ...base, endUserType: "intelligence" }, ctx);
    expect(telecom.inherent.score).toBe(25);
    expect(intelligence.inherent.score).toBeGreaterThanOrEqual(telecom.inherent.score);
  });

  test("an undisclosed end user is stopped by an arms embargo like a police end user (Afghanistan, spyware)", () => {
    expect(assessDeal({ ...base, endUserType: "law-enforcement" }, ctx).decision).toBe("stop");
    expect(assessDeal({ ...base, endUserType: "unknown" }, ctx).decision).toBe("stop");
  });

  describe("mitigations", () => {
    test("an added mitigation never raises residual risk or the decision, and never changes inherent risk", () => {
      fc.assert(
        fc.property(dealArb, fc.constantFrom(...profile.mitigations.map((m) => m.id)), (deal, m) => {
          const without = deal.mitigations.filter((x) => x !== m);
          const before = assessDeal({ ...deal, mitigations: without }, ctx);
          const after = assessDeal({ ...deal, mitigations: [...without, m] }, ctx);
          expect(after.residual.score).toBeLessThanOrEqual(before.residual.score);
          expect(bandOrder[after.residual.band]).toBeLessThanOrEqual(bandOrder[before.residual.band]);
          expect(decisionRank[after.decision]).toBeLessThanOrEqual(decisionRank[before.decision]);
          expect(after.inherent).toEqual(before.inherent);
          expect(after.residual.severity).toBe(before.residual.severity);
        }),
        runs,
      );
    });

    test("residual risk is never above inherent risk", () => {
      fc.assert(
        fc.property(dealArb, (deal) => {
          const a = assessDeal(deal, ctx);
          expect(a.residual.score).toBeLessThanOrEqual(a.inherent.score);
          expect(a.residual.likelihood).toBeLessThanOrEqual(a.inherent.likelihood);
        }),
        runs,
      );
    });
  });

  describe("decisions follow the rules of the methodology", () => {
    test("any hard stop means stop; otherwise a red line declines; otherwise the decision is the residual band's, raised to escalate by a national-security review", () => {
      const forBand = { low: "proceed", medium: "proceed-with-conditions", high: "escalate", critical: "escalate" } as const;
      fc.assert(
        fc.property(dealArb, (deal) => {
          const a = assessDeal(deal, ctx);
          const redLine = profile.redLines.some(
            (rl) =>
              (rl.minSeverity === undefined || a.residual.severity >= rl.minSeverity) &&
              (rl.minResidualScore === undefined || a.residual.score >= rl.minResidualScore) &&
              (rl.minDestination === undefined || a.stages.destination >= rl.minDestination) &&
              (rl.endUserTypes === undefined || rl.endUserTypes.includes(deal.endUserType)) &&
              (rl.redFlagsAny === undefined || rl.redFlagsAny.some((f) => a.redFlags.includes(f))),
          );
          let want: DecisionId = a.hardStops.length ? "stop" : redLine ? "decline" : forBand[a.residual.band];
          if (a.flags.includes("national-security-review") && decisionRank[want] < decisionRank.escalate) want = "escalate";
          expect(a.decision).toBe(want);
        }),
        runs,
      );
    });

    test("severity 5 never leaves a residual band below medium", () => {
      fc.assert(
        fc.property(dealArb, (deal) => {
          const a = assessDeal(deal, ctx);
          if (a.residual.severity === 5) expect(bandOrder[a.residual.band]).toBeGreaterThanOrEqual(bandOrder.medium);
        }),
        runs,
      );
    });

    test("every figure is a whole number in range and the scores are products of their parts", () => {
      fc.assert(
        fc.property(dealArb, (deal) => {
          const a = assessDeal(deal, ctx);
          for (const r of [a.inherent, a.residual]) {
            expect(Number.isInteger(r.severity) && r.severity >= 1 && r.severity <= 5).toBe(true);
            expect(Number.isInteger(r.likelihood) && r.likelihood >= 1 && r.likelihood <= 5).toBe(true);
            expect(r.score).toBe(r.severity * r.likelihood);
          }
          expect(a.drivers.length).toBeGreaterThan(0);
        }),
        runs,
      );
    });
  });
});
