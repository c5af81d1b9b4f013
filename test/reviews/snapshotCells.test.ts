import fc from "fast-check";
import { parseSnapshot, snapshotRows, buildSnapshot } from "../../core/register/lifecycle/registerSnapshot";
import { rowJson, SNAPSHOT_CELL_CHARS, snapshotRow, splitCells } from "../../core/register/lifecycle/snapshotCells";
import { registerInputFromScore } from "../../core/register/registerInputFromScore";
import { scoreTable } from "../../core/intake/scoreTable";
import { DEALS } from "./lifecycleKit";
import { contextWith, HEADER } from "./reviewKit";

/** Excel's most characters in one cell. */
const EXCEL_CELL_LIMIT = 32_767;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function snap(rows: string[][]) {
  const ctx = contextWith({});
  return buildSnapshot(registerInputFromScore(scoreTable([HEADER, ...rows], ctx), ctx, { title: "t", asOf: "2026-03-31" }));
}
const broken = (id: string) => DEALS["K-1"].map((v, i) => (i === 0 ? id : i === 4 ? "Atlantis" : v));
const longestCell = (rows: string[][]) => Math.max(...rows.flatMap((r) => r.map((c) => c.length)));

describe("a JSON text split across a row's cells", () => {
  it("every piece is at most the size, the pieces join back to the text, and no character is cut in half", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.integer({ min: 2, max: 40 }), (text, size) => {
        const pieces = splitCells(text, size);
        expect(pieces.join("")).toBe(text);
        let at = 0;
        for (const p of pieces) {
          at += p.length;
          expect(p.length).toBeLessThanOrEqual(size);
          // A cut between the two halves of a surrogate pair would leave half a character in each cell.
          expect(at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))).toBe(false);
        }
        if (text.length) expect(pieces.every((p) => p.length > 0)).toBe(true);
      }),
    );
  });

  it("a row holds its kind in column A and its JSON from column B on, each cell within Excel's limit", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 50 }), fc.integer({ min: 0, max: 120_000 }), (tail, n) => {
        const json = JSON.stringify({ text: "x".repeat(n) + tail });
        const row = snapshotRow("deal", json);
        expect(row[0]).toBe("deal");
        expect(row.length > 2).toBe(json.length > SNAPSHOT_CELL_CHARS);
        expect(longestCell([row])).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
        expect(rowJson(row)).toBe(json);
      }),
      { numRuns: 40 },
    );
  });

  it("a cell from column B on that is not text makes the row unreadable", () => {
    expect(rowJson(["deal", '{"a":', undefined, "1}"])).toBeUndefined();
    expect(rowJson(["deal", '{"a":', 1])).toBeUndefined();
  });
});

describe("the snapshot's rows (version 2)", () => {
  it("rows in error are rows of their own, in input order among the deals, and the register row lists none", () => {
    const s = snap([DEALS["N-1"], broken("X-1"), DEALS["D-1"], broken("Y-1")]);
    const rows = [...snapshotRows(s)];
    expect(rows.map((r) => r[0])).toEqual(["export-risk register snapshot", "register", "deal", "error", "deal", "error"]);
    expect(rows[0][1]).toBe("2");
    expect(JSON.parse(rows[1][1])).not.toHaveProperty("errors");
    expect(rows.filter((r) => r[0] === "error").map((r) => JSON.parse(r[1]))).toEqual([
      { id: "X-1", row: 3 },
      { id: "Y-1", row: 5 },
    ]);
    expect(parseSnapshot(rows)).toEqual({ ok: true, snapshot: s });
  });

  it("more than a cell's worth of rows in error: no cell past Excel's limit, and every error reads back", () => {
    const errors = Array.from({ length: 2_000 }, (_, i) => ({ id: `ERR-${i}`, row: i + 3 }));
    const s = { ...snap([DEALS["N-1"]]), errors };
    expect(JSON.stringify(errors).length).toBeGreaterThan(EXCEL_CELL_LIMIT);
    const rows = [...snapshotRows(s)];
    expect(longestCell(rows)).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    const read = parseSnapshot(rows);
    expect(read.ok && read.snapshot.errors).toEqual(errors);
  });

  it("a deal whose JSON is longer than a cell holds is written across cells and reads back whole", () => {
    const s = snap([DEALS["N-1"], DEALS["K-1"]]);
    s.deals[1].id = "K".repeat(70_000);
    const rows = [...snapshotRows(s)];
    expect(rows[3].length).toBe(4);
    expect(longestCell(rows)).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(parseSnapshot(rows)).toEqual({ ok: true, snapshot: s });
  });

  it("a missing piece of a long deal is reported as damage, not read as a shorter deal", () => {
    const s = snap([DEALS["N-1"]]);
    s.deals[0].customer = "C".repeat(40_000);
    const rows = [...snapshotRows(s)];
    expect(rows[2].length).toBe(3);
    expect(parseSnapshot([rows[0], rows[1], rows[2].slice(0, 2)])).toMatchObject({
      ok: false,
      message: expect.stringContaining("damaged"),
    });
  });

  it("a later version is refused in words that name both versions", () => {
    const rows = [...snapshotRows(snap([DEALS["N-1"]]))];
    rows[0] = [rows[0][0], "3"];
    expect(parseSnapshot(rows)).toEqual({
      ok: false,
      message: "its snapshot is version 3; this version of export-risk reads versions 1 and 2",
    });
  });
});

describe("a version 1 snapshot (rows in error listed in the register row)", () => {
  it("is still read: its errors come from the register row", () => {
    const s = snap([DEALS["N-1"], broken("X-1"), DEALS["D-1"]]);
    const { deals, errors, ...meta } = s;
    const first = deals[0].basis;
    const shared = { reference: first.reference, lists: first.lists, methodology: first.methodology };
    // Exactly as the version 1 writer made them: one cell a JSON, the errors inside the register row.
    const rows = [
      ["export-risk register snapshot", "1"],
      ["register", JSON.stringify({ ...meta, version: 1, errors, shared })],
      ...deals.map((d) => {
        const { input, referenceDeal, listsDeal } = d.basis;
        return ["deal", JSON.stringify({ ...d, basis: { input, referenceDeal, listsDeal } })];
      }),
    ];
    expect(parseSnapshot(rows)).toEqual({ ok: true, snapshot: { ...s, version: 1 } });
  });
});
