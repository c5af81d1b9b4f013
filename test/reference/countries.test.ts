import { resolveCountry, countryByAlpha2, allCountries } from "../../core/reference/countries";
import { suggestCountry } from "../../core/reference/countriesSuggest";
import { normaliseCountryText } from "../../core/reference/countriesNormalise";

const expectations: Array<[string, string]> = [
  ["UAE", "AE"],
  ["U.A.E.", "AE"],
  ["Russia", "RU"],
  ["Russian Federation", "RU"],
  ["South Korea", "KR"],
  ["Korea, Republic of", "KR"],
  ["Korea, Rep.", "KR"],
  ["North Korea", "KP"],
  ["DPRK", "KP"],
  ["Korea, Dem. Rep.", "KP"],
  ["Democratic People's Republic of Korea", "KP"],
  ["Burma", "MM"],
  ["Myanmar", "MM"],
  ["Ivory Coast", "CI"],
  ["Côte d'Ivoire", "CI"],
  ["Cote d\u2019Ivoire", "CI"],
  ["Czechia", "CZ"],
  ["Czech Republic", "CZ"],
  ["Türkiye", "TR"],
  ["Turkiye", "TR"],
  ["Turkey", "TR"],
  ["Iran, Islamic Republic of", "IR"],
  ["Iran (Islamic Republic of)", "IR"],
  ["Iran", "IR"],
  ["Syria", "SY"],
  ["Syrian Arab Republic", "SY"],
  ["Venezuela", "VE"],
  ["Venezuela, RB", "VE"],
  ["Bolivia", "BO"],
  ["Bolivia (Plurinational State of)", "BO"],
  ["Vietnam", "VN"],
  ["Viet Nam", "VN"],
  ["Laos", "LA"],
  ["Lao PDR", "LA"],
  ["Tanzania", "TZ"],
  ["Moldova", "MD"],
  ["Moldova, Republic of", "MD"],
  ["Palestine", "PS"],
  ["West Bank and Gaza", "PS"],
  ["Kosovo", "XK"],
  ["XK", "XK"],
  ["XKX", "XK"],
  ["UK", "GB"],
  ["U.K.", "GB"],
  ["Great Britain", "GB"],
  ["England", "GB"],
  ["United Kingdom", "GB"],
  ["USA", "US"],
  ["U.S.A.", "US"],
  ["United States of America", "US"],
  ["United States", "US"],
  ["US", "US"],
  ["Holland", "NL"],
  ["The Netherlands", "NL"],
  ["Netherlands", "NL"],
  ["DR Congo", "CD"],
  ["DRC", "CD"],
  ["Congo-Kinshasa", "CD"],
  ["Congo, Dem. Rep.", "CD"],
  ["Democratic Republic of the Congo", "CD"],
  ["Republic of the Congo", "CG"],
  ["Congo-Brazzaville", "CG"],
  ["Congo, Rep.", "CG"],
  ["Swaziland", "SZ"],
  ["Eswatini", "SZ"],
  ["Macedonia", "MK"],
  ["North Macedonia", "MK"],
  ["Cape Verde", "CV"],
  ["Cabo Verde", "CV"],
  ["East Timor", "TL"],
  ["Timor-Leste", "TL"],
  ["Vatican", "VA"],
  ["Holy See", "VA"],
  ["Hong Kong", "HK"],
  ["Hong Kong SAR, China", "HK"],
  ["Macau", "MO"],
  ["Macao", "MO"],
  ["Taiwan", "TW"],
  ["Micronesia", "FM"],
  ["Micronesia, Fed. Sts.", "FM"],
  ["St Lucia", "LC"],
  ["St. Lucia", "LC"],
  ["Saint Lucia", "LC"],
  ["Saint Kitts", "KN"],
  ["St. Kitts and Nevis", "KN"],
  ["St. Vincent and the Grenadines", "VC"],
  ["Bahamas, The", "BS"],
  ["Gambia", "GM"],
  ["Brunei", "BN"],
  ["Kyrgyz Republic", "KG"],
  ["Slovak Republic", "SK"],
  ["Egypt, Arab Rep.", "EG"],
  ["São Tomé and Principe", "ST"],
  ["Trinidad & Tobago", "TT"],
  ["Åland Islands", "AX"],
  ["Norway", "NO"],
  ["  norway  ", "NO"],
  ["NORWAY", "NO"],
  ["Georgia", "GE"],
  ["Niger", "NE"],
  ["Nigeria", "NG"],
  ["Dominica", "DM"],
  ["Dominican Republic", "DO"],
  ["Ireland", "IE"],
  ["Northern Ireland", "GB"],
];

describe("resolveCountry", () => {
  test.each(expectations)("'%s' resolves to %s", (text, alpha2) => {
    expect(resolveCountry(text)?.alpha2).toBe(alpha2);
  });

  test("accepts ISO alpha-2, alpha-3 and numeric codes in any case, numeric with or without leading zeros", () => {
    expect(resolveCountry("gb")).toEqual({ alpha2: "GB", alpha3: "GBR", numeric: "826", name: "United Kingdom" });
    expect(resolveCountry("GBR")?.alpha2).toBe("GB");
    expect(resolveCountry("826")?.alpha2).toBe("GB");
    expect(resolveCountry("4")?.alpha2).toBe("AF");
    expect(resolveCountry("004")?.alpha2).toBe("AF");
    expect(resolveCountry("prk")?.alpha2).toBe("KP");
  });

  test("Kosovo, which has no ISO code, is XK / XKX", () => {
    expect(resolveCountry("Kosovo")).toMatchObject({ alpha2: "XK", alpha3: "XKX", name: "Kosovo" });
    expect(countryByAlpha2("xk")?.alpha3).toBe("XKX");
  });

  test("a name shared by two countries is not resolved to either", () => {
    expect(resolveCountry("Congo")).toBeUndefined();
    expect(resolveCountry("Korea")).toBeUndefined();
    expect(resolveCountry("Virgin Islands")).toBeUndefined();
    expect(suggestCountry("Congo")).toBe("DR Congo or Republic of the Congo");
    expect(suggestCountry("Korea")).toBe("South Korea or North Korea");
  });

  test("unknown texts resolve to nothing", () => {
    for (const text of ["Atlantis", "", "   ", "XX", "999", "Europe", "Россия"]) expect(resolveCountry(text)).toBeUndefined();
  });

  test("repeated texts give the same answer (memoised)", () => {
    const first = resolveCountry("Burma");
    expect(resolveCountry("Burma")).toBe(first);
    expect(resolveCountry("Atlantis")).toBeUndefined();
    expect(resolveCountry("Atlantis")).toBeUndefined();
  });

  test("every listed country resolves from its own codes and name", () => {
    const countries = allCountries();
    expect(countries.length).toBe(250);
    for (const c of countries) {
      expect(resolveCountry(c.alpha2)).toBe(c);
      expect(resolveCountry(c.alpha3)).toBe(c);
      expect(resolveCountry(c.name)).toBe(c);
      if (c.alpha2 !== "XK") expect(resolveCountry(c.numeric)).toBe(c);
    }
  });
});

describe("suggestCountry", () => {
  test.each([
    ["Untied Kingdom", "United Kingdom"],
    ["Germny", "Germany"],
    ["Frnace", "France"],
    ["Swtizerland", "Switzerland"],
    ["Phillipines", "Philippines"],
  ])("'%s' suggests '%s'", (text, name) => {
    expect(resolveCountry(text)).toBeUndefined();
    expect(suggestCountry(text)).toBe(name);
  });

  test("nothing is suggested for a text that is not close to any country", () => {
    expect(suggestCountry("Atlantis")).toBeUndefined();
    expect(suggestCountry("Q")).toBeUndefined();
    expect(suggestCountry("Acme Trading Ltd")).toBeUndefined();
  });
});

describe("normaliseCountryText", () => {
  test("ignores case, accents, punctuation and 'the'; reads & as and, St as Saint", () => {
    expect(normaliseCountryText("  The  Côte-d'Ivoire ")).toBe("cote divoire");
    expect(normaliseCountryText("St. Kitts & Nevis")).toBe("saint kitts and nevis");
    expect(normaliseCountryText("U.A.E.")).toBe("uae");
  });
});

describe("endonyms typed in multinational CRMs", () => {
  test.each([
    ["Brasil", "BR"],
    ["Deutschland", "DE"],
    ["España", "ES"],
    ["Österreich", "AT"],
    ["KSA", "SA"],
  ])("%s is %s", (text, alpha2) => {
    expect(resolveCountry(text)?.alpha2).toBe(alpha2);
  });
});
