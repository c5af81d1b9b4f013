import { defaultProfile, loadProfile, parseProfile, ProfileError, profileTag } from "../../core/methodology/loadProfile";
import profileJson from "../../core/methodology/techUK-2014.profile.json";

const clone = () => JSON.parse(JSON.stringify(profileJson));

describe("methodology profile", () => {
  test("the shipped profile is techUK-2014 version 1 and valid", () => {
    const p = defaultProfile();
    expect(profileTag(p)).toBe("techUK-2014@1");
    expect(p.capabilities).toHaveLength(19);
    expect(p.endUserTypes).toHaveLength(13);
    // Ten codes a user ticks, and other-concern: what an unrecognised red-flag entry counts as.
    expect(p.redFlags).toHaveLength(11);
    expect(p.mitigations).toHaveLength(10);
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
