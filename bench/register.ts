/**
 * Board register speed and memory, in process (the whole command, scoring included, is measured
 * by bench/streaming.ts: 100,000 deals < 8 s and < 400 MB). Each size runs in child processes so
 * the peak RSS is that run's own. "register" and "sheet" write as the command line does (rows as
 * sheet XML, native zip checksums); the floor is an exceljs streaming write of the same Register
 * cells without styles, measured in the same run. Prints figures; asserts nothing.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { scoreTable } from "../core/intake/scoreTable";
import { buildRegister } from "../core/register/buildRegister";
import { writeRegisterSheet } from "../core/register/sheets/writeRegisterSheet";
import { registerColumns, registerRowValues } from "../core/register/registerColumns";
import { registerInputFromScore } from "../core/register/registerInputFromScore";
import { registerLabels } from "../core/register/registerLabels";
import { createContext } from "../core/scoring/createContext";
import { makeRows } from "./scoring";
import { sheetXmlRows } from "../cli/output/sheetXmlRows";
import { enableNativeZipCrc } from "../cli/output/nativeZipCrc";

/** register: the whole workbook; sheet: the styled Register sheet alone; floor: its cells, unstyled. */
type Mode = "register" | "sheet" | "floor";

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

interface ChildResult {
  mode: Mode;
  deals: number;
  scoreMs: number;
  writeMs: number;
  /** CPU time (user + system) of the write: steadier than wall time on a shared machine. */
  writeCpuMs: number;
  bytes: number;
  maxRssMb: number;
}

async function child(mode: Mode, n: number, file: string): Promise<ChildResult> {
  const ctx = createContext();
  const t0 = performance.now();
  const scored = scoreTable(makeRows(n), ctx);
  const t1 = performance.now();
  const input = registerInputFromScore(scored, ctx, { title: "Benchmark register", asOf: "2026-03-31", generator: "bench" });
  const cpu0 = process.cpuUsage();
  if (mode !== "floor") enableNativeZipCrc();
  if (mode === "register") {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    await buildRegister(book, input, { pause, rows: sheetXmlRows });
    await book.commit();
  } else if (mode === "sheet") {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    await writeRegisterSheet(book, input, { pause, rows: sheetXmlRows });
    await book.commit();
  } else {
    // The floor: the Register sheet's header and values, streamed without styles or anything else.
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
    const sheet = book.addWorksheet("Register");
    sheet.addRow(registerColumns.map((c) => c.header)).commit();
    const labels = registerLabels(ctx.profile);
    let k = 0;
    for (const r of input.results) {
      if (r.status !== "ok") continue;
      sheet.addRow(registerRowValues(r.row, r.deal, r.assessment, labels, ctx.profile, false)).commit();
      if (++k % 2000 === 0) await pause();
    }
    sheet.commit();
    await book.commit();
  }
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const bytes = (await fs.stat(file)).size;
  return {
    mode,
    deals: n,
    scoreMs: t1 - t0,
    writeMs: t2 - t1,
    writeCpuMs: (cpu.user + cpu.system) / 1000,
    bytes,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function runChild(mode: Mode, n: number, file: string): ChildResult {
  const out = execFileSync(process.execPath, ["--import", "tsx", __filename, "--child", mode, String(n), file], {
    cwd: path.join(__dirname, ".."),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as ChildResult;
}

export async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "register-bench-"));
  console.log("## Board register (core/register/buildRegister, streaming WorkbookWriter)");
  try {
    const sizes = (process.env.REGISTER_BENCH_SIZES ?? "10000,100000").split(",").map(Number);
    for (const n of sizes) {
      // Floor, sheet and register alternate, twice each; the better of two runs is reported for each.
      const runs: ChildResult[] = [];
      for (let k = 0; k < 2; k++) {
        runs.push(runChild("floor", n, path.join(dir, `floor-${n}.xlsx`)));
        runs.push(runChild("sheet", n, path.join(dir, `sheet-${n}.xlsx`)));
        runs.push(runChild("register", n, path.join(dir, `register-${n}.xlsx`)));
      }
      const best = (mode: string) => runs.filter((r) => r.mode === mode).sort((a, b) => a.writeMs - b.writeMs)[0];
      const reg = best("register");
      const floor = best("floor");
      const sheet = best("sheet");
      const total = (reg.scoreMs + reg.writeMs) / 1000;
      console.log(
        `${n.toLocaleString("en-GB")} deals: scoring ${reg.scoreMs.toFixed(0)} ms + register ${reg.writeMs.toFixed(0)} ms (CPU ${reg.writeCpuMs.toFixed(0)} ms) = ${total.toFixed(2)} s` +
          `${n === 100_000 ? " [whole command: < 8 s]" : ""}; peak RSS ${reg.maxRssMb.toFixed(0)} MB${n === 100_000 ? " [whole command: < 400 MB]" : ""}; file ${(reg.bytes / 1e6).toFixed(1)} MB`,
      );
      console.log(
        `   floor (same Register cells, no styles, streaming): ${floor.writeMs.toFixed(0)} ms (CPU ${floor.writeCpuMs.toFixed(0)} ms), peak RSS ${floor.maxRssMb.toFixed(0)} MB, ` +
          `file ${(floor.bytes / 1e6).toFixed(1)} MB; whole workbook / floor = ${(reg.writeMs / floor.writeMs).toFixed(2)}x wall, ${(reg.writeCpuMs / floor.writeCpuMs).toFixed(2)}x CPU`,
      );
      console.log(
        `   styled Register sheet alone: ${sheet.writeMs.toFixed(0)} ms (CPU ${sheet.writeCpuMs.toFixed(0)} ms); ` +
          `Register sheet / floor = ${(sheet.writeMs / floor.writeMs).toFixed(2)}x wall, ${(sheet.writeCpuMs / floor.writeCpuMs).toFixed(2)}x CPU [aim <= 1.5x]`,
      );
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  child(process.argv[3] as Mode, Number(process.argv[4]), process.argv[5]).then(
    (r) => process.stdout.write(JSON.stringify(r) + "\n"),
    (e) => {
      process.stderr.write(String((e as Error).stack ?? e));
      process.exit(1);
    },
  );
} else if (require.main === module) {
  void main();
}
