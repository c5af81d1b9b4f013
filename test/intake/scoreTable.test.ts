import { scoreTable, TableError } from "../../core/intake/scoreTable";
import { createContext } from "../../core/scoring/createContext";
import { mapHeaders } from "../../core/intake/detectHeader";

const ctx = createContext();

describe("scoreTable", () => {
  test("headers match regardless of case, spacing and punctuation, with synonyms", () => {
    expect(
      mapHeaders(["REF", "destination  country", "Product", "End-user category", "Reseller", "Contract clauses", "Distributor country"]),
    ).toEqual(["id", "country", "capability", "endUserType", "partnerName", "mitigations", "partnerCountry"]);
    expect(mapHeaders(["Opportunity", "Ship-to Country", "Solution", "Deal Value (GBP)", "Partner Name (Reseller)", "Notes"])).toEqual([
      "id",
      "country",
      "capability",
      "value",
      "partnerName",
      null,
    ]);
    // With a Capability column, Product is the product name.
    expect(mapHeaders(["Capability", "Product", "Country"])).toEqual(["capability", "product", "country"]);
    // "End user" holds the type when there is no type column, and the name when there is.
    expect(mapHeaders(["Country", "Capability", "End user"])[2]).toBe("endUserType");
    expect(mapHeaders(["Country", "Capability", "End user", "Customer type"]).slice(2)).toEqual(["endUserName", "endUserType"]);
  });

  test("a table as Excel hands it over: numbers, booleans, blanks and blank rows", () => {
    const rows = [
      ["Deal ID", "Country", "Capability", "Customer type", "Partner", "Partner type", "Due diligence", "Controls", "Value"],
      ["A1", "Germany", "Antivirus", "Enterprise", null, "", "", "", 1000],
      [null, "", "", null, null, "", "", "", null],
      ["A2", 826, "Facial recognition", "Police", "Atlas", "Reseller", true, "audit rights;\nhr clause", "£1,200,000"],
      ["A3", "Atlantis", "Spyware", "Police", "", "", false, "", ""],
    ];
    const t = scoreTable(rows, ctx);
    expect(t.results.map((r) => [r.row, r.id, r.status])).toEqual([
      [2, "A1", "ok"],
      [4, "A2", "ok"],
      [5, "A3", "error"],
    ]);
    const a2 = t.results[1];
    if (a2.status !== "ok") throw new Error("A2 should score");
    expect(a2.deal.country).toBe("GB");
    expect(a2.deal.partnerDueDiligence).toBe("done");
    expect(a2.deal.mitigations).toEqual(["audit-rights", "hr-clause"]);
    expect(a2.deal.value).toBe(1_200_000);
  });

  test("an unknown value is an error naming the column and value, with the closest valid one", () => {
    const t = scoreTable(
      [
        ["Country", "Product category", "End-user category", "Red flags"],
        ["Germny", "Forensix", "Polcie", "re-export; bribery"],
      ],
      ctx,
    );
    const r = t.results[0];
    if (r.status !== "error") throw new Error("should be an error");
    const byCol = Object.fromEntries(r.errors.map((e) => [e.column, e]));
    expect(byCol["Country"].message).toMatch(/'Germny' is not recognised - did you mean 'Germany'/);
    expect(byCol["Product category"].message).toMatch(/did you mean 'Device forensics/);
    expect(byCol["End-user category"].message).toMatch(/did you mean 'Law enforcement'/);
    // An unrecognised red flag is no error: it counts as 'other concern', with a warning.
    expect(byCol["Red flags"]).toBeUndefined();
    expect(r.warnings?.map((w) => [w.column, w.value])).toEqual([["Red flags", "bribery"]]);
  });

  test("free text that contains a known name is read as it, and text naming two entries is read as the riskier, with a warning", () => {
    const rows = [
      ["Country", "Capability", "Customer type", "Clauses"],
      ["France", "Lawful Interception (LI)", "State-owned telecom operator", "Human rights clause signed; audit rights agreed"],
      ["France", "Mobile forensics toolkit", "Police force", ""],
      ["France", "Firewall with DPI", "Enterprise", ""],
    ];
    const [a, b, c] = scoreTable(rows, ctx).results;
    expect(a.status === "ok" && [a.deal.capability, a.deal.endUserType, a.deal.mitigations]).toEqual([
      "interception",
      "state-telecom",
      ["hr-clause", "audit-rights"],
    ]);
    expect(b.status === "ok" && [b.deal.capability, b.deal.endUserType]).toEqual(["forensics", "law-enforcement"]);
    expect(c.status === "ok" && c.deal.capability).toBe("content-filtering");
    expect(c.warnings?.[0].message).toMatch(/could mean .*Web and content filtering.* or .*Firewalls.*read as the riskier/);
  });

  test("one bad row never stops the other rows", () => {
    const rows = [
      ["Country", "Capability"],
      ["Iran", "Firewall"],
      ["Nowhere", "Firewall"],
      ["Norway", "Firewall"],
    ];
    const t = scoreTable(rows, ctx);
    expect(t.results.map((r) => r.status)).toEqual(["ok", "error", "ok"]);
  });

  test("a title block above the header is skipped and row numbers stay true to the sheet", () => {
    const rows = [["Q3 pipeline export"], [], ["Ref", "Destination", "Capability"], ["X1", "France", "SIEM"]];
    const t = scoreTable(rows, ctx);
    expect(t.mapping.headerRow).toBe(2);
    expect(t.results[0].row).toBe(4);
  });

  test("a table without country and capability columns is a clear error", () => {
    expect(() =>
      scoreTable(
        [
          ["Name", "Amount"],
          ["x", 1],
        ],
        ctx,
      ),
    ).toThrow(TableError);
    expect(() =>
      scoreTable(
        [
          ["Name", "Amount"],
          ["x", 1],
        ],
        ctx,
      ),
    ).toThrow(/needs columns for 'Country'.*'Capability'/);
    expect(() => scoreTable([], ctx)).toThrow(/empty/);
  });

  test("a blank end-user type is scored as not disclosed", () => {
    const t = scoreTable(
      [
        ["Country", "Capability", "End user type"],
        ["France", "SIEM", ""],
      ],
      ctx,
    );
    const r = t.results[0];
    expect(r.status === "ok" && r.deal.endUserType).toBe("unknown");
  });

  test("keepBlankRows keeps one output per input row for spilling", () => {
    const t = scoreTable([["Country", "Capability"], ["France", "SIEM"], [], ["Spain", "VPN"]], ctx, { keepBlankRows: true });
    expect(t.rowsOut.map((r) => (r ? r.row : null))).toEqual([2, null, 4]);
  });

  test("every result records the methodology and the reference data behind it", () => {
    const t = scoreTable(
      [
        ["Country", "Capability"],
        ["France", "SIEM"],
      ],
      ctx,
    );
    expect(t.methodology).toBe("techUK-2014@2");
    expect(t.provenance.map((p) => p.id)).toEqual(expect.arrayContaining(["wgi-2024", "iso-3166-countries", "restrictions-default"]));
    for (const p of t.provenance) expect(p.asOf).toMatch(/^\d{4}/);
  });
});

describe("competing columns", () => {
  test("a second Country column is an error naming both columns, not a column silently ignored", () => {
    const rows = [
      ["Deal", "Country", "Capability", "Destination country"],
      ["D1", "Germany", "Firewall", "North Korea"],
    ];
    expect(() => scoreTable(rows, ctx)).toThrow(TableError);
    expect(() => scoreTable(rows, ctx)).toThrow(/Columns 'Country' \(B\) and 'Destination country' \(D\) all give the country/);
  });

  test("two end-user type columns compete; a product column beside a capability column does not", () => {
    expect(() =>
      scoreTable(
        [
          ["Country", "Capability", "Customer type", "Industry"],
          ["Germany", "Firewall", "Enterprise", "Government"],
        ],
        ctx,
      ),
    ).toThrow(/'Customer type' \(C\) and 'Industry' \(D\)/);
    expect(
      scoreTable(
        [
          ["Country", "Capability", "Product"],
          ["Germany", "Firewall", "FW-9000"],
        ],
        ctx,
      ).results[0].status,
    ).toBe("ok");
  });
});
