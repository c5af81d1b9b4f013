import fc from "fast-check";
import { shippedProfile, shippedProfileIds } from "../../core/methodology/loadProfile";
import type { Deal, ScaleId } from "../../core/model/types";
import { allCountries } from "../../core/reference/countries";
import { assessDeal } from "../../core/scoring/assessDeal";
import { createContext } from "../../core/scoring/createContext";

/**
 * assessDeal shares each stage's result between deals with the same stage inputs. A deal must get
 * the same assessment whether the context has just been made or has assessed thousands of other
 * deals first (a key that left out an input would hand one deal another's stage).
 */
describe.each(shippedProfileIds())("%s: stage results shared between deals", (tag) => {
  const profile = shippedProfile(tag)!;
  const countries = allCountries().map((c) => c.alpha2);
  const flagIds = profile.redFlags.map((f) => f.id);
  const clauseIds = profile.mitigations.map((m) => m.id);
  const dealArb: fc.Arbitrary<Deal> = fc
    .record({
      country: fc.constantFrom(...countries),
      capability: fc.constantFrom(...profile.capabilities.map((c) => c.id)),
      endUserType: fc.constantFrom(...profile.endUserTypes.map((e) => e.id)),
      partnerType: fc.option(fc.constantFrom(...profile.partners.types.map((t) => t.id)), { nil: null }),
      partnerName: fc.constantFrom("", "Acme Channel Ltd (fictional)"),
      partnerCountry: fc.option(fc.constantFrom(...countries, "GB"), { nil: null }),
      partnerDueDiligence: fc.constantFrom("done" as const, "not-done" as const, "unknown" as const),
      scale: fc.option(fc.constantFrom<ScaleId>("limited", "regional", "national", "mass"), { nil: null }),
      // Repeats inside a list, and the same content in another order, must not confuse the keys.
      redFlags: fc.array(fc.constantFrom(...flagIds), { maxLength: 4 }),
      mitigations: fc.array(fc.constantFrom(...clauseIds), { maxLength: 6 }),
      asAt: fc.option(fc.constantFrom("2010-06-30", "2014-01-01", "2020-07-19", "2020-11-15", "2022-03-01", "2026-12-01"), {
        nil: undefined,
      }),
    })
    .map((r) => ({ row: 0, id: "P", customer: "", endUserName: "", product: "", value: null, currency: "", owner: "", extra: {}, ...r }));

  it("gives every deal the assessment a fresh context gives it, after thousands of other deals", () => {
    const warm = createContext({ profile, asAt: "2026-12-01" });
    const deals = fc.sample(dealArb, { numRuns: 3000, seed: 20261201 });
    const sharedResults = deals.map((d) => assessDeal(d, warm));
    for (let i = 0; i < deals.length; i += 7) {
      const fresh = assessDeal(deals[i], createContext({ profile, asAt: "2026-12-01" }));
      expect(sharedResults[i]).toEqual(fresh);
    }
  });

  it("freezes what deals share, so a reader that changed one deal's result could not change another's", () => {
    const ctx = createContext({ profile, asAt: "2026-12-01" });
    const [a, b] = fc.sample(dealArb, { numRuns: 2, seed: 7 }).map((d) => assessDeal({ ...d, redFlags: [flagIds[0]] }, ctx));
    expect(a.redFlags).toBe(b.redFlags);
    expect(() => (a.redFlags as string[]).push("x")).toThrow(TypeError);
    expect(() => ((a.inherent as { score: number }).score = 0)).toThrow(TypeError);
    expect(Object.isFrozen(a.pathToProceed)).toBe(true);
  });
});
