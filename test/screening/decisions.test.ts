import {
  createScreener,
  importLists,
  makeDecision,
  parseDecisions,
  screeningStatus,
  serializeDecisions,
  upsertDecision,
  type ScreeningList,
} from "../../core/screening";
import { realFile } from "./realLists";

function sdn(): ScreeningList {
  const [r] = importLists([realFile("ofac-sdn-2024-05-03.csv")]);
  if (!r.ok) throw new Error(r.error.message);
  return r.list;
}

/** "Intellexa S.A." scores 0.846 on the lookalike INTELLER LLC: a threshold low enough to make it a hit to decide on. */
const LOOKALIKE_THRESHOLD = 0.84;

describe("reviewer decisions", () => {
  const list = sdn();
  const inteller = list.entries.find((e) => e.entryId === "48762")!;
  const cleared = makeDecision({
    entry: inteller,
    inputName: "Intellexa S.A.",
    status: "cleared",
    by: "A. Reviewer",
    at: "2026-03-01",
    reason: "Different company",
  });

  it("a cleared hit carries its decision and no longer counts as a match", () => {
    const s = createScreener([list], { threshold: LOOKALIKE_THRESHOLD, decisions: [cleared] });
    const hits = s.screen("Intellexa S.A.");
    const h = hits.find((x) => x.entryId === "48762")!;
    expect(h.decision).toEqual({ status: "cleared", by: "A. Reviewer", at: "2026-03-01", reason: "Different company" });
    expect(screeningStatus([h])).toBe("clear");
    // The true hits on Intellexa itself are still matches.
    expect(screeningStatus(hits)).toBe("match");
  });

  it("the decision holds for the same name written differently (same normalised name)", () => {
    const s = createScreener([list], { threshold: LOOKALIKE_THRESHOLD, decisions: [cleared] });
    expect(s.screen("INTELLEXA SA").find((x) => x.entryId === "48762")?.decision?.status).toBe("cleared");
  });

  it("re-alerts when the input name changes", () => {
    const s = createScreener([list], { threshold: LOOKALIKE_THRESHOLD, decisions: [cleared] });
    const h = s.screen("Intellexa Hellas").find((x) => x.entryId === "48762");
    if (h) expect(h.decision).toBeUndefined();
    const h2 = s.screen("Inteller").find((x) => x.entryId === "48762")!;
    expect(h2.decision).toBeUndefined();
  });

  it("re-alerts when the list entry changes, and says which decision lapsed", () => {
    const changed: ScreeningList = {
      ...list,
      entries: list.entries.map((e) => (e === inteller ? { ...e, programme: e.programme + "; CYBER2" } : e)),
    };
    const s = createScreener([changed], { threshold: LOOKALIKE_THRESHOLD, decisions: [cleared] });
    const h = s.screen("Intellexa S.A.").find((x) => x.entryId === "48762")!;
    expect(h.decision).toBeUndefined();
    expect(screeningStatus([h])).toBe("match");
    expect(s.lapsedDecisions("Intellexa S.A.", h)).toEqual([cleared]);
  });

  it("a confirmed hit stays a match", () => {
    const intellexa = list.entries.find((e) => e.entryId === "48059")!;
    const confirmed = makeDecision({
      entry: intellexa,
      inputName: "Intellexa S.A.",
      status: "confirmed",
      by: "B",
      at: "2026-03-02",
      reason: "Same company",
    });
    const s = createScreener([list], { threshold: 0.9, decisions: [confirmed] });
    const h = s.screen("Intellexa S.A.").find((x) => x.entryId === "48059")!;
    expect(h.decision?.status).toBe("confirmed");
    expect(screeningStatus([h])).toBe("match");
  });

  it("round-trips through the JSON file and replaces an earlier decision on the same hit", () => {
    const later = { ...cleared, by: "C", reason: "Re-checked" };
    const both = upsertDecision(upsertDecision([], cleared), later);
    expect(both).toEqual([later]);
    const parsed = parseDecisions(serializeDecisions(both), "d.json");
    expect(parsed).toEqual({ ok: true, decisions: [later] });
  });

  it("refuses a decisions file with a missing field or an unknown status, naming the decision", () => {
    expect(parseDecisions('{"decisions":[{"source":"OFAC SDN"}]}', "d.json")).toEqual({
      ok: false,
      message: 'd.json: decision 1 has no "entryId"',
    });
    const bad = JSON.stringify({ decisions: [{ ...cleared, status: "ignored" }] });
    expect(parseDecisions(bad, "d.json")).toEqual({
      ok: false,
      message: 'd.json: decision 1 has status "ignored"; use "cleared" or "confirmed"',
    });
    expect(parseDecisions("{", "d.json").ok).toBe(false);
  });
});
