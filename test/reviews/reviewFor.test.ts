import { defaultProfile, loadProfile } from "../../core/methodology/loadProfile";
import { createReview } from "../../core/reviews/createReview";
import { indexReviews, reviewFor } from "../../core/reviews/reviewFor";
import { parseReviews, serializeReviews } from "../../core/reviews/reviewFile";
import type { DealBasis, ReviewRecord } from "../../core/reviews/reviewTypes";
import { scoreTable } from "../../core/intake/scoreTable";
import { basisSourcesOf, dealBasis } from "../../core/reviews/dealBasis";
import { contextWith, HEADER, ROWS, scoreOne, shippedRestrictions } from "./reviewKit";

const profile = defaultProfile();

function signOff(basis: DealBasis, date = "2026-03-31", dealId = "N-1"): ReviewRecord {
  const r = createReview(
    { dealId, decision: "proceed-with-conditions", reviewer: "A. Reviewer", date },
    "proceed-with-conditions",
    basis,
    profile,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.record;
}

const original = scoreOne(ROWS.norway);
const index = indexReviews([signOff(original.basis)]);

describe("a review record applies only to the deal as it was reviewed", () => {
  it("a deal with no record has status none", () => {
    expect(reviewFor("N-2", original.basis, index, "2026-04-01")).toEqual({ status: "none", reasons: [] });
  });

  it("the same deal, data and methodology before the review-by date is current", () => {
    expect(reviewFor("N-1", scoreOne(ROWS.norway).basis, index, "2027-03-31")).toMatchObject({ status: "current", reasons: [] });
  });

  it("an edited input makes the record stale", () => {
    const edited = scoreOne(ROWS.norway.map((v, i) => (i === 7 ? "90000" : v)));
    expect(reviewFor("N-1", edited.basis, index, "2026-04-01")).toMatchObject({
      status: "stale",
      reasons: ["Since the review of 2026-03-31, the deal's input changed"],
    });
  });

  it("the owner column and the row's position do not count as input", () => {
    const ctx = contextWith({});
    const [, moved] = scoreTable(
      [
        [...HEADER, "Owner"],
        [...ROWS.egypt, "X"],
        [...ROWS.norway, "C. Owner"],
      ],
      ctx,
    ).results;
    if (moved.status !== "ok") throw new Error("row did not score");
    expect(moved.row).toBe(3);
    const basis = dealBasis(moved.deal, moved.assessment, basisSourcesOf(ctx));
    expect(reviewFor("N-1", basis, index, "2026-04-01").status).toBe("current");
  });

  it("a changed methodology (even under the same tag) makes the record stale", () => {
    const tuned = loadProfile({ ...profile, screening: { threshold: 0.95 } });
    const now = scoreOne(ROWS.norway, contextWith({ profile: tuned }));
    expect(reviewFor("N-1", now.basis, index, "2026-04-01")).toMatchObject({
      status: "stale",
      reasons: [expect.stringContaining("the methodology changed")],
    });
  });

  it("a newer restrictions table makes the record stale", () => {
    const table = { ...shippedRestrictions(), asOf: "2026-12-31" };
    const now = scoreOne(ROWS.norway, contextWith({ restrictions: table }));
    expect(reviewFor("N-1", now.basis, index, "2026-04-01")).toMatchObject({
      status: "stale",
      reasons: [expect.stringContaining("the reference data changed")],
    });
  });

  it("a restriction added for the deal's country under the same table date makes the record stale", () => {
    const table = shippedRestrictions();
    table.rows = [...table.rows, { ...table.rows[0], country: "NO" }];
    const now = scoreOne(ROWS.norway, contextWith({ restrictions: table }));
    expect(reviewFor("N-1", now.basis, index, "2026-04-01").status).toBe("stale");
  });

  it("a restriction's note does not count (the add-in carries the table without notes), its dates do", () => {
    const table = shippedRestrictions();
    const row = table.rows.find((r) => r.note)!;
    const inRestricted = ROWS.egypt.map((v, i) => (i === 4 ? row.country : v));
    const withNotes = scoreOne(inRestricted, contextWith({ restrictions: table }));
    const restricted = indexReviews([signOff(withNotes.basis, "2026-03-31", "E-1")]);
    const noNotes = { ...table, rows: table.rows.map((r) => ({ ...r, note: undefined })) };
    expect(reviewFor("E-1", scoreOne(inRestricted, contextWith({ restrictions: noNotes })).basis, restricted, "2026-04-01").status).toBe(
      "current",
    );
    const reworded = { ...table, rows: table.rows.map((r) => (r === row ? { ...r, note: `${r.note} Checked again.` } : r)) };
    expect(reviewFor("E-1", scoreOne(inRestricted, contextWith({ restrictions: reworded })).basis, restricted, "2026-04-01").status).toBe(
      "current",
    );
    const redated = { ...table, rows: table.rows.map((r) => (r === row ? { ...r, from: "1990-01-01" } : r)) };
    expect(reviewFor("E-1", scoreOne(inRestricted, contextWith({ restrictions: redated })).basis, restricted, "2026-04-01").status).toBe(
      "stale",
    );
  });

  it("screening against lists the review did not see makes the record stale", () => {
    const now = scoreOne(ROWS.norway, contextWith({ listNames: ["Someone Else Ltd"] }));
    expect(reviewFor("N-1", now.basis, index, "2026-04-01")).toMatchObject({
      status: "stale",
      reasons: [expect.stringContaining("the lists changed")],
    });
  });

  it("past its review-by date the record is overdue, and a stale one says it is overdue too", () => {
    expect(reviewFor("N-1", original.basis, index, "2027-04-01")).toMatchObject({
      status: "overdue",
      reasons: ["The review was due 2027-03-31"],
    });
    const edited = scoreOne(ROWS.norway.map((v, i) => (i === 1 ? "Nordic Telecom ASA" : v)));
    expect(reviewFor("N-1", edited.basis, index, "2027-04-01").reasons).toEqual([
      "Since the review of 2026-03-31, the deal's input changed",
      "and its review was due 2027-03-31",
    ]);
  });

  it("a newer review of the changed deal makes it current again; the latest sign-off date wins", () => {
    const edited = scoreOne(ROWS.norway.map((v, i) => (i === 7 ? "90000" : v)));
    const both = indexReviews([signOff(edited.basis, "2026-05-01"), signOff(original.basis)]);
    expect(reviewFor("N-1", edited.basis, both, "2026-06-01")).toMatchObject({ status: "current", record: { date: "2026-05-01" } });
  });
});

describe("the reviews file", () => {
  it("round-trips its records", () => {
    const records = [signOff(original.basis)];
    expect(parseReviews(serializeReviews(records), "reviews.json")).toEqual({ ok: true, reviews: records });
  });
  it("names the record and field of a problem", () => {
    const bad = JSON.parse(serializeReviews([signOff(original.basis)]));
    bad.reviews[0].decision = "maybe";
    expect(parseReviews(JSON.stringify(bad), "reviews.json")).toEqual({
      ok: false,
      message: expect.stringContaining('reviews.json: review 1 (deal N-1) has decision "maybe"'),
    });
    expect(parseReviews("{", "r.json")).toMatchObject({ ok: false, message: expect.stringContaining("not valid JSON") });
  });
});

describe("the basis fingerprint", () => {
  it("is the same with Node's native SHA-256 as with the pure one", () => {
    const { createHash } = jest.requireActual<typeof import("crypto")>("crypto");
    const ctx = contextWith({ listNames: ["Nobody Ltd"] });
    const [row] = scoreTable([HEADER, ROWS.norway], ctx).results;
    if (row.status !== "ok") throw new Error("not scored");
    const native = (t: string) => createHash("sha256").update(t, "utf8").digest("hex");
    expect(dealBasis(row.deal, row.assessment, basisSourcesOf(ctx, native))).toEqual(
      dealBasis(row.deal, row.assessment, basisSourcesOf(ctx)),
    );
  });
});
