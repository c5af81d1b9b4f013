import fc from "fast-check";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { assess, band, country, explain, methodology, pathtoproceed, score, scoretable } from "../../functions/functions";
import { resetFunctionsSettings, setFunctionsSettings } from "../../functions/context";
import { asError, installCustomFunctionsStandIn, StandInError } from "./customFunctionsStandIn";

beforeAll(installCustomFunctionsStandIn);
afterEach(resetFunctionsSettings);

const header = [
  "Deal ID",
  "Destination country",
  "Product category",
  "End-user category",
  "Partner type",
  "Partner country",
  "Contract clauses",
  "Red flags",
];
const table = (...rows: unknown[][]) => [[...header], ...rows];

describe("SCORETABLE", () => {
  test("spills residual score, band, decision and top driver per deal by default", () => {
    const out = scoretable(
      table(["D1", "Germany", "Firewall", "Enterprise", "", "", "", ""], ["D2", "Iran", "Spyware", "Police", "", "", "", ""]),
    ) as unknown[][];
    expect(out).toHaveLength(2);
    expect(out[0].slice(0, 3)).toEqual([2, "Low", "Proceed"]);
    expect(out[0][3]).toMatch(/^Capability: Firewalls/);
    expect(out[1].slice(1, 3)).toEqual(["Critical", "Stop"]);
    expect(out[1][3]).toMatch(/^Hard stop: Comprehensive sanctions on Iran/);
  });

  test("a bad row shows its own error and its provisional decision in its own row, and the other rows are still scored", () => {
    const out = scoretable(
      table(["D1", "Atlantis", "Firewall", "Enterprise", "", "", "", ""], ["D2", "Germany", "Firewall", "Enterprise", "", "", "", ""]),
    ) as unknown[][];
    expect(out[0]).toEqual([
      "Not assessed (provisional escalate): Destination country: Country 'Atlantis' is not recognised - use a country name or ISO code",
      "",
      "Provisional: Escalate",
      "",
    ]);
    expect(out[1].slice(0, 3)).toEqual([2, "Low", "Proceed"]);
  });

  test("an error cell (#N/A, #REF!) fails its own row as an input error naming the column; the other rows are scored", () => {
    const out = scoretable(
      table(
        ["D1", new StandInError("#N/A"), "Firewall", "Enterprise", "", "", "", ""],
        ["D2", "Germany", "Firewall", "Enterprise", "", "", "", ""],
        ["D3", "Iran", "Spyware", "Police", "", "", "", { type: "Error", basicValue: "#REF!" }],
      ),
    ) as unknown[][];
    expect(out[0]).toEqual(["Not scored: Destination country holds #N/A - correct the cell in the table", "", "", ""]);
    expect(out[1].slice(0, 3)).toEqual([2, "Low", "Proceed"]);
    expect(out[2][0]).toBe("Not scored: Red flags holds #REF! - correct the cell in the table");
  });

  test("an error cell in the header row is a table error saying which column", () => {
    const e = asError(
      scoretable([
        [...header.slice(0, 7), new StandInError("#REF!")],
        ["D1", "Germany", "Firewall", "Enterprise"],
      ]),
    );
    expect(e.message).toBe("The header row has error cells (column H holds #REF!) - give every column a header");
  });

  test("blank rows give blank rows, so the spill stays aligned with the deals", () => {
    const out = scoretable(
      table(["D1", "Germany", "Firewall", "Enterprise"], ["", "", null, ""], [null, null], ["D3", "Kenya", "Forensics", "Police"]),
    ) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out[1]).toEqual(["", "", "", ""]);
    expect(out[2]).toEqual(["", "", "", ""]);
    expect(typeof out[3][0]).toBe("number");
  });

  test("rows above a header found lower down stay blank, so row k of the spill is row k+1 of the range", () => {
    const out = scoretable([["Pipeline Q3"], [""], header, ["D1", "Germany", "Firewall", "Enterprise"]]) as unknown[][];
    expect(out).toEqual([
      ["", "", "", ""],
      ["", "", "", ""],
      [2, "Low", "Proceed", expect.stringMatching(/^Capability/)],
    ]);
  });

  test("outputs chooses the columns, by name in one cell or one per cell of a range", () => {
    const rows = table([
      "D1",
      "Egypt",
      "Intrusion",
      "Police",
      "Reseller",
      "UAE",
      "audit-rights; technical-limits; licence-control; post-shipment",
      "re-export",
    ]);
    const one = scoretable(rows, [["inherent score, inherent band, score, deal id, flags"]]) as unknown[][];
    const many = scoretable(rows, [
      ["inherent score", "inherent band"],
      ["Residual score", "ID"],
      ["flags", null],
    ]) as unknown[][];
    expect(one).toEqual(many);
    const [inherent, inherentBand, residual, id, flags] = one[0];
    expect(id).toBe("D1");
    expect(inherent).toBe(25);
    expect(inherentBand).toBe("Critical");
    // Four strong clauses (weight 4) lower likelihood by two steps: 5 x 3.
    expect(residual).toBe(15);
    expect(flags).toBe("Export licence may be required");
  });

  test("hard stops and all drivers can be spilled as text", () => {
    const out = scoretable(table(["D1", "Myanmar", "Spyware", "Military"]), [["hard stops", "drivers"]]) as string[][];
    expect(out[0][0]).toMatch(/Interception and monitoring restrictions on Myanmar.* \| Arms embargo on Myanmar/);
    expect(out[0][1].split(" | ").length).toBeGreaterThan(4);
  });

  test("an unknown output name is refused with the names that work", () => {
    const e = asError(scoretable(table(["D1", "Germany", "Firewall", "Enterprise"]), [["score, colour"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      "Output 'colour' is not known - use any of: residual score, residual band, decision, top driver, inherent score, inherent band, hard stops, flags, drivers, deal id, path to proceed, red lines",
    );
  });

  test("a range without a deal table header is refused with the columns it needs", () => {
    const e = asError(
      scoretable([
        ["Name", "Amount"],
        ["x", 1],
      ]),
    );
    expect(e.message).toMatch(/^No recognisable header row: a deal table needs columns for 'Country'.* and 'Capability'/);
  });

  test("a header with no deals below it, and an empty range, are refused", () => {
    expect(asError(scoretable([header])).message).toMatch(/no deals below it/);
    expect(asError(scoretable([])).message).toMatch(/^The table is empty/);
  });

  test("a result too big for Excel (about 5 MB) is refused with advice, not sent", () => {
    const rows = table(
      ...Array.from({ length: 10_000 }, (_, i) => [
        `D${i}`,
        "Myanmar",
        "Spyware",
        "Military",
        "Reseller",
        "UAE",
        "",
        "re-export, prior-misuse",
      ]),
    );
    const e = asError(scoretable(rows, [["drivers, hard stops, top driver"]]));
    expect(e.message).toMatch(
      /^The result would be about \d+\.\d MB, above what Excel accepts from one formula \(5 MB\) - choose fewer outputs/,
    );
  });
});

describe("ASSESS, SCORE and EXPLAIN", () => {
  test("ASSESS spills one row: inherent score and band, residual score and band, decision, hard stops, top drivers", () => {
    const out = assess("firewall", "Germany", "enterprise") as unknown[][];
    expect(out).toEqual([[2, "Low", 2, "Low", "Proceed", "", expect.stringMatching(/^Capability: Firewalls.* \| .* \| /)]]);
  });

  test("a formula and a table row with the same words get the same result", () => {
    const args: Parameters<typeof assess> = [
      "IMSI catcher",
      "Egypt",
      "Police",
      "Reseller",
      "UAE",
      [["hr-clause"], ["audit-rights"]],
      [["re-export"]],
      "national",
    ];
    const row = table(["D1", "Egypt", "IMSI catcher", "Police", "Reseller", "UAE", "hr-clause, audit-rights", "re-export"]);
    row[0].push("Scale");
    row[1].push("national");
    const fromTable = scoretable(row, [["inherent score, inherent band, score, band, decision, hard stops"]]) as unknown[][];
    const fromFormula = assess(...args) as unknown[][];
    expect(fromFormula[0].slice(0, 6)).toEqual(fromTable[0]);
    expect(score(...args)).toBe(fromTable[0][2]);
  });

  test("a red line makes the decision Decline and names the red line (spyware for an intelligence service in Egypt)", () => {
    const out = assess("intrusion", "Egypt", "intelligence service") as string[][];
    expect(out[0][4]).toBe("Decline");
    expect(out[0][6]).toMatch(/^Red line RL1: /);
    const spill = scoretable(table(["D1", "Egypt", "Spyware", "Intelligence service", "", "", "", ""]), [
      ["decision, red lines, path"],
    ]) as string[][];
    expect(spill[0][0]).toBe("Decline");
    expect(spill[0][1]).toBe("RL1: Surveillance for state security in a high-risk destination");
    expect(spill[0][2]).toMatch(/^No clause improves the decision: Red line RL1 /);
  });

  test("PATHTOPROCEED names the fewest clauses for each better decision, and agrees with SCORETABLE's path column", () => {
    expect(pathtoproceed("forensics", "Egypt", "bank")).toBe(
      "To reach proceed with conditions: add Audit rights and Right to suspend support, updates and licences and to terminate on misuse; " +
        "to reach proceed: add Audit rights, Right to suspend support, updates and licences and to terminate on misuse, Technical limits on use and Exporter keeps licence keys and updates",
    );
    const spill = scoretable(table(["D1", "Egypt", "Forensics", "Bank", "", "", "", ""]), [["path to proceed"]]) as string[][];
    expect(spill[0][0]).toBe(pathtoproceed("forensics", "Egypt", "bank"));
    expect(pathtoproceed("firewall", "Germany", "enterprise")).toBe("Already proceed: no further clause needed");
    expect(asError(pathtoproceed("teleportation", "Germany", "enterprise")).message).toMatch(/teleportation/);
  });

  test("a hard stop makes the decision Stop and says which rule applies", () => {
    const out = assess("intrusion", "Iran", "law enforcement") as string[][];
    expect(out[0][4]).toBe("Stop");
    expect(out[0][5]).toMatch(/^Comprehensive sanctions on Iran/);
  });

  test("mitigations never raise the score, and a list may come from a range or one cell", () => {
    const without = score("forensics", "Kenya", "police") as number;
    const withTwo = score("forensics", "Kenya", "police", "", "", [["technical-limits, audit-rights"]]) as number;
    const fromRange = score("forensics", "Kenya", "police", "", "", [["technical-limits"], ["audit-rights"]]) as number;
    expect(withTwo).toBeLessThan(without);
    expect(fromRange).toBe(withTwo);
  });

  test("bad input is #VALUE! with a message saying what is wrong and how to fix it", () => {
    expect(asError(score("drone jamming", "Germany", "enterprise")).message).toMatch(/^Capability 'drone jamming' is not recognised - /);
    expect(asError(assess("firewall", "", "enterprise")).message).toBe(
      "Country is missing - give the destination country name or ISO code",
    );
    expect(asError(explain("firewall", "Germany", "Acadmic")).message).toBe(
      "End-user type 'Acadmic' is not recognised - did you mean 'Academic or research institution'?",
    );
    const twoProblems = asError(assess("firewall", "Atlantis", "Polcie"));
    expect(twoProblems.code).toBe("#VALUE!");
    expect(twoProblems.message).toMatch(/Country 'Atlantis' is not recognised.*; End-user type 'Polcie' is not recognised/);
  });

  test("an unrecognised red flag raises the score as 'other concern' instead of failing", () => {
    const plain = score("forensics", "Kenya", "police") as number;
    expect(score("forensics", "Kenya", "police", "", "", null as never, [["bribery"]])).toBeGreaterThan(plain);
  });

  test("a blank end-user type counts as not disclosed (5 of 5)", () => {
    expect(explain("firewall", "Germany", "")).toMatch(/End user: Not disclosed - 5 of 5/);
  });

  test("EXPLAIN lists every driver, most important first: the red line, then the capability", () => {
    const text = explain("intrusion", "Egypt", "police", "reseller", "UAE", null as never, [["re-export"]]) as string;
    const drivers = text.split(" | ");
    expect(drivers[0]).toMatch(/^Red line RL1: /);
    expect(drivers[1]).toMatch(/^Capability: Intrusion software/);
    expect(text).toMatch(/Destination: Egypt - 5 of 5.*Voice and Accountability 10\.8/);
    expect(text).toMatch(/Partners: reseller 3/);
    expect(text).toMatch(/Re-export risk/i);
  });
});

test("ASSESS: an error cell in the mitigations range is #VALUE! naming it, never a deal without that mitigation", () => {
  const e = asError(assess("firewall", "Germany", "enterprise", "", "", [["hr-clause"], [new StandInError("#N/A")]]));
  expect([e.code, e.message]).toEqual(["#VALUE!", "Mitigations holds #N/A - correct the cell, then the deal is assessed"]);
});

describe("COUNTRY", () => {
  test("gives the destination score by default and the figures behind it on request", () => {
    expect(country("Germany")).toBe(1);
    expect(country("DE", "score")).toBe(1);
    expect(country("Germany", "va")).toBe(94.6);
    expect(country("Germany", "Rule of law")).toBe(92.9);
    expect(country("Germany", "year")).toBe(2023);
    expect(country("Egypt")).toBe(5);
    expect(country("Egypt", "basis")).toBe("World Bank WGI 2023");
  });

  test("lists the restrictions in force on a destination with their instruments, or says none are", () => {
    expect(country("Iran", "sanctions")).toMatch(
      /^Comprehensive sanctions \(US: Executive Order 12959 of 6 May 1995 .*31 CFR Part 560, in force since 1995-05-07\); .*Interception and monitoring restrictions \(UK: The Iran \(Sanctions\) Regulations 2023/,
    );
    expect(country("Germany", "sanctions")).toMatch(/^None in force on \d{4}-\d{2}-\d{2}$/);
  });

  test("a country without World Bank figures scores 5 and its missing figures are #N/A with the reason", () => {
    expect(country("Antarctica")).toBe(5);
    const e = asError(country("Antarctica", "va"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("No Voice and Accountability percentile for Antarctica in the World Bank governance figures (WGI)");
  });

  test("an unknown country or field is #VALUE! with a suggestion", () => {
    expect(asError(country("Germny")).message).toMatch(/^Country 'Germny' is not recognised - did you mean 'Germany'\?/);
    expect(asError(country("Germany", "gdp")).message).toBe(
      "Field 'gdp' is not known - use one of: score, va, rl, year, sanctions, name, basis",
    );
    expect(asError(country("")).code).toBe("#VALUE!");
  });
});

describe("the asAt argument", () => {
  // Police forensics for Hong Kong: the UK extended its China arms embargo to Hong Kong on 2020-07-20.
  const hk = (asAt?: unknown) => assess("forensics", "Hong Kong", "law enforcement", "", "", undefined, undefined, "", asAt) as unknown[][];

  test("assesses as at the date given: restrictions in force then and the WGI year before (the Hong Kong case)", () => {
    expect(hk("2020-07-19")[0][4]).toBe("Escalate");
    expect(hk("2020-11-15")[0][4]).toBe("Stop");
    expect(hk("2020-11-15")[0][5]).toMatch(/^Arms embargo on Hong Kong \(UK: UK arms embargo on mainland China extended to Hong Kong/);
    expect(explain("forensics", "Hong Kong", "law enforcement", "", "", undefined, undefined, "", "2020-11-15")).toContain(
      "Worldwide Governance Indicators 2019",
    );
  });

  test("a date cell (Excel's day number) reads as the same date as the text", () => {
    // 44150 is Excel's day number for 2020-11-15.
    expect(hk(44150)).toEqual(hk("2020-11-15"));
    expect(score("forensics", "Hong Kong", "law enforcement", "", "", undefined, undefined, "", 44150)).toBe(
      score("forensics", "Hong Kong", "law enforcement", "", "", undefined, undefined, "", "2020-11-15"),
    );
  });

  test("the argument wins over the workbook's as-at setting; blank falls back to it", () => {
    setFunctionsSettings({ asAt: "2020-07-19" });
    expect(hk()[0][4]).toBe("Escalate");
    expect(hk("")[0][4]).toBe("Escalate");
    expect(hk("2020-11-15")[0][4]).toBe("Stop");
  });

  test("gives the same result as a table row with the same date in its As at column", () => {
    const row = scoretable(
      [
        ["Deal ID", "Country", "Capability", "End user type", "As at"],
        ["HK1", "Hong Kong", "Device forensics", "Law enforcement", "2020-11-15"],
      ],
      [["decision, hard stops"]],
    ) as unknown[][];
    expect(row[0][0]).toBe(hk("2020-11-15")[0][4]);
    expect(row[0][1]).toBe(hk("2020-11-15")[0][5]);
  });

  test("a date that is not YYYY-MM-DD is #VALUE! saying how to write it (day and month order are never guessed)", () => {
    expect(asError(hk("15/11/2020")).message).toBe("As at '15/11/2020' is not a date - write it as YYYY-MM-DD (for example 2020-11-15)");
    expect(asError(country("Syria", "sanctions", "2020-02-30")).message).toMatch(/^As at '2020-02-30' is not a date/);
    // An error cell is never read as a blank (which would mean today).
    expect(asError(hk(new StandInError("#N/A"))).message).toBe("As at holds #N/A - correct the cell, then the deal is assessed");
    expect(asError(country("Syria", "sanctions", new StandInError("#REF!"))).message).toBe(
      "As at holds #REF! - correct the cell, then the figure is given",
    );
  });

  test("COUNTRY gives the figures and restrictions as at the date: Syria before and after the US programme ended", () => {
    expect(country("Syria", "sanctions", "2024-06-30")).toMatch(/Comprehensive sanctions \(US: Syrian Sanctions Regulations/);
    expect(country("Syria", "sanctions", "2026-12-01")).not.toMatch(/\(US: /);
    expect(country("Syria", "sanctions", "2026-12-01")).toMatch(/Arms embargo \(UK: The Syria \(Sanctions\) \(EU Exit\) Regulations 2019/);
    expect(country("Venezuela", "year", "2012-06-30")).toBe(2011);
  });
});

describe("BAND and METHODOLOGY", () => {
  test("BAND follows the profile's bands at their edges", () => {
    expect([1, 4, 5, 9, 10, 16, 17, 25].map((s) => band(s))).toEqual([
      "Low",
      "Low",
      "Medium",
      "Medium",
      "High",
      "High",
      "Critical",
      "Critical",
    ]);
  });

  test.each([0, 26, 7.5, -3])("BAND refuses %p with the range it accepts", (s) => {
    expect(asError(band(s)).message).toBe(`Score '${s}' is not a risk score - use a whole number from 1 to 25 (severity x likelihood)`);
  });

  test("METHODOLOGY spills the profile and every reference data set with version, date, source and licence", () => {
    const out = methodology() as string[][];
    expect(out[0]).toEqual(["What", "Version", "As of", "Source", "Licence"]);
    expect(out[1].slice(0, 2)).toEqual(["Methodology profile", "techUK-2014@2"]);
    expect(out.some((r) => r[0] === "Worldwide Governance Indicators" && /CC BY 4\.0/.test(r[4]))).toBe(true);
    for (const r of out) expect(r).toHaveLength(5);
  });
});

describe("settings from the task pane", () => {
  test("a profile set by the task pane is what the functions score with, until reset", () => {
    const p = defaultProfile();
    const tuned = {
      ...p,
      destination: { ...p.destination, overrides: [{ country: "DE", score: 5 as const, reason: "Test override" }] },
      bands: p.bands.map((b) => ({ ...b, label: b.label.toUpperCase() })),
    };
    setFunctionsSettings({ profile: tuned });
    expect(country("Germany")).toBe(5);
    expect(country("Germany", "basis")).toBe("Override: Test override");
    expect(band(20)).toBe("CRITICAL");
    resetFunctionsSettings();
    expect(country("Germany")).toBe(1);
    expect(band(20)).toBe("Critical");
  });
});

test("nothing throws: any argument Excel could pass gives a value or a CustomFunctions.Error", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom("Iran", "intrusion", "police", "reseller"),
  );
  const range = fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 });
  fc.assert(
    fc.property(cell, cell, cell, cell, cell, range, range, cell, range, (a, b, c, d, e, f, g, h, t) => {
      const results = [
        assess(a as string, b as string, c as string, d as string, e as string, f, g, h as string, b),
        score(a as string, b as string, c as string, undefined, undefined, undefined, undefined, undefined, h),
        explain(a as string, b as string, c as string),
        country(a as string, b as string, c),
        band(a as number),
        scoretable(t, f),
        scoretable([header, ...t]),
      ];
      for (const r of results) expect(r === undefined).toBe(false);
      return results.every((r) => r instanceof StandInError || typeof r === "number" || typeof r === "string" || Array.isArray(r));
    }),
    { numRuns: 60 },
  );
});
