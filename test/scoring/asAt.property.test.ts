import fc from "fast-check";
import { defaultProfile } from "../../core/methodology/loadProfile";
import type { Assessment, Deal } from "../../core/model/types";
import { defaultReference } from "../../core/reference/defaultReference";
import { restrictionsInForce, wgiForYear } from "../../core/reference/restrictionsInForce";
import { assessDeal } from "../../core/scoring/assessDeal";
import { createContext } from "../../core/scoring/createContext";

/**
 * Moving the as-at date changes only what the dated restrictions rows and the WGI years imply:
 * with the same rows in force and the same WGI year, two dates give the same assessment; the
 * capability, end-user and partner stages never move; and the result records its date.
 */

const profile = defaultProfile();
const ctx = createContext();
const reference = defaultReference();
// Destinations with dated rows or a thin WGI history, plus a few without any restriction.
const countries = [
  "HK",
  "CN",
  "MO",
  "SY",
  "VE",
  "MM",
  "IR",
  "KP",
  "RU",
  "BY",
  "ZW",
  "SS",
  "CF",
  "AF",
  "HT",
  "NO",
  "DE",
  "EG",
  "BR",
  "XK",
  "SX",
];

const dateArb = fc
  .record({ year: fc.integer({ min: 1994, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

const dealArb: fc.Arbitrary<Deal> = fc
  .record({
    country: fc.constantFrom(...countries),
    capability: fc.constantFrom(...profile.capabilities.map((c) => c.id)),
    endUserType: fc.constantFrom(...profile.endUserTypes.map((e) => e.id)),
    partnerType: fc.option(fc.constantFrom(...profile.partners.types.map((t) => t.id)), { nil: null }),
    redFlags: fc.subarray(profile.redFlags.map((f) => f.id)),
    mitigations: fc.subarray(profile.mitigations.map((m) => m.id)),
  })
  .map((r) => ({
    row: 0,
    id: "A",
    customer: "",
    endUserName: "",
    product: "",
    partnerName: "",
    partnerCountry: null,
    partnerDueDiligence: "done" as const,
    scale: null,
    value: null,
    currency: "",
    owner: "",
    extra: {},
    ...r,
  }));

/** The assessment without what legitimately names the date: asAt, the as-at year and the unknown-start warnings. */
const dateFree = (a: Assessment) => ({
  ...a,
  asAt: "",
  drivers: a.drivers
    .filter((d) => !d.startsWith("Warning:"))
    .map((d) => d.replace(/the latest year before the as-at year \d{4}/, "").replace(/figures up to \d{4}/, "")),
});

const rowsKey = (country: string, asAt: string) =>
  restrictionsInForce(reference, country, asAt)
    .rows.map((r) => `${r.measure}|${r.authority}|${r.instrument}`)
    .join("\n");

test("two as-at dates with the same rows in force and the same WGI year give the same assessment", () => {
  fc.assert(
    fc.property(dealArb, dateArb, dateArb, (deal, d1, d2) => {
      const a1 = assessDeal({ ...deal, asAt: d1 }, ctx);
      const a2 = assessDeal({ ...deal, asAt: d2 }, ctx);
      expect(a1.asAt).toBe(d1);
      expect(a2.asAt).toBe(d2);
      // What the date may never touch.
      expect([a1.stages.capability, a1.stages.endUser, a1.stages.partners]).toEqual([
        a2.stages.capability,
        a2.stages.endUser,
        a2.stages.partners,
      ]);
      const sameRows = rowsKey(deal.country, d1) === rowsKey(deal.country, d2);
      const sameYear = wgiForYear(reference, deal.country, d1)?.year === wgiForYear(reference, deal.country, d2)?.year;
      if (sameRows && sameYear) expect(dateFree(a1)).toEqual(dateFree(a2));
      if (sameYear) expect(a1.stages.destination).toBe(a2.stages.destination);
      if (sameRows) expect(a1.hardStops.map((h) => h.code)).toEqual(a2.hardStops.map((h) => h.code));
    }),
    { numRuns: 400 },
  );
});

test("the rows applied are exactly those in force on the as-at date, and the WGI year is before the as-at year", () => {
  fc.assert(
    fc.property(dealArb, dateArb, (deal, asAt) => {
      const a = assessDeal({ ...deal, asAt }, ctx);
      const inForce = restrictionsInForce(reference, deal.country, asAt).rows;
      expect(a.restrictionsApplied.map((r) => r.instrument).sort()).toEqual(inForce.map((r) => r.instrument).sort());
      for (const r of a.restrictionsApplied) {
        if (r.from) expect(r.from <= asAt).toBe(true);
        if (r.to) expect(asAt < r.to).toBe(true);
      }
      if (a.destination.basis === "wgi") expect(a.destination.year!).toBeLessThanOrEqual(Number(asAt.slice(0, 4)) - 1);
      else expect(wgiForYear(reference, deal.country, asAt)).toBeUndefined();
    }),
    { numRuns: 400 },
  );
});

test("a later as-at date never lifts a stop while its rows stay in force (restrictions only end on their 'to' date)", () => {
  fc.assert(
    fc.property(dealArb, dateArb, dateArb, (deal, x, y) => {
      const [early, late] = x <= y ? [x, y] : [y, x];
      const a1 = assessDeal({ ...deal, asAt: early }, ctx);
      const a2 = assessDeal({ ...deal, asAt: late }, ctx);
      const lifted = restrictionsInForce(reference, deal.country, early).rows.some((r) => r.to !== null && r.to <= late);
      if (a1.decision === "stop" && !lifted && a1.hardStops.every((h) => h.code !== "restricted-party-match")) {
        expect(a2.decision).toBe("stop");
      }
    }),
    { numRuns: 300 },
  );
});
