import { spawn } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "fs";
import * as os from "os";
import * as path from "path";
import { buildCli, root } from "../support/runCli";
import { updateFileLocked } from "../../cli/updateFileLocked";

const dir = mkdtempSync(path.join(os.tmpdir(), "decide-lock-"));
const WRITERS = 8;
const watch = path.join(dir, "watch.csv");
writeFileSync(
  watch,
  "Name,Aliases,Programme,ID\n" + Array.from({ length: WRITERS }, (_, i) => `Concurrent Test Party ${i + 1},,Test,W-${i + 1}\n`).join(""),
);

function decide(decisions: string, i: number): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      path.join(root, "bin", "export-risk.js"),
      "decide",
      "--decisions",
      decisions,
      "--list",
      watch,
      "--as-of",
      "2026-01-01",
      "--name",
      `Concurrent Test Party ${i + 1}`,
      "--entry",
      `W-${i + 1}`,
      "--status",
      "cleared",
      "--by",
      `Reviewer ${i + 1}`,
      "--reason",
      "Parallel writers test",
      "--date",
      "2026-03-01",
    ]);
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe("decisions file under concurrent `decide` runs", () => {
  test(`${WRITERS} decide processes writing one decisions file at once keep every decision`, async () => {
    buildCli();
    const decisions = path.join(dir, "decisions.json");
    const runs = await Promise.all(Array.from({ length: WRITERS }, (_, i) => decide(decisions, i)));
    expect(runs.map((r) => r.code)).toEqual(Array(WRITERS).fill(0));
    const kept = JSON.parse(readFileSync(decisions, "utf8"))
      .decisions.map((d: { entryId: string }) => d.entryId)
      .sort();
    expect(kept).toEqual(Array.from({ length: WRITERS }, (_, i) => `W-${i + 1}`).sort());
    expect(existsSync(`${decisions}.lock`)).toBe(false);
  });

  test("a lock left by a process that no longer runs is taken over, and the update re-reads the file", async () => {
    const file = path.join(dir, "reviews.json");
    writeFileSync(file, "[1]");
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), since: "2026-01-01T00:00:00Z" }));
    await updateFileLocked(file, (current) => JSON.stringify([...JSON.parse(current ?? "[]"), 2]));
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual([1, 2]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  test("a lock held by a live run makes the update wait, then fail with a one-line message naming the file", async () => {
    const file = path.join(dir, "held.json");
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), since: "2026-01-01T00:00:00Z" }));
    await expect(updateFileLocked(file, () => "x", { timeoutMs: 200 })).rejects.toThrow(
      new RegExp(`Cannot update '${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}': another export-risk run holds its lock`),
    );
    expect(existsSync(file)).toBe(false);
  });
});
