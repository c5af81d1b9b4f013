import { mkdtempSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/runCli";
import { terminalText } from "../../cli/terminalText";
import { runInProcess } from "../fuzz/inProcessCli";

const dir = mkdtempSync(path.join(os.tmpdir(), "terminal-"));
const ESC = "\u001b";
const hostile = `Evil${ESC}]0;pwned${ESC}\\${ESC}[2J${ESC}[31mRed${ESC}[0m\u202eabc\u0007`;

describe("terminal output carries no escape or control sequences from input", () => {
  test("terminalText removes CSI, OSC, C0/C1 controls and bidi overrides, keeping the visible text", () => {
    expect(terminalText(hostile)).toBe("EvilRedabc");
    expect(terminalText("a\tb\nc")).toBe("a\tb\nc");
    expect(terminalText("a\nb", false)).toBe("ab");
  });

  test("score --format table prints a hostile deal id without its escape sequences", () => {
    const f = path.join(dir, "deals.csv");
    writeFileSync(f, `Ref,Country,Capability\n"${hostile}",Norway,Antivirus\n"${hostile}",Nowhereland,Antivirus\n`);
    const r = runCli(["score", f]);
    expect(r.stdout).toContain("EvilRedabc");
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  test("screen --format table and its stderr summary carry no escape sequences from headers or names", () => {
    const f = path.join(dir, "partners.csv");
    const watch = path.join(dir, "watch.csv");
    writeFileSync(watch, "Name\nSomeone Else Entirely\n");
    writeFileSync(f, `Name,Country\n"${hostile}",Greece\n`);
    const r = runCli(["screen", f, "--list", watch, "--as-of", "2026-01-01"]);
    expect(r.status).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  });
});

test("CSV printed to a terminal is stripped of escape sequences; piped, it is byte-exact", async () => {
  const f = path.join(dir, "deals-tty.csv");
  writeFileSync(f, `Ref,Country,Capability\n"${hostile}",Norway,Antivirus\n`);
  const before = Object.getOwnPropertyDescriptor(process.stdout, "isTTY");
  try {
    Object.defineProperty(process.stdout, "isTTY", { value: true, configurable: true });
    const tty = await runInProcess(["score", f, "--format", "csv"]);
    expect(tty.stdout).toContain("EvilRedabc");
    // eslint-disable-next-line no-control-regex
    expect(tty.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    Object.defineProperty(process.stdout, "isTTY", { value: false, configurable: true });
    const piped = await runInProcess(["score", f, "--format", "csv"]);
    expect(piped.stdout).toContain(hostile);
  } finally {
    if (before) Object.defineProperty(process.stdout, "isTTY", before);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
  }
});

describe("dates and titles", () => {
  test.each(["2026-13-45", "2026-02-30", "2026-2-3", "yesterday", "2026-03-01T00:00"])(
    "decide --date %s is refused (exit 2), nothing recorded",
    (date) => {
      const decisions = path.join(dir, `decisions-${date.replace(/\W/g, "")}.json`);
      const r = runCli([
        "decide",
        "--decisions",
        decisions,
        "--name",
        "X",
        "--entry",
        "1",
        "--status",
        "cleared",
        "--by",
        "A",
        "--reason",
        "B",
        "--date",
        date,
      ]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/is not a calendar date in the form YYYY-MM-DD/);
    },
  );

  test("a list date such as --as-of 2026-13-45 is refused, not recorded as the list's date", () => {
    const watch = path.join(dir, "watch-date.csv");
    const names = path.join(dir, "names-date.csv");
    writeFileSync(watch, "Name\nSomeone\n");
    writeFileSync(names, "Name\nAcme\n");
    const r = runCli(["screen", names, "--list", watch, "--as-of", "2026-13-45"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/'2026-13-45' .* is not a calendar date/);
  });

  test("a 100,000-character --title is cut: the page header stays within Excel's 255 characters and the sheets show at most 200", async () => {
    const f = path.join(dir, "deals-title.csv");
    writeFileSync(f, "Ref,Country,Capability\nA,Norway,Antivirus\n");
    const out = path.join(dir, "register.xlsx");
    const r = runCli(["register", f, "-o", out, "--as-of", "2026-03-31", "--title", "T".repeat(100000)]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/the --title has 100000 characters; the register uses its first 199/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const ws of wb.worksheets) {
      expect((ws.headerFooter?.oddHeader ?? "").length).toBeLessThanOrEqual(255);
      ws.eachRow((row) => row.eachCell((c) => expect(String(c.value ?? "").length).toBeLessThan(32767)));
    }
    expect(wb.title.length).toBeLessThanOrEqual(200);
  });
});
