import { spawnSync } from "child_process";
import { existsSync, rmSync, statSync } from "fs";
import path from "path";

const root = path.join(__dirname, "..", "..");
const register = path.join(root, "out", "risk-register.xlsx");

test("npm run demo succeeds on the sample's deliberate input errors and writes the board register", () => {
  rmSync(register, { force: true });
  const r = spawnSync(process.execPath, [path.join(root, "scripts", "demo.js")], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, EXPORT_RISK_DEMO_NO_BUILD: "1" },
  });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("provisional");
  expect(existsSync(register)).toBe(true);
  expect(statSync(register).size).toBeGreaterThan(10_000);
}, 120_000);
