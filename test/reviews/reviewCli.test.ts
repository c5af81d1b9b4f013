import { spawn } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import Papa from "papaparse";
import { contextFor, defaultSettings } from "../../addin/state/paneSettings";
import { scoreTable } from "../../core/intake/scoreTable";
import { basisSourcesOf } from "../../core/reviews/dealBasis";
import { reviewLookup } from "../../core/reviews/reviewLookup";
import type { ReviewRecord } from "../../core/reviews/reviewTypes";
import { shippedRestrictions } from "./reviewKit";
import { cliPath, runCli } from "../register/cliBuild";
import { ROOT, SAMPLE, tempDir } from "../register/registerTestKit";

const run = (dir: string, args: string[]) => runCli(["review", SAMPLE, "--reviews", path.join(dir, "reviews.json"), ...args]);
const records = async (dir: string) => JSON.parse(await fs.readFile(path.join(dir, "reviews.json"), "utf8")).reviews;

describe("export-risk review", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it("refuses an escalation the reviewer approves alone, and writes nothing", async () => {
    const r = run(dir, ["--deal", "D-005", "--decision", "escalate", "--reviewer", "A. Lee", "--approver", "A. Lee"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("export-risk: deal 'D-005' not signed off: The approver must be someone other than the reviewer ('A. Lee')\n");
    await expect(fs.stat(path.join(dir, "reviews.json"))).rejects.toThrow();
  });

  it("records an approved escalation with its condition and the default review date", async () => {
    const r = run(dir, [
      "--deal",
      "D-005",
      "--decision",
      "escalate",
      "--reviewer",
      "A. Lee",
      "--approver",
      "B. Khan",
      "--condition",
      "Post-shipment audit; with the end user; C. Ortiz; 2026-09-30",
      "--date",
      "2026-03-31",
    ]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      "Recorded: deal D-005 escalate, reviewed by A. Lee, approved by B. Khan on 2026-03-31; review by 2026-09-30; 1 condition(s).\n",
    );
    expect(await records(dir)).toEqual([
      expect.objectContaining({
        dealId: "D-005",
        recommended: "escalate",
        conditions: [{ text: "Post-shipment audit; with the end user", owner: "C. Ortiz", due: "2026-09-30" }],
      }),
    ]);
  });

  it("refuses impossible dates, unknown deals and a stop signed off as anything else", () => {
    expect(
      run(dir, ["--deal", "D-002", "--decision", "proceed-with-conditions", "--reviewer", "A", "--date", "2026-02-30"]).stderr,
    ).toContain("Date '2026-02-30' is not a date");
    expect(run(dir, ["--deal", "D-999", "--decision", "proceed", "--reviewer", "A"]).stderr).toContain("no deal with Deal ID 'D-999'");
    expect(run(dir, ["--deal", "D-001", "--decision", "proceed", "--reviewer", "A", "--override-reason", "x"]).stderr).toContain(
      "no sign-off can approve this deal",
    );
  });

  it("going ahead with a deal the methodology declines needs the board's approval reference", async () => {
    const ahead = [
      "--deal",
      "D-003",
      "--decision",
      "decline",
      "--treatment",
      "Mitigate",
      "--reviewer",
      "A. Lee",
      "--approver",
      "Board chair",
    ];
    expect(run(dir, ahead).stderr).toContain("needs the board's approval: give the board approval reference");
    const r = run(dir, [...ahead, "--board-approval", "Board minute 2026/14", "--date", "2026-03-31"]);
    expect(r.stdout).toBe(
      "Recorded: deal D-003 decline, reviewed by A. Lee, approved by Board chair (board: Board minute 2026/14) on 2026-03-31; review by 2026-09-30.\n",
    );
  });

  it("writers adding records at the same time lose none of them", async () => {
    const cli = cliPath();
    const writers = Array.from(
      { length: 6 },
      (_, i) =>
        new Promise<number>((resolve) => {
          const p = spawn(
            process.execPath,
            [
              cli,
              "review",
              SAMPLE,
              "--reviews",
              path.join(dir, "reviews.json"),
              "--deal",
              "D-006",
              "--decision",
              "proceed-with-conditions",
              "--reviewer",
              `Reviewer ${i}`,
              "--date",
              `2026-03-0${i + 1}`,
            ],
            { cwd: ROOT, env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") }, stdio: "ignore" },
          );
          p.on("exit", (code) => resolve(code ?? -1));
        }),
    );
    expect(await Promise.all(writers)).toEqual([0, 0, 0, 0, 0, 0]);
    const reviewers = (await records(dir)).map((r: { reviewer: string }) => r.reviewer).sort();
    expect(reviewers).toEqual(["A. Lee", "A. Lee", ...Array.from({ length: 6 }, (_, i) => `Reviewer ${i}`)]);
    expect((await fs.readdir(dir)).sort()).toEqual(["reviews.json"]);
  });

  it("score --reviews gives each JSON result its review status", () => {
    const r = runCli(["score", SAMPLE, "--format", "json", "--reviews", path.join(dir, "reviews.json")]);
    const byId = new Map(
      (JSON.parse(r.stdout) as { id: string; review: { status: string; approver?: string } }[]).map((x) => [x.id, x.review]),
    );
    expect(byId.get("D-006")).toMatchObject({ status: expect.stringMatching(/^(current|overdue)$/), reviewer: "Reviewer 5" });
    expect(byId.get("D-005")).toMatchObject({ approver: "B. Khan" });
    expect(byId.get("D-007")).toEqual({ status: "none", reasons: [] });
    expect(r.stderr).toMatch(/^Reviews: \d+ current, \d+ overdue, 0 stale/m);
  });

  it("a record made on the command line applies in the task pane, whose restrictions table has no notes", async () => {
    const reviews = (JSON.parse(await fs.readFile(path.join(dir, "reviews.json"), "utf8")) as { reviews: ReviewRecord[] }).reviews;
    const table = shippedRestrictions();
    const bundled = { ...table, rows: table.rows.map(({ note: _note, ...row }) => row) };
    const pane = contextFor({ ...defaultSettings(), restrictions: bundled });
    const rows = Papa.parse<string[]>(await fs.readFile(SAMPLE, "utf8"), { skipEmptyLines: true }).data;
    const lookup = reviewLookup(reviews, basisSourcesOf(pane), "2026-04-01");
    const d005 = scoreTable(rows, pane).results.find((r) => r.id === "D-005")!;
    expect(lookup(d005)).toMatchObject({ status: "current", record: { approver: "B. Khan" } });
  });

  it("score --reviews ends each CSV row with the review columns, and the table has a Review column; without it, neither", () => {
    const reviews = path.join(dir, "reviews.json");
    const csv = Papa.parse<Record<string, string>>(runCli(["score", SAMPLE, "--format", "csv", "--reviews", reviews]).stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.meta.fields!.slice(-5)).toEqual(["review_status", "decision_taken", "approved_by", "review_by", "review_reasons"]);
    const byId = new Map(csv.data.map((row) => [row.id, row]));
    expect(byId.get("D-005")).toMatchObject({
      review_status: expect.stringMatching(/^(current|overdue)$/),
      decision_taken: "escalate",
      approved_by: "B. Khan",
      review_by: "2026-09-30",
    });
    expect(byId.get("D-007")).toMatchObject({ review_status: "none", decision_taken: "", approved_by: "", review_reasons: "" });
    const failed = csv.data.find((row) => row.status === "error")!;
    expect(failed).toMatchObject({
      review_status: "none",
      review_reasons: "The row could not be scored: fix its input before signing it off",
    });

    const table = runCli(["score", SAMPLE, "--reviews", reviews]).stdout.split("\n");
    expect(table[0]).toMatch(/^Row\s+ID\s+Inherent\s+Residual\s+Decision\s+Review\s+Top driver \/ error$/);
    expect(table.find((l) => /^\d+\s+D-005\s/.test(l))).toMatch(/\sescalate\s+(current|overdue)\s+\S/);
    expect(table.find((l) => /^\d+\s+D-007\s/.test(l))).toMatch(/\snot signed off\s+\S/);
    expect(table.find((l) => /ERROR \(provisional/.test(l))).toMatch(/\snot assessed\s/);

    expect(runCli(["score", SAMPLE, "--format", "csv"]).stdout.split("\n")[0]).not.toMatch(/review/);
    expect(runCli(["score", SAMPLE]).stdout.split("\n")[0]).not.toMatch(/Review/);
  });
});

describe("export-risk review refuses a deal it cannot key a record to", () => {
  it("two rows with one Deal ID, and a row that could not be scored", async () => {
    const dir = await tempDir();
    const deals = path.join(dir, "deals.csv");
    await fs.writeFile(
      deals,
      [
        "Deal ID,Customer,End user,End-user category,Destination country,Product category",
        "X-1,Acme,Acme,Telecom operator,Norway,Network security monitoring",
        "X-1,Acme 2,Acme 2,Telecom operator,Norway,Network security monitoring",
        "X-2,Beta,Beta,Telecom operator,Atlantis,Network security monitoring",
      ].join("\n") + "\n",
    );
    const run = (id: string) =>
      runCli(["review", deals, "--reviews", path.join(dir, "r.json"), "--deal", id, "--decision", "proceed", "--reviewer", "A"]);
    expect(run("X-1").stderr).toBe(
      `export-risk: ${deals}: Deal ID 'X-1' is on rows 2, 3: give each deal its own ID before signing it off\n`,
    );
    expect(run("X-2").stderr).toMatch(/row 4 \(deal 'X-2'\) could not be scored \(.*Atlantis.*\): fix it before signing it off/);
    await expect(fs.stat(path.join(dir, "r.json"))).rejects.toThrow();
  });
});

describe("export-risk review reads the deal as score does", () => {
  const crm = path.join(ROOT, "examples", "crm-export.csv");
  const mapping = path.join(ROOT, "examples", "crm-export.mapping.csv");

  it("signs off a CRM export's deal through its --mapping, and score --mapping --reviews finds the record current", async () => {
    const dir = await tempDir();
    const reviews = path.join(dir, "r.json");
    const signOff = (extra: string[]) =>
      runCli(["review", crm, "--reviews", reviews, "--deal", "006Qy00000A1x04", "--decision", "stop", "--reviewer", "A. Lee", ...extra]);
    // Without the mapping the CRM's picklist value is not read, so the deal cannot be signed off.
    const unmapped = signOff([]);
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toMatch(/row 5 \(deal '006Qy00000A1x04'\) could not be scored \(End-user type 'Manufacturing'/);
    await expect(fs.stat(reviews)).rejects.toThrow();

    const mapped = signOff(["--mapping", mapping, "--date", "2026-11-30"]);
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toBe("Recorded: deal 006Qy00000A1x04 stop, reviewed by A. Lee on 2026-11-30.\n");
    // A column left out is still said; the columns read are not listed for one deal.
    expect(mapped.stderr).toMatch(/^Columns not read: Opportunity Name \(B\): not used, as your mapping file says;/);
    expect(mapped.stderr).not.toMatch(/Columns read:/);

    const scored = runCli(["score", crm, "--mapping", mapping, "--reviews", reviews, "--format", "json"]);
    const byId = new Map((JSON.parse(scored.stdout) as { id: string; review: { status: string } }[]).map((r) => [r.id, r.review]));
    expect(byId.get("006Qy00000A1x04")).toMatchObject({ status: "current", decisionTaken: "stop", reviewer: "A. Lee" });
  });

  it("refuses to write its records over the deal table or a file it reads", async () => {
    const dir = await tempDir();
    const copy = path.join(dir, "mapping.csv");
    await fs.copyFile(mapping, copy);
    const before = await fs.readFile(copy, "utf8");
    const r = runCli([
      "review",
      crm,
      "--mapping",
      copy,
      "--reviews",
      copy,
      "--deal",
      "006Qy00000A1x04",
      "--decision",
      "stop",
      "--reviewer",
      "A",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--reviews '${copy}' is the input file '${copy}'`);
    expect(await fs.readFile(copy, "utf8")).toBe(before);
  });
});

describe("a lock left by a writer that died", () => {
  it("is broken after a minute, and the record is written", async () => {
    const dir = await tempDir();
    const lock = path.join(dir, "reviews.json.lock");
    await fs.writeFile(lock, "99999\n");
    const old = new Date(Date.now() - 5 * 60_000);
    await fs.utimes(lock, old, old);
    const r = run(dir, ["--deal", "D-006", "--decision", "proceed-with-conditions", "--reviewer", "A. Lee", "--date", "2026-03-02"]);
    expect(r.stderr).toBe("");
    expect((await records(dir)).length).toBe(1);
    expect((await fs.readdir(dir)).sort()).toEqual(["reviews.json"]);
  });
});
