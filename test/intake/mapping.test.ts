import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { scoreTable, TableError } from "../../core/intake/scoreTable";
import { createContext } from "../../core/scoring/createContext";
import { proposeMapping } from "../../core/mapping/proposeMapping";
import { parseMapping } from "../../core/mapping/parseMapping";
import { MAPPING_HEADER, mappingLineCells } from "../../core/mapping/mappingSheet";

const ctx = createContext();
const root = path.join(__dirname, "..", "..");
const csv = (file: string) =>
  Papa.parse<string[]>(fs.readFileSync(path.join(root, file), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
const crm = csv("examples/crm-export.csv");
const meta = { sha256: "ab".repeat(32), source: "mapping.csv" };

describe("a mapping kept apart from the methodology", () => {
  test("map proposes a line for every header and every distinct coded value, marking the unsure and the two-way ones for review", () => {
    const { lines } = proposeMapping(crm, ctx);
    expect(lines.filter((l) => l.kind === "column").map((l) => l.source)).toEqual(crm[0]);
    const line = (field: string, source: string) => lines.find((l) => l.field === field && l.source === source)!;
    expect(line("endUserType", "Telco - State owned")).toMatchObject({ mapsTo: "state-telecom", needsReview: true, confidence: "low" });
    expect(line("endUserType", "Manufacturing")).toMatchObject({ mapsTo: "", needsReview: true });
    expect(line("capability", "Lawful Intercept")).toMatchObject({ mapsTo: "interception", needsReview: false, rows: 2 });
    expect(line("redFlags", "Payment via third country")).toMatchObject({ mapsTo: "other-concern", needsReview: true });
    expect(line("mitigations", "Standard T&Cs")).toMatchObject({ mapsTo: "none", needsReview: true });
    // "Product Line" could be a capability or a product name: read as the capability, and asked about.
    expect(lines.find((l) => l.source === "Product Line")).toMatchObject({ mapsTo: "capability", needsReview: true });
    expect(lines.find((l) => l.source === "Product Line")!.notes).toMatch(/could also be Product/);
  });

  test("the proposed mapping, unchanged, parses and leaves every unsure value to the fail-safe reading", () => {
    const { lines } = proposeMapping(crm, ctx);
    const parsed = parseMapping([[...MAPPING_HEADER], ...lines.map(mappingLineCells)], ctx, meta);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.unreviewed).toBeGreaterThan(0);
    const t = scoreTable(crm, ctx, { intake: parsed.mapping });
    // Manufacturing stays unread: the North Korea deal is not assessed, and provisionally stopped.
    const nk = t.results.find((r) => r.id === "006Qy00000A1x04")!;
    expect(nk.status === "error" && nk.provisional?.decision).toBe("stop");
  });

  test("with the reviewed mapping every deal of the CRM export is assessed, and the mapping's hash is in the provenance", () => {
    const parsed = parseMapping(csv("examples/crm-export.mapping.csv"), ctx, meta);
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const t = scoreTable(crm, ctx, { intake: parsed.mapping });
    expect(t.results.filter((r) => r.status === "error")).toEqual([]);
    expect(t.results.find((r) => r.id === "006Qy00000A1x04")).toMatchObject({ status: "ok", assessment: { decision: "stop" } });
    expect(t.provenance.find((p) => p.id === "intake-mapping")?.version).toBe(`sha256 ${meta.sha256}`);
    const pays = t.results.find((r) => r.id === "006Qy00000A1x03");
    expect(pays?.status === "ok" && pays.deal.redFlags).toContain("unusual-routing");
  });

  test("a mapping naming no catalogue entry is refused with the row and the valid ids", () => {
    const rows = [[...MAPPING_HEADER], ["value", "capability", "Drone jamming", "drone-jamming", "", "", "", ""]];
    const parsed = parseMapping(rows, ctx, meta);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]).toMatch(
      /^row 2 \(capability 'Drone jamming'\): 'drone-jamming' is not a capability id - use one of: intrusion/,
    );
  });

  test("a mapping says which of two competing columns to use", () => {
    const rows = [
      ["Deal", "Country", "Capability", "Destination country"],
      ["D1", "Germany", "Firewall", "North Korea"],
    ];
    expect(() => scoreTable(rows, ctx)).toThrow(TableError);
    const parsed = parseMapping(
      [
        [...MAPPING_HEADER],
        ["column", "", "Destination country", "country", "", "", "", ""],
        ["column", "", "Country", "ignore", "", "", "", ""],
      ],
      ctx,
      meta,
    );
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const r = scoreTable(rows, ctx, { intake: parsed.mapping }).results[0];
    expect(r.status === "ok" && r.assessment.decision).toBe("stop");
  });

  test("a mapping that sends two columns to one field is refused, naming both", () => {
    const parsed = parseMapping(
      [
        [...MAPPING_HEADER],
        ["column", "", "Country", "country", "", "", "", ""],
        ["column", "", "Destination country", "country", "", "", "", ""],
      ],
      ctx,
      meta,
    );
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const rows = [
      ["Deal", "Country", "Capability", "Destination country"],
      ["D1", "Germany", "Firewall", "North Korea"],
    ];
    expect(() => scoreTable(rows, ctx, { intake: parsed.mapping })).toThrow(/'Country' \(B\) and 'Destination country' \(D\)/);
  });
});
