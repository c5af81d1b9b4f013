import { createHash } from "crypto";
import { readFileSync } from "fs";
import * as path from "path";
import { version } from "../../package.json";
import { runCli } from "../register/cliBuild";
import { readWithOpenpyxl, tempDir, type PyBook, type PySheet } from "../register/registerTestKit";
import { csv, DEALS, writeFile } from "./lifecycleKit";

const text = (sheet: PySheet) => sheet.rows.map((r) => r.map(([v]) => (v === null ? "" : String(v))));

describe("a register built with decision records, exchange rates and an audit line", () => {
  let book: PyBook;
  let deals: string;
  let scored: { id: string; decision: string }[];
  const sheet = (name: string) => book.sheets.find((s) => s.name === name)!;

  beforeAll(async () => {
    const dir = await tempDir();
    deals = await writeFile(dir, "pipeline.csv", csv([DEALS["T-1"], DEALS["K-1"], DEALS["N-1"], DEALS["E-1"], DEALS["A-1"]]));
    scored = JSON.parse(runCli(["score", deals, "--format", "json"]).stdout);
    const reviews = path.join(dir, "reviews.json");
    const k1 = scored.find((r) => r.id === "K-1")!.decision;
    // K-1 signed off as escalate against the methodology's lower decision: an override.
    expect(
      runCli([
        "review",
        deals,
        "--reviews",
        reviews,
        "--deal",
        "K-1",
        "--decision",
        "escalate",
        "--reviewer",
        "A. Lee",
        "--approver",
        "B. Khan",
        "--override-reason",
        "Operator shares data with the security service",
        "--date",
        "2026-03-01",
        "--condition",
        "Annual audit of lawful-intercept use; C. Ortiz; 2026-04-15",
      ]).stderr,
    ).toBe("");
    expect(k1).not.toBe("escalate");
    // A-1 signed off long ago: overdue by the register's date.
    expect(
      runCli([
        "review",
        deals,
        "--reviews",
        reviews,
        "--deal",
        "A-1",
        "--decision",
        scored.find((r) => r.id === "A-1")!.decision,
        "--reviewer",
        "A. Lee",
        "--date",
        "2024-01-10",
      ]).stderr,
    ).toBe("");
    const fx = await writeFile(dir, "rates.csv", "from,to,rate,date\nUSD,GBP,0.8,2026-03-31\nEUR,GBP,0.85,2026-03-31\n");
    const out = path.join(dir, "register.xlsx");
    const r = runCli([
      "register",
      deals,
      "-o",
      out,
      "--as-of",
      "2026-03-31",
      "--reviews",
      reviews,
      "--fx",
      fx,
      "--prepared-by",
      "Export Compliance Team",
    ]);
    expect(r.stderr).toContain("Wrote");
    book = readWithOpenpyxl(out);
  });

  it("fills the owner and sign-off columns from the records, and says which deals are not signed off", () => {
    const rows = text(sheet("Register"));
    const header = rows[0];
    const col = (h: string) => header.indexOf(h);
    const row = (id: string) => rows.find((r) => r[0] === id)!;
    const k1 = row("K-1");
    expect(
      [col("Treatment"), col("Due date"), col("Status"), col("Next review"), col("Decision taken"), col("Approved by")].map((i) => k1[i]),
    ).toEqual(["Mitigate", "2026-04-15T00:00:00", "In progress", "2026-09-01T00:00:00", "Escalate", "B. Khan"]);
    expect(k1[col("Review status")]).toBe("Current (review by 2026-09-01)");
    expect(row("A-1")[col("Review status")]).toBe("Overdue: review was due 2025-01-10");
    expect(row("T-1")[col("Review status")]).toBe("Not signed off");
    expect(row("T-1")[col("Status")]).toBe("Awaiting approval");
  });

  it("opens the dashboard with a summary written from the figures and the value at stake in one currency", () => {
    const rows = text(sheet("Dashboard")).map((r) => r.filter(Boolean));
    const firstLines = rows.slice(0, 12).map((r) => r[0]);
    expect(firstLines).toContain("Summary for the board");
    expect(firstLines).toContain("\u2022 5 deals assessed as of 2026-03-31.");
    expect(firstLines).toContain(
      "\u2022 Sign-off: 1 current; 3 awaiting sign-off (never signed off, or changed since); 1 review overdue; 1 override of the methodology; 1 condition due within 30 days or past due.",
    );
    // Escalated, declined or stopped deals' value in GBP at the given rates, whatever the methodology version decides.
    const value: Record<string, number> = { "T-1": 300000 * 0.8, "K-1": 40000, "N-1": 50000, "E-1": 250000 * 0.8, "A-1": 70000 * 0.85 };
    const risky = scored.filter((r) => ["escalate", "decline", "stop"].includes(r.decision)).reduce((n, r) => n + value[r.id], 0);
    expect(firstLines).toContain(`\u2022 Value at stake in stopped, declined and escalated deals: GBP ${risky.toLocaleString("en-GB")}.`);
    expect(rows.find((r) => r[0] === "Value at stake by decision (in GBP at the rates of 2026-03-31)")).toBeDefined();
  });

  it("names the end user, not the account, in the top risks", () => {
    const rows = text(sheet("Dashboard"));
    const at = rows.findIndex((r) => r[0] === "Deal ID" && r[1] === "End user");
    expect(at).toBeGreaterThan(0);
    const names = rows.slice(at + 1, at + 6).map((r) => r[1]);
    expect(names).toEqual(expect.arrayContaining(["Brazilian Army Signals", "Ministry of Interior"]));
    expect(names).not.toContain("Planalto Defesa");
  });

  it("lists overrides, overdue reviews and conditions due on the dashboard", () => {
    const rows = text(sheet("Dashboard")).map((r) => r.filter(Boolean));
    expect(rows).toContainEqual(["Overrides of the methodology (1)"]);
    expect(rows.find((r) => r[0] === "K-1" && r[2]?.includes("Operator shares data"))).toBeDefined();
    expect(rows).toContainEqual(["Overdue reviews (1)"]);
    expect(rows).toContainEqual(["K-1", "Savannah Telecom", "Annual audit of lawful-intercept use - C. Ortiz, due 2026-04-15"]);
  });

  it("prints the dashboard at a fixed scale so its page breaks hold", () => {
    expect(sheet("Dashboard")).toMatchObject({ fitToPage: false, scale: expect.any(Number) });
  });

  it("records the audit line on the Read me: who, when, which tool, and each input file's SHA-256", () => {
    const rows = text(sheet("Read me"));
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value("Prepared by")).toBe("Export Compliance Team");
    expect(value("Tool")).toBe(`export-risk ${version}`);
    expect(value("Run at")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const sha = createHash("sha256").update(readFileSync(deals)).digest("hex");
    expect(rows).toContainEqual(["pipeline.csv", "Deals", sha]);
    expect(rows.find((r) => r[1] === "Sign-off records")?.[0]).toBe("reviews.json");
    expect(rows.find((r) => r[1] === "Exchange rates")?.[0]).toBe("rates.csv");
    expect(value("Exchange rates")).toBe(
      "1 EUR = 0.85 GBP; 1 USD = 0.8 GBP (rates of 2026-03-31, from rates.csv); used for the value at stake on the Dashboard only",
    );
  });

  it("embeds its snapshot in a hidden sheet", () => {
    expect(sheet("Snapshot").state).toBe("hidden");
    expect(text(sheet("Snapshot"))[0]).toEqual(["export-risk register snapshot", "2"]);
    expect(sheet("Snapshot").maxRow).toBe(2 + 5);
  });
});

describe("the audit line with a shipped methodology named by id", () => {
  it("lists only real files with their hashes", async () => {
    const dir = await tempDir();
    const deals = await writeFile(dir, "pipeline.csv", csv([DEALS["K-1"]]));
    const out = path.join(dir, "register.xlsx");
    const r = runCli(["register", deals, "-o", out, "--as-of", "2026-03-31", "--methodology", "techUK-2014@1"]);
    expect(r.stderr).toContain("Wrote");
    const rows = text(readWithOpenpyxl(out).sheets.find((s) => s.name === "Read me")!);
    expect(rows.filter((row) => /^[0-9a-f]{64}$/.test(row[2] ?? "")).map((row) => row.slice(0, 2))).toEqual([["pipeline.csv", "Deals"]]);
  });
});
