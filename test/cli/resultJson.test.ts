import { createContext, provenanceOf, provenanceSummary, toJsonResult, type JsonResult } from "../../core";
import { sampleResults } from "../support/sampleResults";
import { resultJsonPieces } from "../../cli/output/resultJson";
import { piecesBytes, type Piece } from "../../cli/output/pieces";

/** The bytes JSON.stringify gives for the result with its data last: what every JSON and NDJSON row must be. */
const plain = (r: JsonResult) => {
  const { data, ...rest } = r;
  return Buffer.from(JSON.stringify({ ...rest, data }), "utf8");
};
const bytes = (pieces: readonly Piece[]) => piecesBytes(pieces);

describe("resultJsonPieces writes each result as JSON.stringify would, data last", () => {
  let results: JsonResult[];
  beforeAll(async () => {
    results = await sampleResults();
  });

  it("for scored rows, rows in error and rows with warnings, every row twice (shared texts reused)", () => {
    expect(results.some((r) => r.status === "error")).toBe(true);
    expect(results.some((r) => r.status === "ok")).toBe(true);
    const pieces = resultJsonPieces();
    for (const r of [...results, ...results]) expect(bytes(pieces(r))).toEqual(plain(r));
  });

  it("for results with screening and with a review, whose keys are not the plain scored row's", () => {
    const pieces = resultJsonPieces();
    for (const r of results.filter((x) => x.status === "ok")) {
      const { methodology, asAt, restrictionsApplied, data, ...before } = r;
      const screened = {
        ...before,
        screening: [{ role: "end user" as const, name: "X", hits: [] }],
        methodology,
        asAt,
        restrictionsApplied,
        data,
      };
      expect(bytes(pieces(screened))).toEqual(plain(screened));
      const reviewed = { ...r, review: { status: "none" as const, reasons: ["never signed off"] } };
      expect(bytes(pieces(reviewed))).toEqual(plain(reviewed));
    }
  });
});

describe("toJsonResult", () => {
  it("puts a screened row's screening after the path to proceed, and none in an unscreened row's JSON", async () => {
    const [r] = (await sampleResults()).filter((x) => x.status === "ok");
    const ctx = createContext({ asAt: "2026-12-01" });
    const data = provenanceSummary(provenanceOf(ctx));
    const scored = { row: r.row, id: r.id, status: "ok" as const, deal: {} as never };
    const assessment = {
      inherent: r.inherent,
      residual: r.residual,
      decision: r.decision,
      hardStops: r.hardStops,
      flags: r.flags,
      drivers: r.drivers,
      redLines: r.redLines,
      pathToProceed: r.pathToProceed,
      asAt: r.asAt,
      restrictionsApplied: r.restrictionsApplied,
    };
    const plainKeys = Object.keys(JSON.parse(JSON.stringify(toJsonResult({ ...scored, assessment } as never, "m", data))));
    const screened = toJsonResult({ ...scored, assessment: { ...assessment, screening: [] } } as never, "m", data);
    const screenedKeys = Object.keys(JSON.parse(JSON.stringify(screened)));
    expect(plainKeys).not.toContain("screening");
    const at = plainKeys.indexOf("pathToProceed") + 1;
    expect(screenedKeys).toEqual([...plainKeys.slice(0, at), "screening", ...plainKeys.slice(at)]);
  });
});
