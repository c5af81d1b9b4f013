import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";
import { readWgiWorkbook, deriveWgi, mapWgiCode, WGI_CODE_MAP, formatWgiTable, type WgiRecord } from "../../scripts/derive-wgi";
import { resolveCountry, allCountries, countryByAlpha2 } from "../../core/reference/countries";
import { defaultWgiTable, createWgiLookup, validateWgiTable, wgiRowsOf } from "../../core/reference/wgi";

const WGI_FILE = join(__dirname, "../../../shared/data/wgi/wgidataset-2024.xlsx");

let records: WgiRecord[];
// Streaming 32,000 rows takes a few seconds, more on a busy machine.
beforeAll(async () => {
  records = await readWgiWorkbook(WGI_FILE);
}, 60_000);

const figure = (code: string, year: number, indicator: string): number | null | undefined =>
  records.find((r) => r.code === code && r.year === year && r.indicator === indicator)?.pctrank;

describe("WGI code mapping (official 2024 file)", () => {
  test("every code in the file maps to a country the resolver knows, or is deliberately excluded", () => {
    const codes = new Map(records.map((r) => [r.code, r.countryName]));
    expect(codes.size).toBe(214);
    const alpha3s = new Set(allCountries().map((c) => c.alpha3));
    for (const [code, name] of codes) {
      const mapped = mapWgiCode(code);
      if ("excluded" in mapped) {
        expect(WGI_CODE_MAP[code]?.alpha3).toBeNull();
        continue;
      }
      expect({ code, name, mapped }).toEqual({ code, name, mapped: { alpha3: expect.any(String) } });
      if ("alpha3" in mapped) {
        expect(alpha3s.has(mapped.alpha3)).toBe(true);
        // The World Bank's country name must name the same country as the code.
        expect({ code, name, resolved: resolveCountry(name)?.alpha3 }).toEqual({ code, name, resolved: mapped.alpha3 });
      }
    }
  });

  test("the non-ISO World Bank codes are mapped explicitly", () => {
    expect(mapWgiCode("KSV")).toEqual({ alpha3: "XKX" });
    expect(mapWgiCode("ROM")).toEqual({ alpha3: "ROU" });
    expect(mapWgiCode("ZAR")).toEqual({ alpha3: "COD" });
    expect(mapWgiCode("TMP")).toEqual({ alpha3: "TLS" });
    expect(mapWgiCode("WBG")).toEqual({ alpha3: "PSE" });
    expect(mapWgiCode("ADO")).toEqual({ alpha3: "AND" });
    expect(mapWgiCode("ANT")).toEqual({ excluded: expect.stringContaining("2010") });
    expect(mapWgiCode("NOR")).toEqual({ alpha3: "NOR" });
    expect(mapWgiCode("ZZZ")).toEqual({ unknown: true });
  });

  test("every entry in the mapping table occurs in the file (no stale entries)", () => {
    const codes = new Set(records.map((r) => r.code));
    for (const code of Object.keys(WGI_CODE_MAP)) expect(codes).toContain(code);
  });

  test("a code that is neither ISO nor mapped stops the derivation and names the code", () => {
    const stray: WgiRecord = { code: "XYZ", countryName: "Nowhere", year: 2023, indicator: "va", pctrank: 50 };
    expect(() => deriveWgi([stray], { name: "x.xlsx", sha256: "0" })).toThrow(/XYZ \(Nowhere\)/);
  });
});

describe("derived WGI table", () => {
  test("the shipped wgi.json is exactly what the script derives from the official file", () => {
    const sha256 = createHash("sha256").update(readFileSync(WGI_FILE)).digest("hex");
    const { table } = deriveWgi(records, { name: "wgidataset-2024.xlsx", sha256 });
    expect(table).toEqual(defaultWgiTable());
    const shipped = readFileSync(join(__dirname, "../../core/reference/data/wgi.json"), "utf8");
    expect(formatWgiTable(table)).toBe(shipped);
  });

  test("figures are the file's percentile ranks for every year 1996-2023, rounded to 1 decimal", () => {
    const table = defaultWgiTable();
    expect(table.year).toBe(2023);
    expect(table.firstYear).toBe(1996);
    expect(table.version).toBe("2024 update");
    expect(table.licence).toBe("CC BY 4.0");
    expect(table.source).toBe("World Bank, Worldwide Governance Indicators, 2024 update (covers 1996-2023)");
    // Read from the file: Norway va 100, rl 99.0566; North Korea va 0, rl 5.6604, rq 0.
    expect(figure("NOR", 2023, "va")).toBe(100);
    expect(figure("NOR", 2023, "rl")).toBeCloseTo(99.0566, 3);
    expect(figure("PRK", 2023, "rl")).toBeCloseTo(5.6604, 3);
    // The shipped history keeps the two indicators the default methodology uses.
    expect(table.indicators).toEqual(["va", "rl"]);
    const nor = wgiRowsOf(table, "NOR");
    expect(nor.at(-1)).toEqual({ year: 2023, va: 100, rl: 99.1 });
    expect(wgiRowsOf(table, "PRK").at(-1)).toEqual({ year: 2023, va: 0, rl: 5.7 });
    // The WGI was biennial before 2002: 1996, 1998, 2000, then every year.
    expect(nor.map((y) => y.year)).toEqual([1996, 1998, 2000, ...Array.from({ length: 22 }, (_, i) => 2002 + i)]);
    const egy2011 = wgiRowsOf(table, "EGY").find((y) => y.year === 2011)!;
    expect(egy2011.va).toBeCloseTo(figure("EGY", 2011, "va")!, 1);
    expect(egy2011.rl).toBeCloseTo(figure("EGY", 2011, "rl")!, 1);
    expect(wgiRowsOf(table, "XKX").at(-1)!.year).toBe(2023);
    expect(wgiRowsOf(table, "ROU").at(-1)!.year).toBe(2023);
    expect(table.rows.ANT).toBeUndefined();
  });

  test("a country missing an indicator in its latest year gets null there, not an older figure", () => {
    // Anguilla has no Voice and Accountability rank in 2023 but has one in earlier years.
    expect(figure("AIA", 2023, "va")).toBeNull();
    expect(records.some((r) => r.code === "AIA" && r.indicator === "va" && r.pctrank !== null)).toBe(true);
    expect(wgiRowsOf(defaultWgiTable(), "AIA").at(-1)).toMatchObject({ year: 2023, va: null });
  });

  test("each year keeps only its own figures, never mixing years", () => {
    const records2: WgiRecord[] = [
      { code: "NOR", countryName: "Norway", year: 2022, indicator: "va", pctrank: 99.04 },
      { code: "NOR", countryName: "Norway", year: 2022, indicator: "rl", pctrank: 98.96 },
      { code: "NOR", countryName: "Norway", year: 2023, indicator: "va", pctrank: null },
      { code: "NOR", countryName: "Norway", year: 2023, indicator: "rl", pctrank: 97.55 },
      { code: "ANT", countryName: "Netherlands Antilles (former)", year: 2013, indicator: "va", pctrank: 80 },
      { code: "ROM", countryName: "Romania", year: 2021, indicator: "va", pctrank: 60 },
    ];
    const { table, excluded, older } = deriveWgi(records2, { name: "t.xlsx", sha256: "0" });
    expect(table.years).toEqual([2013, 2021, 2022, 2023]);
    expect(wgiRowsOf(table, "NOR")).toEqual([
      { year: 2022, va: 99, rl: 99 },
      { year: 2023, va: null, rl: 97.6 },
    ]);
    expect(wgiRowsOf(table, "ROU")).toEqual([{ year: 2021, va: 60, rl: null }]);
    expect(deriveWgi(records2, { name: "t.xlsx", sha256: "0" }, ["va", "pv", "rl"]).table.indicators).toEqual(["va", "pv", "rl"]);
    expect(older).toEqual([{ alpha3: "ROU", year: 2021 }]);
    expect(excluded.map((e) => e.code)).toEqual(["ANT"]);
    expect(table.version).toBe("2024 update");
  });

  test("lookups by alpha-2 and alpha-3 return the percentile ranks and the year", () => {
    const lookup = createWgiLookup(defaultWgiTable(), countryByAlpha2);
    expect(lookup.byAlpha2("NO")).toEqual({ alpha3: "NOR", year: 2023, pct: { va: 100, rl: 99.1 } });
    expect(lookup.byAlpha3("prk")?.pct.va).toBe(0);
    expect(lookup.byAlpha2("NO", 2011)?.year).toBe(2011);
    expect(lookup.byAlpha2("NO", 1999)?.year).toBe(1998); // no 1999 figures: the latest year before it
    expect(lookup.byAlpha2("NO", 1995)).toBeUndefined();
    expect(lookup.byAlpha2("XK")?.alpha3).toBe("XKX");
    expect(lookup.byAlpha2("AI")?.pct).not.toHaveProperty("va");
    expect(lookup.byAlpha2("AQ")).toBeUndefined(); // Antarctica: no WGI figures
    expect(lookup.provenance).toMatchObject({ id: "wgi-2024", version: "2024 update", asOf: "2023" });
    expect(lookup.provenance.licence).toContain("CC BY 4.0");
  });

  test("a user-supplied table with an out-of-range figure is refused, naming the country and indicator", () => {
    const table = JSON.parse(JSON.stringify(defaultWgiTable()));
    table.rows.NOR[0] = "zz" + table.rows.NOR[0].slice(2); // 1295 tenths: 129.5
    delete table.licence;
    const result = validateWgiTable(table);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain("WGI row NOR 1996: 'va' must be a percentile rank 0-100 or null");
      expect(result.errors).toContain("The WGI table needs a text 'licence'");
    }
  });
});
