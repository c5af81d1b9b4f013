import type { ScoredRow } from "../../core/model/types";
import type { RegisterInput } from "../../core/register/registerInput";
import { registerColumns } from "../../core/register/registerColumns";
import { csvRows, readBack, registerInputFor, SAMPLE, writeInMemory } from "./registerTestKit";

/** Sample scoring plus screening results as the screening core reports them (one possible match, one cleared). */
function screenedInput(): RegisterInput {
  const base = registerInputFor(csvRows(SAMPLE));
  let k = 0;
  const results: ScoredRow[] = base.results.map((r) => {
    if (r.status !== "ok") return r;
    const i = k++;
    const hits =
      i === 0
        ? [
            {
              source: "OFAC SDN",
              entryId: "36240",
              listName: "=INTELLEXA S.A.",
              matchedName: "Intellexa",
              aliasQuality: "strong" as const,
              programme: "CYBER2",
              score: 0.97,
            },
          ]
        : i === 1
          ? [
              {
                source: "UN",
                entryId: "QDe.001",
                listName: "Some Entity",
                matchedName: "Some Entity",
                programme: "1267",
                score: 0.91,
                decision: { status: "cleared" as const, by: "A. Reviewer", at: "2026-03-01", reason: "Different registration number" },
              },
            ]
          : [];
    return { ...r, assessment: { ...r.assessment, screening: [{ role: "end user", name: r.deal.endUserName, hits }] } };
  });
  return {
    ...base,
    results,
    screening: {
      lists: [
        {
          id: "ofac-sdn",
          title: "OFAC SDN",
          version: "sha256 0123abcd",
          asOf: "2024-05-03",
          source: "US Treasury sdn.csv",
          licence: "public domain",
        },
      ],
    },
  };
}

describe("a register built with screening lists loaded", () => {
  test("Partners lists every screened party with each hit explained, and the register summarises it", async () => {
    const book = await readBack(await writeInMemory(screenedInput()));
    const partners = book.getWorksheet("Partners")!;
    expect(String(partners.getRow(1).getCell(1).value)).toMatch(/^Screened against: OFAC SDN \(as of 2024-05-03\)/);
    const header = (partners.getRow(2).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(["Deal ID", "Customer", "Role", "Name screened", "Result", "Match score"]);
    const rows = [];
    for (let r = 3; r <= partners.rowCount; r++) rows.push((partners.getRow(r).values as unknown[]).slice(1));
    expect(rows[0].slice(4, 10)).toEqual(["Possible match - review", 0.97, "OFAC SDN", "36240", "=INTELLEXA S.A.", "Intellexa"]);
    expect(rows[1][4]).toBe("Cleared by reviewer");
    expect(rows[1].slice(12)).toEqual(["A. Reviewer", "2026-03-01", "Different registration number"]);
    expect(rows[2][4]).toBe("No match");

    const register = book.getWorksheet("Register")!;
    const col = registerColumns.findIndex((c) => c.header === "Party screening") + 1;
    expect([2, 3, 4].map((r) => register.getRow(r).getCell(col).value)).toEqual(["Possible match (1) - review", "Cleared (1)", "No match"]);

    const readMe = book.getWorksheet("Read me")!;
    const texts: string[] = [];
    readMe.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.join("\n")).toContain("US Treasury sdn.csv; version sha256 0123abcd");
    expect(texts.join("\n")).not.toContain("No restricted-party lists were screened");
  });
});
