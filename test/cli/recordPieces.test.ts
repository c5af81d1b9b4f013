import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import type { JsonResult } from "../../core";
import { sampleResults } from "../support/sampleResults";
import { csvLine } from "../../cli/output/csvLine";
import { csvValues } from "../../cli/formatResults";
import { piecesBytes, type Piece } from "../../cli/output/pieces";
import { scoreCsvRecord } from "../../cli/output/scoreCsvRecord";
import { fileSink } from "../../cli/output/textSink";

/** Texts that CSV must quote or escape, formula starts, and characters UTF-8 writes in 2, 3 and 4 bytes (and a lone surrogate). */
const tricky = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", " ", "|", "\uFEFF", "a", "é", "€", "😀", "\ud800", "D-1");
const text = fc.oneof(
  fc.string(),
  fc.array(tricky, { maxLength: 8 }).map((xs) => xs.join("")),
);

/** Buffers compared whole (jest's toEqual walks them byte by byte), shown as text when they differ. */
function sameBytes(got: Buffer, want: Buffer): void {
  if (!got.equals(want)) expect(got.toString("utf8")).toBe(want.toString("utf8"));
  expect(got.equals(want)).toBe(true);
}

describe("the CSV record in pieces", () => {
  let results: JsonResult[];
  beforeAll(async () => {
    results = await sampleResults();
  });

  it("is the bytes of csvLine(csvValues(r)), whatever the id and warnings say, every row twice", () => {
    expect(results.filter((r) => r.status === "ok" && r.hardStops.length).length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(results.length - 1), text, fc.option(text, { nil: undefined })), { maxLength: 30 }), (picks) => {
        const record = scoreCsvRecord(false);
        const rows = picks.map(([i, id, warning]) => ({
          ...results[i],
          id,
          warnings: warning === undefined ? results[i].warnings : [{ column: "Red flags", value: warning, message: warning }],
        }));
        for (const r of [...rows, ...rows, ...results]) sameBytes(piecesBytes(record(r)), Buffer.from(csvLine(csvValues(r)), "utf8"));
      }),
      { numRuns: 200 },
    );
  });
});

describe("TextSink.writePieces", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "pieces-"));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const bytes = fc.uint8Array({ maxLength: 120 });
  const piece: fc.Arbitrary<Piece> = fc.oneof(text, bytes);
  /** A record, a plain text, or now and then a record bigger than the sink's 1 MB buffer. */
  const write = fc.oneof(
    { weight: 8, arbitrary: fc.array(piece, { maxLength: 12 }) },
    { weight: 2, arbitrary: text },
    { weight: 1, arbitrary: fc.constantFrom<Piece[]>([new Uint8Array(700_000).fill(65), "é".repeat(200_000)], ["x".repeat(1_100_000)]) },
  );

  it("writes each piece's bytes in order, across the buffer's edges, mixed with plain texts", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(write, { maxLength: 400 }), async (writes) => {
        const file = path.join(dir, `out-${run++}.txt`);
        const sink = fileSink(file);
        const want: Buffer[] = [];
        for (const w of writes) {
          const paused = typeof w === "string" ? sink.write(w) : sink.writePieces(w);
          if (paused) await paused;
          want.push(typeof w === "string" ? Buffer.from(w, "utf8") : piecesBytes(w));
        }
        await sink.end();
        expect((await fs.readFile(file)).equals(Buffer.concat(want))).toBe(true);
        await fs.rm(file);
      }),
      { numRuns: 60 },
    );
  });
});
