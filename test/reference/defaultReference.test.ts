import { defaultReference, createReference } from "../../core/reference/defaultReference";
import { defaultWgiTable } from "../../core/reference/wgi";
import { encodeWgiValue } from "../../core/reference/wgiTable";

describe("defaultReference", () => {
  test("is built once", () => {
    expect(defaultReference()).toBe(defaultReference());
  });

  test("resolves, suggests and looks up figures and restrictions by alpha-2", () => {
    const ref = defaultReference();
    expect(ref.resolveCountry("Türkiye")?.alpha2).toBe("TR");
    expect(ref.countryByAlpha2("kp")?.name).toBe("North Korea");
    expect(ref.suggestCountry("Untied Kingdom")).toBe("United Kingdom");
    expect(ref.destination("NO")).toMatchObject({ alpha3: "NOR", year: 2023, pct: { va: 100, rl: 99.1 } });
    expect(ref.destination("KP")?.pct).toMatchObject({ va: 0, rl: 5.7 });
    expect(ref.destination("AQ")).toBeUndefined();
    expect(
      ref
        .restrictions("KP")
        .map((r) => r.measure)
        .sort(),
    ).toEqual(["arms-embargo", "comprehensive-sanctions", "comprehensive-sanctions", "state-of-concern"]);
    expect(ref.restrictions("ru").length).toBe(3);
    expect(ref.restrictionsAsOf).toBe("2026-12-01");
    expect(ref.destinationAt("NO", 2011)).toMatchObject({ year: 2011 });
    expect(ref.restrictions("NO")).toEqual([]);
  });

  test("records the provenance of the country list, the WGI and the restrictions table", () => {
    const provenance = defaultReference().provenance;
    expect(provenance.map((p) => p.id)).toEqual(["iso-3166-countries", "wgi-2024", "restrictions-default"]);
    expect(provenance[0].version).toMatch(/^i18n-iso-countries 7\./);
    expect(provenance[0].asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(provenance[1]).toMatchObject({ version: "2024 update", asOf: "2023" });
    expect(provenance[1].licence).toContain("CC BY 4.0");
    expect(provenance[2]).toMatchObject({ asOf: "2026-12-01" });
    expect(provenance[2].source).toContain("before relying on this table");
  });
});

describe("createReference", () => {
  test("a user's restrictions table replaces the shipped one", () => {
    const ref = createReference({
      restrictions: {
        id: "own",
        title: "Own list",
        asOf: "2026-12-01",
        source: "Compliance",
        caveat: "Ours",
        noCountryHardStops: true,
        rows: [
          {
            country: "NO",
            measure: "state-of-concern",
            authority: "company-policy",
            instrument: "Board decision",
            source: "Board minute",
            from: null,
            to: null,
            verified: false,
            asOf: "2026-12-01",
          },
        ],
      },
    });
    expect(ref.restrictions("NO").map((r) => r.measure)).toEqual(["state-of-concern"]);
    expect(ref.restrictions("KP")).toEqual([]);
    expect(ref.provenance[2]).toMatchObject({ id: "own", asOf: "2026-12-01" });
  });

  test("an invalid user table is refused with the row's problem", () => {
    expect(() =>
      createReference({
        restrictions: {
          id: "own",
          title: "t",
          asOf: "2026-12-01",
          source: "s",
          caveat: "c",
          rows: [
            {
              country: "Atlantis",
              measure: "arms-embargo",
              authority: "UK",
              instrument: "i",
              source: "https://www.gov.uk/",
              from: null,
              to: null,
              verified: false,
              asOf: "2026-12-01",
            },
          ],
        },
      }),
    ).toThrow("Row 1: country 'Atlantis' is not recognised");
  });

  test("a newer WGI table replaces the shipped figures", () => {
    const wgi = {
      ...defaultWgiTable(),
      id: "wgi-2025",
      version: "2025 update",
      year: 2024,
      years: [2024],
      rows: { NOR: [encodeWgiValue(98), encodeWgiValue(99)] },
    };
    const ref = createReference({ wgi });
    expect(ref.destination("NO")).toMatchObject({ year: 2024, pct: { va: 98 } });
    expect(ref.destination("KP")).toBeUndefined();
    expect(ref.provenance[1]).toMatchObject({ id: "wgi-2025", version: "2025 update" });
  });
});
