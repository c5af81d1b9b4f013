import { defaultProfile, loadProfile } from "../../core/methodology/loadProfile";
import type { Deal } from "../../core/model/types";
import { assessDeal } from "../../core/scoring/assessDeal";
import { createContext } from "../../core/scoring/createContext";

/** Version 2's red lines, weights and cap as a user meets them: in the decision, the drivers and a tuned profile. */

const ctx = createContext();

function deal(over: Partial<Deal>): Deal {
  return {
    row: 0,
    id: "T",
    customer: "",
    endUserName: "",
    country: "EG",
    endUserType: "intelligence",
    capability: "intrusion",
    product: "",
    partnerType: null,
    partnerName: "",
    partnerCountry: null,
    partnerDueDiligence: "done",
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

test("a hard stop outranks a red line: spyware for Myanmar's intelligence service is a stop, and RL1 is still explained", () => {
  const a = assessDeal(deal({ country: "MM" }), ctx);
  expect(a.decision).toBe("stop");
  expect(a.redLines.map((r) => r.id)).toEqual(["RL1"]);
  expect(a.drivers[0]).toMatch(/^Hard stop: /);
  expect(a.drivers.some((d) => d.startsWith("Red line RL1: "))).toBe(true);
  expect(a.pathToProceed.blockers.map((b) => b.code)).toEqual(["hard-stop"]);
});

test("the national-security review never turns a decline into escalate (social analytics for a Chinese company with reports of misuse)", () => {
  const a = assessDeal(
    deal({ country: "CN", endUserType: "enterprise", capability: "social-analytics", redFlags: ["prior-misuse", "re-export"] }),
    ctx,
  );
  expect(a.flags).toContain("national-security-review");
  expect(a.redLines.map((r) => r.id)).toEqual(["RL2"]);
  expect(a.decision).toBe("decline");
});

test("the new end-user types score 5 and count for RL1: spyware for a presidency in Egypt is declined", () => {
  for (const endUserType of ["executive-office", "security-contractor"]) {
    const a = assessDeal(deal({ endUserType }), ctx);
    expect(a.stages.endUser).toBe(5);
    expect(a.decision).toBe("decline");
    expect(a.redLines.map((r) => r.id)).toEqual(["RL1"]);
  }
});

test("clauses are weighed: four supporting clauses earn one step, four strong ones two, and the driver names each weight", () => {
  const base = { country: "BR", endUserType: "telecom", capability: "interception" };
  const weak = assessDeal(deal({ ...base, mitigations: ["end-user-undertaking", "hr-clause", "no-re-export", "grievance"] }), ctx);
  const strong = assessDeal(
    deal({ ...base, mitigations: ["audit-rights", "suspend-terminate", "technical-limits", "licence-control"] }),
    ctx,
  );
  expect(weak.inherent.likelihood - weak.residual.likelihood).toBe(1);
  expect(strong.inherent.likelihood - strong.residual.likelihood).toBe(2);
  expect(weak.drivers).toContain(
    "Mitigations credited (4, weight 2): End-user undertaking (supporting, 0.5); Human-rights clause in the contract (supporting, 0.5); No re-export clause (supporting, 0.5); Grievance mechanism (supporting, 0.5) - likelihood lowered by 1 step",
  );
});

test("the misuse cap holds clause credit to one step and says why in a driver", () => {
  const a = assessDeal(
    deal({
      country: "BR",
      endUserType: "law-enforcement",
      capability: "forensics",
      redFlags: ["prior-misuse"],
      mitigations: ["audit-rights", "suspend-terminate", "technical-limits", "licence-control"],
    }),
    ctx,
  );
  expect(a.inherent.likelihood - a.residual.likelihood).toBe(1);
  expect(a.flags).toContain("misuse-cap");
  expect(a.drivers).toContain(
    "Misuse cap: credible reports of misuse by this end user, and the end user is a state body (Law enforcement) - clauses lower likelihood by at most 1 step",
  );
});

test("a red line a user adds to a copy of the profile declines the deals it describes, and is explained in its own words", () => {
  const p = JSON.parse(JSON.stringify(defaultProfile()));
  p.id = "acme-2027";
  p.redLines.push({
    id: "RL4",
    label: "Biometric identification for the police where D is 4 or more",
    minSeverity: 4,
    minDestination: 4,
    endUserTypes: ["law-enforcement"],
  });
  const tuned = createContext({ profile: loadProfile(p) });
  const d = deal({ capability: "biometric", endUserType: "law-enforcement" });
  expect(assessDeal(d, ctx).decision).toBe("escalate");
  const a = assessDeal(d, tuned);
  expect(a.decision).toBe("decline");
  expect(a.methodology).toBe("acme-2027@2");
  expect(a.drivers[0]).toBe(
    "Red line RL4: Biometric identification for the police where D is 4 or more - severity 4 (4 or more), destination 5 of 5 (4 or more), end user: Law enforcement; decision decline (clauses cannot lift it)",
  );
});
