import { scoreTable } from "../../core/intake/scoreTable";
import { createContext } from "../../core/scoring/createContext";
import type { ScoredRow } from "../../core/model/types";

const ctx = createContext();
const header = ["Deal", "Country", "Capability", "End user type", "Red flags", "Mitigations"];

function one(row: unknown[]): Extract<ScoredRow, { status: "ok" }> {
  const r = scoreTable([header, row], ctx).results[0];
  if (r.status !== "ok") throw new Error(`expected a scored row, got ${JSON.stringify(r)}`);
  return r;
}

describe("unrecognised entries never lower a risk", () => {
  test("unrecognised red-flag entries count once as 'other concern', with their text in the driver and a warning each", () => {
    const plain = one(["D1", "Kenya", "Forensics", "Police", "", ""]);
    const r = one(["D1", "Kenya", "Forensics", "Police", "Bribery rumour; cash payment asked", ""]);
    expect(r.assessment.redFlags).toEqual(["other-concern"]);
    expect(r.assessment.inherent.likelihood).toBe(Math.min(5, plain.assessment.inherent.likelihood + 1));
    expect(r.assessment.drivers.find((d) => d.startsWith("Red flag: Other concern"))).toContain("'Bribery rumour'; 'cash payment asked'");
    expect(r.warnings?.map((w) => w.value)).toEqual(["Bribery rumour", "cash payment asked"]);
  });

  test("an unrecognised mitigation earns no credit and says so in a driver and a warning", () => {
    const r = one(["D1", "Kenya", "Forensics", "Police", "", "Standard T&Cs; audit rights"]);
    expect(r.assessment.mitigations).toEqual(["audit-rights"]);
    expect(r.assessment.drivers).toContain("Mitigations not credited: 'Standard T&Cs'");
    expect(r.warnings?.[0].message).toMatch(/Mitigation 'Standard T&Cs' is not in the catalogue: not credited/);
  });

  test("a mitigation named as absent or only requested is not credited", () => {
    const r = one(["D1", "Kenya", "Forensics", "Police", "", "No audit rights; human rights clause requested"]);
    expect(r.assessment.mitigations).toEqual([]);
    expect(r.warnings).toHaveLength(2);
  });

  test.each([
    ["Telco - State owned", "state-telecom"],
    ["Ministry of Interior - State Security", "intelligence"],
  ])("'%s' could mean two end-user types and is read as the riskier, %s, with a warning", (text, id) => {
    const r = one(["D1", "Kenya", "Forensics", text, "", ""]);
    expect(r.deal.endUserType).toBe(id);
    expect(r.warnings?.[0].message).toMatch(/could mean .* read as the riskier/);
  });
});

describe("provisional decisions for rows that could not be scored", () => {
  test("a recognised sanctioned destination with an unreadable capability is provisionally stop, naming the hard stop", () => {
    const r = scoreTable([header, ["D9", "North Korea", "Quantum widget", "Enterprise", "", ""]], ctx).results[0];
    expect(r.status).toBe("error");
    if (r.status !== "error") return;
    expect(r.provisional?.decision).toBe("stop");
    expect(r.provisional?.hardStops.map((h) => h.code)).toEqual(["comprehensive-sanctions"]);
  });

  test("an unreadable country gives provisional escalate, never proceed", () => {
    const r = scoreTable([header, ["D9", "Atlantis", "Firewall", "Enterprise", "", ""]], ctx).results[0];
    expect(r.status === "error" && r.provisional).toEqual({ decision: "escalate", hardStops: [] });
  });

  test("interception restrictions follow when the capability was read and the end user was not", () => {
    const r = scoreTable([header, ["D9", "Myanmar", "Lawful interception", "Junta-adjacent", "", ""]], ctx).results[0];
    expect(r.status === "error" && r.provisional?.decision).toBe("stop");
  });
});
