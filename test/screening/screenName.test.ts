import fc from "fast-check";
import { buildScreeningIndex, createScreener, importLists, screenName, screenNameAllPairs, type ScreeningList } from "../../core/screening";
import { realFile } from "./realLists";

function lists(...files: string[][]): ScreeningList[] {
  return files.map((group) => {
    const [r] = importLists(group.map(realFile));
    if (!r.ok) throw new Error(r.error.message);
    return r.list;
  });
}

const sdn2024 = lists(["ofac-sdn-2024-05-03.csv"]);
const screener = createScreener(sdn2024, { threshold: 0.9 });

describe("screening against the 2024 SDN list", () => {
  it.each([
    ["Intellexa S.A.", "48059"],
    ["Intellexa Ltd", "48064"],
    ["INTELEXA SA", "48059"],
    ["Cytrox AD", "48067"],
    ["Cytrox Holdings Zrt.", "48069"],
    ["Kalashnikov Concern JSC", "16911"],
    ["Rosoboroneksport", "18782"],
    ["Cuba Banco Nacional", "306"],
  ])("'%s' alerts on SDN entry %s with the entry, name, programme and score", (name, id) => {
    const hit = screener.screen(name).find((h) => h.entryId === id);
    expect(hit).toBeDefined();
    expect(hit!.source).toBe("OFAC SDN");
    expect(hit!.score).toBeGreaterThanOrEqual(0.9);
    expect(hit!.listName.length).toBeGreaterThan(0);
    expect(hit!.programme.length).toBeGreaterThan(0);
  });

  it.each(["Microsoft Corporation", "Apple Inc.", "Siemens AG", "University of Oxford", "Deloitte LLP", "Jane Doe"])(
    "'%s' is clear",
    (name) => {
      expect(screener.screen(name)).toEqual([]);
    },
  );

  it("a higher threshold never adds hits", () => {
    const strict = createScreener(sdn2024, { threshold: 0.97 });
    for (const name of ["Intelexa", "Cytrox Holding", "Mohammed Ali"]) {
      const loose = screener.screen(name).map((h) => h.entryId);
      for (const h of strict.screen(name)) expect(loose).toContain(h.entryId);
    }
  });
});

describe("weak aliases support a hit but never create one alone", () => {
  // 2021 triple: BANCO NACIONAL DE CUBA has the weak a.k.a. 'BNC' (Remarks) and the strong 'NATIONAL BANK OF CUBA' (alt.csv).
  const s = createScreener(lists(["ofac-2021/sdn.csv", "ofac-2021/alt.csv"]), { threshold: 0.9 });

  it("the weak alias alone does not alert", () => {
    expect(s.screen("BNC").filter((h) => h.entryId === "306")).toEqual([]);
  });

  it("the strong alias from alt.csv alerts on its own", () => {
    expect(s.screen("National Bank of Cuba")[0]).toMatchObject({
      entryId: "306",
      matchedName: "NATIONAL BANK OF CUBA",
      aliasQuality: "strong",
      score: 1,
    });
  });

  it("a weak alias alerts when a reliable name of the same entry is within the support margin", () => {
    // Synthetic list: the weak alias equals the input; the primary name is close but below the threshold.
    const [r] = importLists([{ name: "watch.csv", text: "Name\nAcme Holdings Trading\n" }]);
    if (!r.ok) throw new Error(r.error.message);
    const list = r.list;
    list.entries[0].names.push({ name: "Acme Holdings", quality: "weak" });
    // Threshold 0.95: the primary name scores 0.9 for "Acme Holdings", an almost-hit within the 0.1 margin.
    const sc = createScreener([list], { threshold: 0.95 });
    const hits = sc.screen("Acme Holdings");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ matchedName: "Acme Holdings", aliasQuality: "weak" });
    // Without a close reliable name the same weak alias stays silent.
    list.entries[0].names[0] = { name: "Entirely Different Name", quality: "primary" };
    expect(createScreener([list], { threshold: 0.95 }).screen("Acme Holdings")).toEqual([]);
  });
});

describe("the index finds exactly what comparing every pair finds", () => {
  const all = lists(["ofac-2021/sdn.csv", "ofac-2021/alt.csv"], ["un-consolidated-2026-02-27.xml"], ["us-csl-sample.csv"]);
  const index = buildScreeningIndex(all);
  const names = index.names.map((n) => n.text);

  it("on listed names with random typos, swaps and dropped words", () => {
    const mutate = (name: string, pos: number, kind: number) => {
      const words = name.split(/\s+/);
      if (kind === 0 && words.length > 2) words.splice(pos % words.length, 1);
      else if (kind === 1) words.reverse();
      else {
        const w = words[pos % words.length];
        const i = pos % Math.max(1, w.length);
        words[pos % words.length] = w.slice(0, i) + (kind === 2 ? "x" : "") + w.slice(i + 1);
      }
      return words.join(" ");
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: names.length - 1 }), fc.nat(50), fc.integer({ min: 0, max: 3 }), (i, pos, kind) => {
        const q = mutate(names[i], pos, kind);
        const viaIndex = screenName(index, q, { threshold: 0.85 }).map((h) => `${h.source}:${h.entryId}:${h.score}`);
        const viaAllPairs = screenNameAllPairs(index, q, { threshold: 0.85 }).map((h) => `${h.source}:${h.entryId}:${h.score}`);
        expect(viaIndex).toEqual(viaAllPairs);
      }),
      { numRuns: 60 },
    );
  });
});
