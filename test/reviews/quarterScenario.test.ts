import { promises as fs } from "fs";
import * as path from "path";
import { runCli } from "../register/cliBuild";
import { readWithOpenpyxl, tempDir, type PySheet } from "../register/registerTestKit";
import { csv, DEALS, writeFile } from "./lifecycleKit";
import { shippedRestrictions } from "./reviewKit";

/** Rows below the Changes sheet's header, as [change, deal, before, now, cause]. */
function changeRows(sheet: PySheet): string[][] {
  const header = sheet.rows.findIndex((r) => r[0]?.[0] === "Change");
  return sheet.rows.slice(header + 1).map((r) => [0, 1, 3, 4, 5].map((i) => String(r[i]?.[0] ?? "")));
}

describe("a register built twice, a quarter apart", () => {
  let dir: string;
  let changes: string[][];
  let notes: string[];
  let dashboard: string[];

  beforeAll(async () => {
    dir = await tempDir();
    const q1 = await writeFile(dir, "q1.csv", csv([DEALS["T-1"], DEALS["D-1"], DEALS["K-1"], DEALS["N-1"], DEALS["E-1"]]));
    // Next quarter: N-1 edited (now an interception product), D-1 dropped, A-1 added.
    const nordicEdited = DEALS["N-1"].map((v, i) => (i === 5 ? "Communications interception" : v));
    const q2 = await writeFile(dir, "q2.csv", csv([DEALS["T-1"], DEALS["K-1"], nordicEdited, DEALS["E-1"], DEALS["A-1"]]));
    // A newer restrictions table: an arms embargo on Brazil (T-1's destination).
    const table = shippedRestrictions();
    table.asOf = "2026-06-15";
    table.rows = [...table.rows, { ...table.rows.find((r) => r.measure === "arms-embargo")!, country: "BR" }];
    const restrictions = await writeFile(dir, "restrictions-2026-06.json", JSON.stringify(table));

    const first = runCli(["register", q1, "-o", path.join(dir, "q1.xlsx"), "--as-of", "2026-03-31", "--prepared-by", "Export Compliance"]);
    expect(first.stderr).toContain("Wrote");

    // E-1 signed off during the quarter, at whatever the methodology recommends for it now.
    const scored = JSON.parse(runCli(["score", q2, "--format", "json", "--restrictions", restrictions]).stdout) as {
      id: string;
      decision: string;
    }[];
    const e1 = scored.find((r) => r.id === "E-1")!.decision;
    const reviews = path.join(dir, "reviews.json");
    const signed = runCli([
      "review",
      q2,
      "--reviews",
      reviews,
      "--restrictions",
      restrictions,
      "--deal",
      "E-1",
      "--decision",
      e1,
      "--reviewer",
      "A. Lee",
      "--approver",
      "B. Khan",
      "--date",
      "2026-05-20",
      "--condition",
      "Post-shipment verification visit; C. Ortiz; 2026-07-15",
    ]);
    expect(signed.stderr).toBe("");

    const second = runCli([
      "register",
      q2,
      "-o",
      path.join(dir, "q2.xlsx"),
      "--as-of",
      "2026-06-30",
      "--previous",
      path.join(dir, "q1.xlsx"),
      "--restrictions",
      restrictions,
      "--reviews",
      reviews,
      "--prepared-by",
      "Export Compliance",
    ]);
    expect(second.stderr).toContain("Wrote");
    // The command names the register it compares with before it scores a row.
    expect(second.stderr).toContain(`Comparing with '${path.join(dir, "q1.xlsx")}': register as of 2026-03-31, `);
    const book = readWithOpenpyxl(path.join(dir, "q2.xlsx"));
    const sheet = (name: string) => book.sheets.find((s) => s.name === name)!;
    const all = changeRows(sheet("Changes"));
    changes = all;
    notes = sheet("Changes")
      .rows.slice(0, 8)
      .map((r) => String(r[0]?.[0] ?? ""));
    dashboard = sheet("Dashboard").rows.map((r) => String(r[0]?.[0] ?? ""));
  });

  it("lists exactly the added, dropped, edited, newly restricted and newly signed-off deals", () => {
    const byDeal = new Map<string, Set<string>>();
    for (const [, deal, , , cause] of changes) byDeal.set(deal, new Set([...(byDeal.get(deal) ?? []), cause]));
    expect(Object.fromEntries([...byDeal].map(([d, c]) => [d, [...c]]))).toEqual({
      "A-1": ["the deal's input"],
      "D-1": ["the deal's input"],
      "N-1": ["the deal's input"],
      "T-1": ["the reference data"],
      "E-1": ["a review"],
    });
  });

  it("lists nothing else: every row, with what it was and what it is now", () => {
    expect(changes).toEqual([
      ["New deal", "A-1", "", "proceed-with-conditions, residual medium", "the deal's input"],
      ["Removed deal", "D-1", "proceed, residual low", "", "the deal's input"],
      ["Decision", "N-1", "Proceed with conditions", "Escalate", "the deal's input"],
      ["Decision", "T-1", "Escalate", "Stop", "the reference data"],
      ["Residual band", "N-1", "Medium", "High", "the deal's input"],
      ["Residual band", "T-1", "High", "Critical", "the reference data"],
      ["Inherent band", "N-1", "Medium", "High", "the deal's input"],
      ["Inherent band", "T-1", "High", "Critical", "the reference data"],
      ["Sign-off", "E-1", "Not signed off", expect.stringMatching(/ \(A\. Lee, approved by B\. Khan, 2026-05-20\)$/), "a review"],
    ]);
  });

  it("says what kind of change each is", () => {
    const kinds = (deal: string) => changes.filter((c) => c[1] === deal).map((c) => c[0]);
    expect(kinds("A-1")).toEqual(["New deal"]);
    expect(kinds("D-1")).toEqual(["Removed deal"]);
    expect(kinds("E-1")).toEqual(["Sign-off"]);
    expect(kinds("N-1")).toContain("Decision");
    expect(changes.find((c) => c[1] === "T-1" && c[0] === "Decision")?.[3]).toBe("Stop");
    expect(changes.find((c) => c[1] === "E-1")).toEqual([
      "Sign-off",
      "E-1",
      "Not signed off",
      expect.stringMatching(/ \(A\. Lee, approved by B\. Khan, 2026-05-20\)$/),
      "a review",
    ]);
  });

  it("heads the sheet with the register-wide differences", () => {
    expect(notes).toEqual(
      expect.arrayContaining([
        "Changes since the previous register 'q1.xlsx'",
        "1 new deal, 1 removed, 3 deals with a changed decision, band or sign-off.",
        "Register as of: was 2026-03-31; now 2026-06-30",
        expect.stringMatching(new RegExp(`^Reference data: was .*${shippedRestrictions().asOf}; now .*2026-06-15$`)),
      ]),
    );
  });

  it("opens the dashboard with the summary of what changed", () => {
    expect(dashboard).toContain(
      "\u2022 Since the register of 2026-03-31: 1 new deal, 1 removed, 3 deals with a changed decision, band or sign-off; updated: reference data (see Changes).",
    );
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
});
