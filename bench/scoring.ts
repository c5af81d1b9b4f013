/**
 * Intake + scoring speed on raw rows (issue: >= 500,000 rows/s on one core; 1,000,000 rows < 3 s
 * with memory growing linearly; a 10,000-row table < 30 ms). Prints figures; asserts nothing.
 */
import { createContext } from "../core/scoring/createContext";
import { scoreTable } from "../core/intake/scoreTable";
import { capabilities, countries, endUsers } from "./dealVocabulary";

const header = [
  "Deal ID",
  "Customer",
  "End user",
  "End-user category",
  "Destination country",
  "Product category",
  "Deployment scale",
  "Reseller",
  "Partner type",
  "Partner country",
  "Partner due diligence",
  "Red flags",
  "Contract clauses",
  "Deal value",
];
const flags = ["", "", "", "Prior misuse", "Re-export; Unclear end use", "No oversight"];
const clauses = [
  "",
  "End-user undertaking",
  "Human rights clause; Audit rights",
  "No re-export, Suspend and terminate, Post-shipment checks",
];

/** Deterministic realistic rows (a pipeline exported from a CRM has many repeated values). */
export function makeRows(n: number): unknown[][] {
  const rows: unknown[][] = [header];
  for (let i = 0; i < n; i++) {
    const partner = i % 3 === 0;
    rows.push([
      `D-${i}`,
      `Customer ${i % 997}`,
      `End user ${i % 991}`,
      endUsers[i % endUsers.length],
      countries[(i * 7) % countries.length],
      capabilities[(i * 3) % capabilities.length],
      i % 11 === 0 ? "National" : "",
      partner ? `Partner ${i % 101}` : "",
      partner ? "Reseller" : "Direct",
      partner ? "Singapore" : "",
      partner ? (i % 2 ? "Yes" : "No") : "",
      flags[i % flags.length],
      clauses[i % clauses.length],
      10000 + (i % 500) * 1000,
    ]);
  }
  return rows;
}

function time<T>(f: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - t0) / 1e6];
}

export function main(): void {
  const ctx = createContext();
  const mb = () => process.memoryUsage().heapUsed / 1e6;
  console.log("## Intake + scoring (core/intake/scoreTable)");
  // Warm up the JIT on a small table, as a long-running add-in or CLI process would be.
  scoreTable(makeRows(20_000), ctx);

  const small = makeRows(10_000);
  const smallTimes: number[] = [];
  for (let k = 0; k < 7; k++) smallTimes.push(time(() => scoreTable(small, ctx))[1]);
  smallTimes.sort((a, b) => a - b);
  console.log(`10,000-row table: median ${smallTimes[3].toFixed(1)} ms (min ${smallTimes[0].toFixed(1)} ms) [target < 30 ms]`);

  for (const n of [100_000, 250_000, 500_000, 1_000_000]) {
    const rows = makeRows(n);
    global.gc?.();
    const before = mb();
    const [res, ms] = time(() => scoreTable(rows, ctx));
    const after = mb();
    const ok = res.results.filter((r) => r.status === "ok").length;
    console.log(
      `${n.toLocaleString("en-GB")} rows: ${ms.toFixed(0)} ms, ${Math.round((n / ms) * 1000).toLocaleString("en-GB")} rows/s, ` +
        `heap +${(after - before).toFixed(0)} MB for results (${((((after - before) / n) * 1e6) / 1e3).toFixed(2)} KB/row), ${ok} scored`,
    );
  }
  console.log("[targets: >= 500,000 rows/s; 1,000,000 rows < 3 s; memory linear in rows]");
}

if (require.main === module) main();
