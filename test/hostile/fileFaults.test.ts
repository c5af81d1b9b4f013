import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync, spawn } from "child_process";
import { writeFileAtomic } from "../../cli/writeFileAtomic";
import { FileError } from "../../cli/readTableFile";
import { runCli, root } from "../support/runCli";

const dir = mkdtempSync(path.join(os.tmpdir(), "file-faults-"));
const deals = path.join(dir, "deals.csv");
writeFileSync(deals, "Ref,Country,Capability\nA,Norway,Antivirus\n");
/** The failure is one line "export-risk: ..." and the last thing printed (notes such as the columns read may come before). */
const oneLine = (s: string) => {
  const lines = s.trim().split("\n");
  return lines[lines.length - 1].startsWith("export-risk: ") && lines.filter((l) => l.startsWith("export-risk: ")).length === 1;
};

function injected(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, write '/somewhere/.hidden.tmp'`), {
    code,
    syscall: "write",
    path: "/somewhere/.hidden.tmp",
  });
}

describe("file-system faults are one line naming the user's path and the reason", () => {
  test.each([
    ["ENOSPC", /the disk is full/],
    ["EROFS", /read-only/],
    ["EACCES", /no permission to write/],
    ["EPERM", /no permission to write/],
    ["EIO", /input\/output error/],
  ])("%s while writing (injected) is a FileError naming the target, and nothing is left behind", async (code, reason) => {
    const target = path.join(dir, `out-${code}.json`);
    const err = await writeFileAtomic(target, async (tmp) => {
      await fs.writeFile(tmp, "partial");
      throw injected(code);
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileError);
    expect((err as Error).message).toMatch(new RegExp(`^Cannot write '${target.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}': `));
    expect((err as Error).message).toMatch(reason);
    expect((err as Error).message).not.toMatch(/\.tmp|hidden/);
    expect(readdirSync(dir).filter((f) => f.includes(`out-${code}`))).toEqual([]);
  });

  test("--out in a missing folder is exit 2 with one line naming the folder", () => {
    const r = runCli(["score", deals, "--format", "json", "--out", path.join(dir, "no-such-folder", "out.json")]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/no-such-folder' does not exist/);
    expect(r.stderr).not.toMatch(/unexpected|internal fault|\.tmp|at /);
  });

  test("a folder as --out is exit 2 with one line saying it is a folder", () => {
    const r = runCli(["score", deals, "--format", "json", "--out", dir]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/it is a folder, not a file/);
  });

  test("a folder given as a list file or a methodology file is one line saying it is a folder", () => {
    for (const args of [
      ["screen", deals, "--list", dir],
      ["score", deals, "--methodology", dir],
    ]) {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(oneLine(r.stderr)).toBe(true);
      expect(r.stderr).toMatch(/it is a folder, not a file/);
    }
  });

  test("a folder given as --decisions to decide is one line, not a stack trace", () => {
    const r = runCli(["decide", "--decisions", dir, "--name", "X", "--entry", "1", "--status", "cleared", "--by", "A", "--reason", "B"]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).not.toMatch(/unexpected|internal fault| {4}at /);
  });
});

describe("output never replaces an input; the atomic write keeps mode and symlinks", () => {
  test("--out equal to the input file is exit 2 and the input is unchanged", () => {
    const before = readFileSync(deals, "utf8");
    const r = runCli(["score", deals, "--format", "csv", "--out", deals]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is the input file/);
    expect(readFileSync(deals, "utf8")).toBe(before);
  });

  test("--out reaching the input through a symbolic link or another spelling of the path is refused", () => {
    const link = path.join(dir, "link-to-deals.csv");
    symlinkSync(deals, link);
    expect(runCli(["score", deals, "--format", "csv", "--out", link]).status).toBe(2);
    expect(runCli(["score", deals, "--format", "csv", "--out", path.join(dir, ".", "sub", "..", "deals.csv")]).status).toBe(2);
    expect(runCli(["register", deals, "-o", path.join(dir, "x.xlsx"), "--methodology", path.join(dir, "x.xlsx")]).status).toBe(2);
  });

  test("a named pipe as --out is refused and stays a pipe (never replaced by a plain file)", () => {
    const fifo = path.join(dir, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    const r = runCli(["score", deals, "--format", "json", "--out", fifo]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not a regular file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  test("replacing a 0600 file keeps 0600", async () => {
    const target = path.join(dir, "private.json");
    writeFileSync(target, "old");
    chmodSync(target, 0o600);
    await writeFileAtomic(target, (tmp) => fs.writeFile(tmp, "new"));
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readFileSync(target, "utf8")).toBe("new");
  });

  test("writing to a symbolic link writes its target and leaves the link a link", async () => {
    mkdirSync(path.join(dir, "real"), { recursive: true });
    const real = path.join(dir, "real", "results.json");
    writeFileSync(real, "old");
    const link = path.join(dir, "results-link.json");
    symlinkSync(real, link);
    await writeFileAtomic(link, (tmp) => fs.writeFile(tmp, "new"));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe("new");
  });

  test.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ])("%s during a write removes the temp file and leaves no file under the target name", async (signal, code) => {
    const target = path.join(dir, `interrupted-${signal}.json`);
    const script = `
      const { writeFileAtomic } = require(${JSON.stringify(path.join(root, "cli", "writeFileAtomic.ts"))});
      const fs = require("fs");
      writeFileAtomic(${JSON.stringify(target)}, async (tmp) => {
        fs.writeFileSync(tmp, "partial");
        process.stdout.write("writing\\n");
        await new Promise(() => setInterval(() => {}, 1000));
      });`;
    const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { cwd: root });
    await new Promise<void>((resolve) => child.stdout.on("data", () => resolve()));
    expect(readdirSync(dir).some((f) => f.startsWith(`.interrupted-${signal}`))).toBe(true);
    const exit = new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    child.kill(signal as NodeJS.Signals);
    expect(await exit).toBe(code);
    expect(readdirSync(dir).filter((f) => f.includes(`interrupted-${signal}`))).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });
});
