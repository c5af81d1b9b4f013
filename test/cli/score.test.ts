import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, sharedData } from "../support/runCli";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "export-risk-score-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("export-risk score", () => {
  test("scores the sample pipeline as JSON: one object per non-blank row, in order, exit 1 for the rows with errors", () => {
    const r = runCli(["score", "examples/sample-pipeline.csv", "--format", "json"]);
    expect(r.status).toBe(1);
    const rows = JSON.parse(r.stdout);
    expect(rows.length).toBe(68);
    expect(rows[0]).toMatchObject({ row: 2, id: "D-001", status: "ok", methodology: "techUK-2014@2" });
    expect(rows.map((x: { row: number }) => x.row)).toEqual([...rows.map((x: { row: number }) => x.row)].sort((a, b) => a - b));
    const bad = rows.filter((x: { status: string }) => x.status === "error");
    expect(bad.map((x: { id: string }) => x.id)).toEqual(["D-063", "D-064", "D-065", "D-066"]);
    for (const b of bad) for (const e of b.errors) expect(e.column && e.message).toBeTruthy();
    const ok = rows.find((x: { id: string }) => x.id === "D-067");
    expect(ok.inherent).toEqual({ severity: 1, likelihood: 1, score: 1, band: "low" });
    expect(ok.data["wgi-2024"].licence).toMatch(/CC BY 4.0/);
    expect(r.stderr).toMatch(/4 of 68 rows have input errors/);
  });

  test("exit 0 when every row scores", async () => {
    const f = path.join(dir, "good.csv");
    await fs.writeFile(f, "Ref,Country,Capability\nA,Norway,Antivirus\n");
    const r = runCli(["score", f, "--format", "json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].decision).toBe("proceed");
  });

  test("reads .xlsx, picks the deal sheet, and honours --sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["This workbook holds Q4 deals"]);
    const ws = wb.addWorksheet("Deals");
    ws.addRow(["Deal ID", "Destination", "Product category", "Customer type"]);
    ws.addRow(["X-1", "Iran", "Firewall", "Enterprise"]);
    const f = path.join(dir, "deals.xlsx");
    await wb.xlsx.writeFile(f);
    const r = runCli(["score", f, "--format", "json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ id: "X-1", decision: "stop" });
    const missing = runCli(["score", f, "--sheet", "Pipeline"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no sheet 'Pipeline' - its sheets are: 'Notes', 'Deals'/);
  });

  test("xlsx cells as Excel stores them: formulas (their results), rich text, hyperlinks, dates and numbers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Pipeline");
    ws.addRow(["Deal ID", "Destination", "Capability", "Customer type", "Close date", "Value"]);
    const r = ws.addRow(["F-1", null, null, "Police", new Date(Date.UTC(2026, 11, 31)), 250000]);
    r.getCell(2).value = { formula: '"Ger"&"many"', result: "Germany" };
    r.getCell(3).value = { richText: [{ text: "Facial " }, { font: { bold: true }, text: "recognition" }] };
    ws.addRow([
      "F-2",
      { text: "France", hyperlink: "https://example.invalid/fr" },
      "SIEM",
      "Bank",
      null,
      { formula: "1000*2", result: 2000 },
    ]);
    const f = path.join(dir, "cells.xlsx");
    await wb.xlsx.writeFile(f);
    const out = runCli(["score", f, "--format", "json"]);
    // stderr carries only the column report (every column read and not read), no error.
    expect(out.stderr).toMatch(
      /^Columns read: .*Customer type \(D\) -> End user type; Value \(F\) -> Value\nColumns not read: Close date \(E\)[^\n]*\n$/,
    );
    const [a, b] = JSON.parse(out.stdout);
    expect(a).toMatchObject({ id: "F-1", status: "ok" });
    expect(a.drivers.join("\n")).toMatch(/Facial, voice and biometric identification[\s\S]*Destination: Germany/);
    expect(b).toMatchObject({ id: "F-2", status: "ok" });
  });

  test("usage and file errors exit 2 with a message that says what to do", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["score", path.join(dir, "nope.csv")], /does not exist/],
      [["score", "package.json"], /not a supported table file/],
      [["score"], /missing required argument/],
      [["score", "examples/sample-pipeline.csv", "--format", "pdf"], /Allowed choices/],
    ];
    const noHeader = path.join(dir, "noheader.csv");
    await fs.writeFile(noHeader, "Name,Amount\nx,1\n");
    cases.push([["score", noHeader], /No recognisable header row.*Country.*Capability/]);
    const badProfile = path.join(dir, "profile.json");
    await fs.writeFile(badProfile, JSON.stringify({ id: "x" }));
    cases.push([
      ["score", "examples/sample-pipeline.csv", "--methodology", badProfile],
      /profile\.json: Methodology profile is not valid: 'version'/,
    ]);
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr).toMatch(message);
    }
  });

  test("--out writes the file whole; csv output keeps formula-like text inert", async () => {
    const out = path.join(dir, "scores.csv");
    const r = runCli(["score", "examples/sample-pipeline.csv", "--format", "csv", "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const text = await fs.readFile(out, "utf8");
    expect(text.split("\n")[0]).toMatch(/^row,id,status,inherent_severity/);
    expect(text.split("\n")[0]).toMatch(
      /,decision,hard_stops,flags,drivers,path_to_proceed,errors,methodology,as_at,warnings,provisional_decision$/,
    );
    expect(text).toContain("No clause improves the decision: Red line RL1");
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("--restrictions replaces the shipped sanctions table, and a broken one is refused with the row named", async () => {
    const table = JSON.parse(await fs.readFile(path.join(__dirname, "..", "..", "core", "reference", "restrictions.json"), "utf8"));
    table.id = "board-2027-01";
    table.asOf = "2027-01-15";
    table.rows.push({
      country: "Egypt",
      measure: "arms-embargo",
      authority: "company-policy",
      instrument: "Board decision of 2027-01-10",
      source: "Board minute 2027-01-10",
      from: "2027-01-10",
      to: null,
    });
    const mine = path.join(dir, "restrictions.json");
    await fs.writeFile(mine, JSON.stringify(table));
    const deals = path.join(dir, "egypt.csv");
    await fs.writeFile(deals, "Country,Capability,End user type\nEgypt,Spyware,Police\n");
    const before = JSON.parse(runCli(["score", deals, "--format", "json"]).stdout)[0];
    const after = JSON.parse(runCli(["score", deals, "--format", "json", "--restrictions", mine, "--as-at", "2027-02-01"]).stdout)[0];
    expect(before.decision).not.toBe("stop");
    expect(after.decision).toBe("stop");
    expect(after.hardStops[0].message).toMatch(
      /Arms embargo on Egypt \(company policy: Board decision of 2027-01-10, in force since 2027-01-10\)/,
    );
    expect(after.asAt).toBe("2027-02-01");
    expect(after.restrictionsApplied).toEqual([expect.objectContaining({ instrument: "Board decision of 2027-01-10", verified: false })]);
    // The same table as at a date before the board's decision: no stop.
    const earlier = JSON.parse(runCli(["score", deals, "--format", "json", "--restrictions", mine, "--as-at", "2027-01-09"]).stdout)[0];
    expect(earlier.decision).not.toBe("stop");
    expect(Object.values(after.data).map((d: any) => d.asOf)).toContain("2027-01-15");
    table.rows.push({
      country: "Atlantis",
      measure: "arms-embargo",
      authority: "UK",
      instrument: "x",
      source: "https://y",
      from: null,
      to: null,
    });
    await fs.writeFile(mine, JSON.stringify(table));
    const bad = runCli(["score", deals, "--restrictions", mine]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(new RegExp(`row ${table.rows.length}, country: .*Atlantis`));
  });

  test("--list screens end users and partners: an uncleared match stops the deal until a reviewer clears it", async () => {
    const sdn = path.join(sharedData, "sanctions", "ofac-sdn-2024-05-03.csv");
    const watch = path.join(dir, "watch.csv");
    await fs.writeFile(watch, "name,aliases,programme,id\nBlue Falcon Trading FZE,Blue Falcon,Internal watch list,W-1\n");
    const deals = path.join(dir, "screened.csv");
    await fs.writeFile(
      deals,
      "Deal ID,Country,Capability,End user type,End user,Partner,Partner type\nS1,Greece,Spyware,Police,Hellenic Police,Cytrox AD,Reseller\nS2,Germany,Antivirus,Enterprise,Contoso GmbH,Blue Falcon Trading,Distributor\nS3,Germany,Antivirus,Enterprise,Contoso GmbH,,\n",
    );
    const r = runCli(["score", deals, "--format", "json", "--list", sdn, "--list", watch]);
    const [s1, s2, s3] = JSON.parse(r.stdout);
    expect(s1.decision).toBe("stop");
    expect(s1.hardStops[0].message).toMatch(/partner 'Cytrox AD' matches .*CYTROX.* on OFAC SDN .*CYBER2/);
    expect(s1.screening.find((p: any) => p.role === "partner").hits[0]).toMatchObject({
      source: "OFAC SDN",
      programme: expect.stringMatching(/CYBER2/),
    });
    expect(s2.decision).toBe("stop");
    expect(s3.decision).toBe("proceed");
    expect(Object.keys(s3.data)).toEqual(expect.arrayContaining(["screening-list:OFAC SDN"]));

    const decisions = path.join(dir, "decisions.json");
    const decided = runCli([
      "decide",
      "--decisions",
      decisions,
      "--name",
      "Blue Falcon Trading",
      "--entry",
      "W-1",
      "--list",
      watch,
      "--status",
      "cleared",
      "--by",
      "A. Reviewer",
      "--reason",
      "Different company, checked registry",
      "--date",
      "2026-11-20",
    ]);
    expect(decided.status).toBe(0);
    const again = JSON.parse(runCli(["score", deals, "--format", "json", "--list", sdn, "--list", watch, "--decisions", decisions]).stdout);
    expect(again[1].decision).toBe("proceed");
    expect(again[1].screening.find((p: any) => p.role === "partner").hits[0].decision).toMatchObject({
      status: "cleared",
      by: "A. Reviewer",
    });
  });

  test("the table format ends with a summary and the data behind the scores", () => {
    const r = runCli(["score", "examples/sample-pipeline.csv"]);
    expect(r.stdout).toMatch(/68 deals: \d+ stop, \d+ decline, \d+ escalate/);
    expect(r.stdout).toMatch(/Methodology techUK-2014@2/);
    expect(r.stdout).toMatch(/Worldwide Governance Indicators, 2024 update, as of 2023/);
  });

  test("the table shows the path to proceed under escalate and decline rows, and only there", () => {
    const lines = runCli(["score", "examples/sample-pipeline.csv"]).stdout.split("\n");
    const rowOf = (id: string) => lines.findIndex((l) => new RegExp(`^\\d+\\s+${id}\\s`).test(l));
    expect(lines[rowOf("D-003")]).toMatch(/\bdecline\b/);
    expect(lines[rowOf("D-003") + 1]).toMatch(/^ {2}Path: No clause improves the decision: Red line RL1/);
    expect(lines[rowOf("D-005")]).toMatch(/\bescalate\b/);
    expect(lines[rowOf("D-005") + 1]).toMatch(/^ {2}Path: To reach proceed with conditions: add Audit rights/);
    expect(lines[rowOf("D-002")]).toMatch(/proceed-with-conditions/);
    expect(lines[rowOf("D-002") + 1]).not.toMatch(/Path:/);
  });

  test("--methodology techUK-2014@1 reproduces version 1 (no decline; every row recorded as @1) while the default declines by red line", () => {
    const v1 = JSON.parse(runCli(["score", "examples/sample-pipeline.csv", "--format", "json", "--methodology", "techUK-2014@1"]).stdout);
    expect(new Set(v1.map((x: { methodology: string }) => x.methodology))).toEqual(new Set(["techUK-2014@1"]));
    expect(v1.some((x: { decision: string }) => x.decision === "decline")).toBe(false);
    const v2 = JSON.parse(runCli(["score", "examples/sample-pipeline.csv", "--format", "json"]).stdout);
    expect(v2.find((x: { id: string }) => x.id === "D-003").decision).toBe("decline");
    expect(v1.find((x: { id: string }) => x.id === "D-003").decision).toBe("escalate");
    expect(v2.find((x: { id: string }) => x.id === "D-003").pathToProceed.blockers[0].code).toBe("red-line");
  });

  test("--methodology with an id that is neither shipped nor a file is refused, naming the shipped ids", () => {
    const r = runCli(["score", "examples/sample-pipeline.csv", "--methodology", "techUK-2014@7"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/'techUK-2014@7' is not a shipped profile \(shipped: techUK-2014@2, techUK-2014@1\)/);
  });
});
