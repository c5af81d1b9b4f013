import { mkdtempSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/runCli";

const dir = mkdtempSync(path.join(os.tmpdir(), "score-customer-"));

describe("score --list screens every party of a deal", () => {
  test("a listed customer with an unlisted end user stops the deal (the customer is screened, not only end user and partner)", () => {
    const watch = path.join(dir, "watch.csv");
    writeFileSync(watch, "Name\nQuillon Fuzzwright Holdings\n");
    const deals = path.join(dir, "deals.csv");
    writeFileSync(
      deals,
      "Deal ID,Customer,End user,Destination country,Product category,End-user category\n" +
        "C-1,Quillon Fuzzwright Holdings,Norwegian Hospital Trust,Norway,Antivirus,Healthcare\n" +
        "C-2,Norwegian Hospital Trust,Norwegian Hospital Trust,Norway,Antivirus,Healthcare\n",
    );
    const r = runCli(["score", deals, "--list", watch, "--list-as-of", "2026-01-01", "--format", "json"]);
    const rows = JSON.parse(r.stdout);
    expect(rows[0]).toMatchObject({ id: "C-1", decision: "stop" });
    expect(rows[0].hardStops.map((h: { message: string }) => h.message).join()).toMatch(/customer 'Quillon Fuzzwright Holdings'/);
    expect(rows[1].decision).not.toBe("stop");
    // The customer who is also the end user is screened once.
    expect(rows[1].screening.map((s: { role: string }) => s.role)).toEqual(["end user"]);
  });
});
