import { loadProfile, ProfileError } from "../../core/methodology/loadProfile";
import defaultProfileJson from "../../core/methodology/techUK-2014.profile.json";

function withMeasure(path: "comprehensiveSanctions" | "interceptionRestrictions" | "armsEmbargo", measure: string): unknown {
  const copy = JSON.parse(JSON.stringify(defaultProfileJson));
  copy.hardStops[path].measure = measure;
  return copy;
}

describe("hard-stop measures in a methodology profile", () => {
  test("a one-letter typo in hardStops.comprehensiveSanctions.measure is refused, naming the field and the known measures", () => {
    expect(() => loadProfile(withMeasure("comprehensiveSanctions", "comprehensive-sanction"))).toThrow(ProfileError);
    try {
      loadProfile(withMeasure("comprehensiveSanctions", "comprehensive-sanction"));
    } catch (e) {
      expect((e as Error).message).toMatch(/hardStops\.comprehensiveSanctions\.measure/);
      expect((e as Error).message).toMatch(/comprehensive-sanctions/);
    }
  });

  test.each(["interceptionRestrictions", "armsEmbargo"] as const)("an unknown measure in hardStops.%s is refused", (key) => {
    expect(() => loadProfile(withMeasure(key, "Arms-Embargo "))).toThrow(/measure/);
  });

  test("an unknown nationalSecurity.measure is refused", () => {
    const copy = JSON.parse(JSON.stringify(defaultProfileJson));
    copy.nationalSecurity.measure = "state-of-concerns";
    expect(() => loadProfile(copy)).toThrow(/nationalSecurity\.measure/);
  });

  test("the shipped profile's measures are all in the vocabulary", () => {
    expect(() => loadProfile(defaultProfileJson)).not.toThrow();
  });
});
