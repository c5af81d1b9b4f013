import { mkdtempSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { runCli, sharedData } from "../support/runCli";

const SDN = path.join(sharedData, "sanctions", "ofac-sdn-2024-05-03.csv");
const dir = mkdtempSync(path.join(os.tmpdir(), "screen-columns-"));
function file(name: string, text: string): string {
  const f = path.join(dir, name);
  writeFileSync(f, text);
  return f;
}

describe("screen: which column is screened, and why", () => {
  test("a data row holding 'Distributor' in a Type column never becomes the header: no name heading is exit 2, not a silent clear", () => {
    const f = file("type-column.csv", "Firm,Type,Country\nIntellexa S.A.,Distributor,Greece\nAcme Widgets,Distributor,US\n");
    const r = runCli(["screen", f, "--list", SDN, "--format", "json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no column of names found/);
    expect(r.stdout).toBe("");
  });

  test("a Type column reading 'Distributor' under a real header is not screened; the names column is", () => {
    const f = file("named.csv", "Company,Type,Country\nIntellexa S.A.,Distributor,Greece\n");
    const r = runCli(["screen", f, "--list", SDN, "--format", "json"]);
    expect(r.status).toBe(1);
    const rows = JSON.parse(r.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ row: 2, column: "Company", name: "Intellexa S.A.", status: "match" });
  });

  test("on a deal pipeline every name column is screened (customer, end user, reseller), so a listed reseller is not missed", () => {
    const f = file(
      "pipeline.csv",
      "Deal ID,Customer,End user,Destination country,Product category,Reseller,Partner country\n" +
        "D-1,Acme Bank plc,Acme Bank plc,Greece,Firewall,Intellexa S.A.,Greece\n" +
        "D-2,Cytrox AD,Northwind Ltd,Norway,Antivirus,,\n",
    );
    const r = runCli(["screen", f, "--list", SDN, "--format", "json"]);
    expect(r.status).toBe(1);
    const rows = JSON.parse(r.stdout) as Array<{ row: number; column: string; name: string; status: string }>;
    const at = (row: number, column: string) => rows.find((x) => x.row === row && x.column === column);
    expect(at(2, "Reseller")).toMatchObject({ name: "Intellexa S.A.", status: "match" });
    expect(at(3, "Customer")).toMatchObject({ name: "Cytrox AD", status: "match" });
    expect(at(3, "End user")).toMatchObject({ name: "Northwind Ltd" });
    // An empty reseller cell on a direct deal is not an error when other names are on the row.
    expect(rows.filter((x) => x.status === "error")).toEqual([]);
    expect(r.stderr).toMatch(
      /Screening columns 'Customer' \(column B, customer.*'End user' \(column C, end user.*'Reseller' \(column F, partner, country from 'Partner country'\)/,
    );
    expect(r.stderr).toMatch(/header row 1 \(row 1 is the first non-blank row\)/);
  });

  test("CSV output names the column of each screened name", () => {
    const f = file("csvout.csv", "Reseller,Country\nIntellexa S.A.,Greece\n");
    const r = runCli(["screen", f, "--list", SDN, "--format", "csv"]);
    expect(r.stdout.split("\n")[0]).toMatch(/^row,column,name,status,/);
    expect(r.stdout.split("\n")[1]).toMatch(/^2,Reseller,Intellexa S\.A\.,match,/);
  });

  test("a title row above a several-column header is allowed and reported", () => {
    const f = file("titled.csv", "Partners to screen Q4\n\nPartner name,Country\nIntellexa S.A.,Greece\n");
    const r = runCli(["screen", f, "--list", SDN, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ row: 4, column: "Partner name" });
    expect(r.stderr).toMatch(/header row 3/);
  });

  test("an empty file and a header-only file are exit 2 with a clear message, never a clean run", () => {
    for (const [name, text] of [
      ["empty.csv", ""],
      ["header-only.csv", "Name,Country\n"],
    ]) {
      const r = runCli(["screen", file(name, text), "--list", SDN]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/no names to screen/);
    }
  });
});
