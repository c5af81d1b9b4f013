import {
  defaultProfile,
  loadProfile,
  parseProfile,
  ProfileError,
  profileTag,
  shippedProfile,
  shippedProfileIds,
} from "../../core/methodology/loadProfile";
import profileJson from "../../core/methodology/techUK-2014-v2.profile.json";

const clone = () => JSON.parse(JSON.stringify(profileJson));

describe("methodology profile", () => {
  test("the default profile is techUK-2014 version 2 and valid", () => {
    const p = defaultProfile();
    expect(profileTag(p)).toBe("techUK-2014@2");
    expect(p.capabilities).toHaveLength(19);
    expect(p.endUserTypes).toHaveLength(15);
    expect(p.redFlags).toHaveLength(11);
    expect(p.redFlags.map((f) => f.id)).toContain("other-concern");
    expect(p.mitigations).toHaveLength(10);
    expect(p.decisions.map((d) => d.id)).toEqual(["proceed", "proceed-with-conditions", "escalate", "decline", "stop"]);
  });

  test("version 1 stays shipped and selectable by id, unchanged: four decisions, no red lines, every clause of weight 1", () => {
    expect(shippedProfileIds()).toEqual(["techUK-2014@2", "techUK-2014@1"]);
    const v1 = shippedProfile("techUK-2014@1")!;
    expect(profileTag(v1)).toBe("techUK-2014@1");
    expect(v1.endUserTypes).toHaveLength(13);
    expect(v1.redFlags).toHaveLength(10);
    expect(v1.redLines).toEqual([]);
    expect(v1.mitigation.misuseCap).toBeNull();
    expect(v1.mitigations.every((m) => m.weight === 1)).toBe(true);
    expect(v1.decisions.map((d) => d.id)).toEqual(["proceed", "proceed-with-conditions", "escalate", "stop"]);
    expect(profileTag(shippedProfile("techUK-2014")!)).toBe("techUK-2014@2");
    expect(shippedProfile("techUK-2014@3")).toBeUndefined();
  });

  test("version 2 carries the specification's red lines, weights and misuse cap as data", () => {
    const p = defaultProfile();
    const security = ["intelligence", "law-enforcement", "military", "executive-office", "security-contractor", "unknown"];
    const stateBodies = [
      "intelligence",
      "law-enforcement",
      "military",
      "government",
      "state-telecom",
      "executive-office",
      "security-contractor",
    ];
    expect(p.redLines).toEqual([
      expect.objectContaining({ id: "RL1", minSeverity: 5, minDestination: 4, endUserTypes: security }),
      expect.objectContaining({
        id: "RL2",
        minResidualScore: 17,
        minDestination: 3,
        redFlagsAny: ["prior-misuse", "customisation-targeting"],
      }),
      expect.objectContaining({
        id: "RL3",
        minResidualScore: 17,
        minDestination: 3,
        endUserTypes: [...stateBodies, "unknown"],
        redFlagsAny: ["no-oversight", "vulnerable-groups"],
      }),
    ]);
    const weights = Object.fromEntries(p.mitigations.map((m) => [m.id, m.weight]));
    expect(weights).toEqual({
      "technical-limits": 1,
      "licence-control": 1,
      "suspend-terminate": 1,
      "audit-rights": 1,
      "post-shipment": 1,
      "end-user-undertaking": 0.5,
      "hr-clause": 0.5,
      "no-re-export": 0.5,
      "training-lawful": 0.5,
      grievance: 0.5,
    });
    // The specification's list of state bodies for the cap, word for word (an undisclosed end user is not on it).
    expect(p.mitigation.misuseCap).toEqual({
      redFlags: ["prior-misuse", "vulnerable-groups", "customisation-targeting"],
      endUserTypes: stateBodies,
      maxSteps: 1,
    });
    const e = Object.fromEntries(p.endUserTypes.map((c) => [c.id, c.score]));
    expect(e).toMatchObject({ "executive-office": 5, "security-contractor": 5 });
  });

  test("the catalogues carry the methodology's figures", () => {
    const p = defaultProfile();
    const s = Object.fromEntries(p.capabilities.map((c) => [c.id, c.severity]));
    expect(s).toMatchObject({
      intrusion: 5,
      interception: 5,
      "ip-surveillance": 5,
      "location-tracking": 5,
      forensics: 4,
      pentest: 3,
      other: 3,
      encryption: 2,
      endpoint: 1,
      training: 1,
    });
    const e = Object.fromEntries(p.endUserTypes.map((c) => [c.id, c.score]));
    expect(e).toMatchObject({
      intelligence: 5,
      unknown: 5,
      "law-enforcement": 4,
      military: 4,
      "state-telecom": 4,
      government: 3,
      telecom: 3,
      "critical-infrastructure": 2,
      individual: 2,
      enterprise: 1,
      ngo: 1,
    });
    expect(p.likelihood.weights).toEqual({ destination: 0.4, endUser: 0.35, partners: 0.25 });
  });

  test.each([
    ["a missing field", (j: any) => delete j.version, /'version'/],
    ["a severity out of range", (j: any) => (j.capabilities[0].severity = 7), /'capabilities\.0\.severity'/],
    [
      "weights that do not add up to 1",
      (j: any) => (j.likelihood.weights.destination = 0.5),
      /'likelihood\.weights' weights must add up to 1/,
    ],
    ["bands with a gap", (j: any) => (j.bands[1].min = 6), /'bands'.*without gaps/],
    ["a duplicate capability id", (j: any) => (j.capabilities[1].id = j.capabilities[0].id), /duplicate id 'intrusion'/],
    [
      "an override without a reason",
      (j: any) => (j.destination.overrides = [{ country: "France", score: 3, reason: "" }]),
      /'destination\.overrides\.0\.reason' an override needs a reason/,
    ],
    ["a red line without any condition", (j: any) => (j.redLines = [{ id: "RL9", label: "Everything" }]), /has no condition/],
    ["a red line naming an unknown red flag", (j: any) => (j.redLines[1].redFlagsAny = ["misuse"]), /unknown red flag 'misuse'/],
    ["red lines without the decision 'decline'", (j: any) => j.decisions.splice(3, 1), /red lines need the decision 'decline'/],
    [
      "a hard-stop measure outside the restrictions table's",
      (j: any) => (j.hardStops.armsEmbargo.measure = "arms-embrago"),
      /'hardStops\.armsEmbargo\.measure'/,
    ],
    [
      "an unknown end-user type in the arms-embargo rule",
      (j: any) => j.hardStops.armsEmbargo.endUserTypes.push("navy"),
      /unknown end-user type 'navy'/,
    ],
  ])("a broken profile is refused with the field named: %s", (_name, breakIt, message) => {
    const j = clone();
    breakIt(j);
    expect(() => loadProfile(j)).toThrow(ProfileError);
    expect(() => loadProfile(j)).toThrow(message);
  });

  test("profile text that is not JSON gets a clear error", () => {
    expect(() => parseProfile("{ id: ")).toThrow(/not valid JSON/);
  });
});
