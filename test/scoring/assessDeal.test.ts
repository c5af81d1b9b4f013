import { assessDeal } from "../../core/scoring/assessDeal";
import { createContext } from "../../core/scoring/createContext";
import { shippedProfile } from "../../core/methodology/loadProfile";
import type { Deal } from "../../core/model/types";
import type { PartyScreener } from "../../core/scoring/context";

/** The rules of version 1, kept shipped so last year's results can be reproduced; version 2 has its own file. */
const v1 = shippedProfile("techUK-2014@1")!;
const ctx = createContext({ profile: v1 });

function deal(over: Partial<Deal>): Deal {
  return {
    row: 0,
    id: "T",
    customer: "",
    endUserName: "",
    country: "DE",
    endUserType: "enterprise",
    capability: "endpoint",
    product: "",
    partnerType: null,
    partnerName: "",
    partnerCountry: null,
    partnerDueDiligence: "unknown",
    scale: null,
    redFlags: [],
    mitigations: [],
    value: null,
    currency: "",
    owner: "",
    extra: {},
    ...over,
  };
}

describe("assessDeal under version 1", () => {
  test("endpoint protection sold directly to a German enterprise is low risk and may proceed", () => {
    const a = assessDeal(deal({}), ctx);
    expect(a.inherent).toEqual({ severity: 1, likelihood: 1, score: 1, band: "low" });
    expect(a.decision).toBe("proceed");
    expect(a.hardStops).toEqual([]);
    expect(a.flags).toEqual([]);
    expect(a.methodology).toBe("techUK-2014@1");
  });

  test("comprehensive sanctions stop every cyber product, even antivirus", () => {
    const a = assessDeal(deal({ country: "IR" }), ctx);
    expect(a.decision).toBe("stop");
    expect(a.hardStops.map((h) => h.code)).toContain("comprehensive-sanctions");
    expect(a.drivers[0]).toMatch(/^Hard stop: Comprehensive sanctions on Iran/);
  });

  test("interception restrictions stop severity-4 capabilities but not a firewall", () => {
    expect(assessDeal(deal({ country: "VE", capability: "forensics" }), ctx).hardStops.map((h) => h.code)).toContain(
      "interception-monitoring-restriction",
    );
    const fw = assessDeal(deal({ country: "VE", capability: "firewall" }), ctx);
    expect(fw.hardStops.map((h) => h.code)).not.toContain("interception-monitoring-restriction");
  });

  test("an arms embargo stops severity-4 capabilities for security end users and is a red flag otherwise", () => {
    const police = assessDeal(deal({ country: "LB", capability: "biometric", endUserType: "law-enforcement" }), ctx);
    expect(police.decision).toBe("stop");
    expect(police.hardStops.map((h) => h.code)).toEqual(["arms-embargo"]);
    const bank = assessDeal(deal({ country: "LB", capability: "biometric", endUserType: "financial" }), ctx);
    expect(bank.hardStops).toEqual([]);
    expect(bank.redFlags).toEqual(["arms-embargo"]);
    expect(bank.drivers.some((d) => d.startsWith("Red flag: Lebanon is under an arms embargo"))).toBe(true);
  });

  test("a state of concern forces at least escalate for severity 3 and above, and not below", () => {
    const soc = assessDeal(
      deal({ country: "CN", capability: "network-monitoring", endUserType: "financial", mitigations: ["audit-rights", "hr-clause"] }),
      ctx,
    );
    expect(soc.flags).toContain("national-security-review");
    expect(soc.decision).toBe("escalate");
    const low = assessDeal(deal({ country: "CN", capability: "firewall", endUserType: "financial" }), ctx);
    expect(low.flags).not.toContain("national-security-review");
  });

  test("red flags raise likelihood one step each, at most two", () => {
    const base = assessDeal(deal({ capability: "pentest", endUserType: "government" }), ctx).inherent.likelihood;
    const two = assessDeal(deal({ capability: "pentest", endUserType: "government", redFlags: ["re-export", "prior-misuse"] }), ctx)
      .inherent.likelihood;
    const four = assessDeal(
      deal({
        capability: "pentest",
        endUserType: "government",
        redFlags: ["re-export", "prior-misuse", "no-oversight", "covert-marketing"],
      }),
      ctx,
    ).inherent.likelihood;
    expect(two).toBe(base + 2);
    expect(four).toBe(base + 2);
  });

  test("every two mitigations lower likelihood one step, at most two, and never severity", () => {
    const d = { capability: "interception", country: "BR", endUserType: "telecom" } as const;
    const none = assessDeal(deal(d), ctx);
    const one = assessDeal(deal({ ...d, mitigations: ["hr-clause"] }), ctx);
    const two = assessDeal(deal({ ...d, mitigations: ["hr-clause", "audit-rights"] }), ctx);
    const six = assessDeal(
      deal({ ...d, mitigations: ["hr-clause", "audit-rights", "no-re-export", "post-shipment", "grievance", "licence-control"] }),
      ctx,
    );
    expect(one.residual.likelihood).toBe(none.inherent.likelihood);
    expect(two.residual.likelihood).toBe(Math.max(1, none.inherent.likelihood - 1));
    expect(six.residual.likelihood).toBe(Math.max(1, none.inherent.likelihood - 2));
    expect(six.residual.severity).toBe(none.inherent.severity);
  });

  test("national or mass deployment raises severity by one, capped at five", () => {
    expect(assessDeal(deal({ capability: "pentest", scale: "national" }), ctx).inherent.severity).toBe(4);
    expect(assessDeal(deal({ capability: "intrusion", scale: "mass" }), ctx).inherent.severity).toBe(5);
    expect(assessDeal(deal({ capability: "pentest", scale: "regional" }), ctx).inherent.severity).toBe(3);
  });

  test("partner points: type, third country and missing due diligence, capped at five", () => {
    const p = (o: Partial<Deal>) => assessDeal(deal({ partnerName: "X", ...o }), ctx).stages.partners;
    expect(p({ partnerType: "integrator", partnerDueDiligence: "done" })).toBe(2);
    expect(p({ partnerType: "reseller", partnerDueDiligence: "done", partnerCountry: "DE" })).toBe(3);
    expect(p({ partnerType: "reseller", partnerDueDiligence: "done", partnerCountry: "GB" })).toBe(3);
    expect(p({ partnerType: "reseller", partnerDueDiligence: "done", partnerCountry: "AE" })).toBe(4);
    expect(p({ partnerType: "agent", partnerDueDiligence: "not-done", partnerCountry: "AE" })).toBe(5);
    expect(p({ partnerType: null, partnerDueDiligence: "done" })).toBe(3);
    expect(assessDeal(deal({}), ctx).stages.partners).toBe(1);
  });

  test("the destination driver names both percentile ranks, the year and the source", () => {
    const a = assessDeal(deal({ country: "EG", capability: "intrusion" }), ctx);
    const d = a.drivers.find((x) => x.startsWith("Destination: Egypt"))!;
    expect(d).toMatch(/Voice and Accountability \d+\.\d and Rule of Law \d+\.\d/);
    expect(d).toMatch(/2023/);
    expect(d).toMatch(/Worldwide Governance Indicators/);
    expect(a.destination.basis).toBe("wgi");
  });

  test("a control-list hint raises licence-check without stopping the deal", () => {
    const a = assessDeal(deal({ capability: "encryption" }), ctx);
    expect(a.flags).toContain("licence-check");
    expect(a.decision).not.toBe("stop");
  });

  test("a user override of the destination score is used and explained", () => {
    const profile = {
      ...v1,
      destination: { ...v1.destination, overrides: [{ country: "Germany", score: 4, reason: "Internal review 2026-10" }] },
    };
    const c2 = createContext({ profile });
    const a = assessDeal(deal({}), c2);
    expect(a.stages.destination).toBe(4);
    expect(a.drivers.join("\n")).toMatch(/set by the user: Internal review 2026-10/);
  });

  test("an uncleared restricted-party match at the threshold stops the deal; a cleared one does not", () => {
    const hit = { source: "OFAC SDN", entryId: "1", listName: "BAD CO", matchedName: "BAD CO", programme: "CYBER2", score: 0.97 };
    const screener = (decision?: "cleared" | "confirmed"): PartyScreener => ({
      screen: (name) =>
        name === "Bad Co"
          ? [{ ...hit, ...(decision ? { decision: { status: decision, by: "A. Reviewer", at: "2026-11-01", reason: "checked" } } : {}) }]
          : [],
      provenance: [],
    });
    const d = deal({ partnerName: "Bad Co", partnerType: "reseller" });
    expect(assessDeal(d, createContext({ profile: v1, screener: screener() })).hardStops.map((h) => h.code)).toEqual([
      "restricted-party-match",
    ]);
    expect(assessDeal(d, createContext({ profile: v1, screener: screener("confirmed") })).decision).toBe("stop");
    expect(assessDeal(d, createContext({ profile: v1, screener: screener("cleared") })).hardStops).toEqual([]);
  });
});
