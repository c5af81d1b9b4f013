import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { root, runCli, sharedData } from "../support/runCli";

let dir: string;
let deals: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "export-risk-impact-"));
  deals = path.join(dir, "deals.csv");
  await fs.writeFile(
    deals,
    "Deal ID,Country,End user type,Capability,As at\nN-1,Nicaragua,Police,Device forensics,2026-12-01\nHK-1,Hong Kong,Police,Device forensics,2020-11-15\nHK-2,Hong Kong,Police,Device forensics,2020-06-30\n",
  );
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function tableWith(extra: Record<string, unknown>[], drop: (r: { country: string }) => boolean = () => false): Promise<string> {
  const table = JSON.parse(await fs.readFile(path.join(root, "core", "reference", "restrictions.json"), "utf8"));
  table.rows = [...table.rows.filter((r: { country: string }) => !drop(r)), ...extra];
  const file = path.join(dir, `restrictions-${Math.random().toString(36).slice(2)}.json`);
  await fs.writeFile(file, JSON.stringify(table));
  return file;
}

/** A company-policy arms embargo on Nicaragua, the country named as a name or a code. */
const nicaraguaEmbargo = (country: string) => ({
  country,
  measure: "arms-embargo",
  authority: "company-policy",
  instrument: "Board decision of 2026-11-20",
  source: "Board minute",
  from: "2026-11-20",
  to: null,
});

describe("export-risk data impact", () => {
  test("lists the deals whose decision a new restrictions table would change, and why, changing nothing", async () => {
    const file = await tableWith(
      [nicaraguaEmbargo("Nicaragua")],
      (r) => r.country === "HK" && (r as unknown as { measure: string }).measure === "arms-embargo",
    );
    const r = runCli(["data", "impact", deals, "--restrictions", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("2 of 3 deals would change decision with the proposed data.");
    expect(r.stdout).toContain("Row 2 (N-1): escalate -> stop");
    expect(r.stdout).toContain(
      "now: Hard stop: Arms embargo on Nicaragua (company policy: Board decision of 2026-11-20, in force since 2026-11-20)",
    );
    expect(r.stdout).toContain("Row 3 (HK-1): stop -> escalate");
    expect(r.stdout).toMatch(
      /no longer: Hard stop: Arms embargo on Hong Kong \(UK: UK arms embargo on mainland China extended to Hong Kong/,
    );
    const json = JSON.parse(runCli(["data", "impact", deals, "--restrictions", file, "--format", "json"]).stdout);
    expect(json.changes.map((c: { id: string; before: string; after: string }) => [c.id, c.before, c.after])).toEqual([
      ["N-1", "escalate", "stop"],
      ["HK-1", "stop", "escalate"],
    ]);
  });

  test("the official WGI workbook itself is accepted, and the shipped one changes nothing", () => {
    const r = runCli(["data", "impact", deals, "--wgi", path.join(sharedData, "wgi", "wgidataset-2024.xlsx"), "--format", "json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ deals: 3, changes: [], scoreOnly: 0, inputErrors: 0 });
  }, 60_000);

  test("reads the table row by row and writes each change as it is found; rows it cannot read are said, and an empty table is refused", async () => {
    const file = await tableWith([nicaraguaEmbargo("NI")]);
    const many = path.join(dir, "many.csv");
    const rows = ["Deal ID,Country,End user type,Capability,As at"];
    for (let i = 0; i < 3000; i++) rows.push(`G-${i},Germany,Enterprise,Firewall,2026-12-01`);
    rows.push("N-9,Nicaragua,Police,Device forensics,2026-12-01", "X-9,Atlantis,Police,Device forensics,2026-12-01");
    await fs.writeFile(many, rows.join("\n") + "\n");
    const text = runCli(["data", "impact", many, "--restrictions", file]);
    expect(text.status).toBe(0);
    expect(text.stdout.split("\n").slice(0, 1)).toEqual(["Row 3002 (N-9): escalate -> stop"]);
    expect(text.stdout).toContain("1 of 3002 deals would change decision with the proposed data");
    expect(text.stdout).toContain("1 row has input errors under both data and was not compared");
    const json = JSON.parse(runCli(["data", "impact", many, "--restrictions", file, "--format", "json"]).stdout);
    expect(json).toMatchObject({ deals: 3002, scoreOnly: 0, inputErrors: 1 });
    expect(json.changes.map((c: { row: number }) => c.row)).toEqual([3002]);

    const headerOnly = path.join(dir, "header-only.csv");
    await fs.writeFile(headerOnly, "Deal ID,Country,Capability\n");
    const empty = runCli(["data", "impact", headerOnly, "--restrictions", file]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("there are no deals below the header row");
    expect(empty.stdout).toBe("");
  });

  test("without proposed data, with a table that switches off every hard stop, or a bad --as-at, it says what is wrong", async () => {
    expect(runCli(["data", "impact", deals]).stderr).toContain("Give the proposed data: --restrictions FILE and/or --wgi FILE");
    const empty = await tableWith([], () => true);
    const refused = runCli(["data", "impact", deals, "--restrictions", empty]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('say so with "noCountryHardStops": true');
    const flagged = path.join(dir, "flagged.json");
    await fs.writeFile(flagged, JSON.stringify({ ...JSON.parse(await fs.readFile(empty, "utf8")), noCountryHardStops: true }));
    const warned = runCli(["score", deals, "--restrictions", flagged, "--format", "json"]);
    expect(warned.stderr).toContain(
      "Warning: The restrictions table 'restrictions-default' has no comprehensive-sanctions, interception or arms-embargo row",
    );
    const bad = runCli(["score", deals, "--as-at", "15/11/2020"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--as-at '15/11/2020' is not a date - use YYYY-MM-DD");
  });
});
