import { profileTag } from "../../methodology/loadProfile";
import type { ScoredRow } from "../../model/types";
import { dealBasis, type BasisSources } from "../../reviews/dealBasis";
import type { DealBasis, ReviewDecision, ReviewStatus } from "../../reviews/reviewTypes";
import type { RegisterInput, RegisterMeta } from "../registerInput";

export const SNAPSHOT_VERSION = 1;
export const SNAPSHOT_MARK = "export-risk register snapshot";
/** First cell of a sheet that carries on the snapshot of the sheet before it (past Excel's rows per sheet). */
export const SNAPSHOT_CONTINUED = "export-risk register snapshot, continued";

/** What the next register needs to know about one deal of this one (kept small: it is written for every deal). */
export interface SnapshotDeal {
  id: string;
  row: number;
  customer: string;
  inherentBand: string;
  residualBand: string;
  residualScore: number;
  decision: ReviewDecision;
  basis: DealBasis;
  review: { status: ReviewStatus; decisionTaken?: ReviewDecision; date?: string; reviewer?: string; approver?: string };
}

export interface RegisterSnapshot {
  version: number;
  asOf: string;
  title: string;
  methodology: string;
  /** Reference data and lists as the Read me shows them: title and version. */
  reference: string[];
  lists: string[];
  /** True when the register was built with decision records. */
  reviewed: boolean;
  /** Rows that could not be scored: a deal there is not assessed, not removed. */
  errors?: { id: string; row: number }[];
  deals: SnapshotDeal[];
}

export function basisSourcesOfInput(input: RegisterMeta): BasisSources {
  const lists = input.screening?.lists ?? [];
  const listIds = new Set(lists.map((l) => l.id));
  const sha256 = input.lifecycle?.sha256;
  return {
    ...(sha256 ? { sha256 } : {}),
    profile: input.profile,
    reference: input.provenance.filter((p) => !listIds.has(p.id)),
    lists,
    restrictionsFor: input.restrictionsFor ?? (() => []),
  };
}

export function snapshotDeal(r: ScoredRow & { status: "ok" }, input: RegisterMeta, sources: BasisSources): SnapshotDeal {
  const review = input.reviews?.(r);
  const record = review && review.status !== "stale" ? review.record : undefined;
  return {
    id: r.deal.id.trim(),
    row: r.row,
    customer: r.deal.customer.slice(0, 200),
    inherentBand: r.assessment.inherent.band,
    residualBand: r.assessment.residual.band,
    residualScore: r.assessment.residual.score,
    decision: r.assessment.decision,
    basis: dealBasis(r.deal, r.assessment, sources),
    review: {
      status: review?.status ?? "none",
      ...(record
        ? {
            decisionTaken: record.decision,
            date: record.date,
            reviewer: record.reviewer,
            ...(record.approver ? { approver: record.approver } : {}),
          }
        : {}),
    },
  };
}

export function buildSnapshot(input: RegisterInput): RegisterSnapshot {
  const sources = basisSourcesOfInput(input);
  const deals: SnapshotDeal[] = [];
  const errors: { id: string; row: number }[] = [];
  for (const r of input.results) {
    if (r.status === "ok") deals.push(snapshotDeal(r, input, sources));
    else errors.push({ id: r.id.trim(), row: r.row });
  }
  return { ...snapshotMeta(input, sources, errors), deals };
}

/** Everything a snapshot says about its register except the deals: what a later register is compared on. */
export function snapshotMeta(
  input: RegisterMeta,
  sources: BasisSources,
  errors: { id: string; row: number }[],
): Omit<RegisterSnapshot, "deals"> {
  return {
    version: SNAPSHOT_VERSION,
    asOf: input.asOf,
    title: input.title,
    methodology: profileTag(input.profile),
    reference: sources.reference.map((p) => `${p.title} ${p.version}`),
    lists: sources.lists.map((p) => `${p.title} ${p.version}`),
    reviewed: input.reviews !== undefined,
    errors,
  };
}

/** The register-wide parts of the basis, the same for every deal: stored once in the register row. */
export type SharedBasis = Pick<DealBasis, "reference" | "lists" | "methodology">;

/**
 * The snapshot as sheet rows: a marker, the register's facts, then one JSON cell per deal. A
 * generator, so the sheet takes the rows one at a time; the basis parts every deal shares are
 * written once, in the register row.
 */
export function* snapshotRows(s: RegisterSnapshot): Generator<string[]> {
  const { deals, ...meta } = s;
  const first = deals[0]?.basis;
  const shared: SharedBasis | undefined = first && { reference: first.reference, lists: first.lists, methodology: first.methodology };
  yield [SNAPSHOT_MARK, String(s.version)];
  yield ["register", JSON.stringify({ ...meta, shared })];
  for (const d of deals) {
    const { reference, lists, methodology, ...own } = d.basis;
    const same = shared && reference === shared.reference && lists === shared.lists && methodology === shared.methodology;
    yield ["deal", JSON.stringify(same ? { ...d, basis: own } : d)];
  }
}

export type SnapshotRead = { ok: true; snapshot: RegisterSnapshot } | { ok: false; message: string };

/** Reads the rows of a snapshot sheet back; any damage is reported, never guessed around. */
export function parseSnapshot(rows: readonly (readonly unknown[])[]): SnapshotRead {
  if (rows[0]?.[0] !== SNAPSHOT_MARK) return { ok: false, message: "its snapshot sheet does not start with the snapshot marker" };
  if (Number(rows[0][1]) !== SNAPSHOT_VERSION)
    return {
      ok: false,
      message: `its snapshot is version ${String(rows[0][1])}; this version of export-risk reads version ${SNAPSHOT_VERSION}`,
    };
  try {
    if (rows[1]?.[0] !== "register") return { ok: false, message: "its snapshot has no register row" };
    const { shared, ...meta } = JSON.parse(String(rows[1][1])) as { shared?: SharedBasis };
    const deals: SnapshotDeal[] = [];
    for (let i = 2; i < rows.length; i++) {
      if (rows[i]?.[0] !== "deal") return { ok: false, message: `snapshot row ${i + 1} is not a deal` };
      const d = JSON.parse(String(rows[i][1])) as SnapshotDeal;
      if (d.basis && shared && d.basis.reference === undefined) d.basis = { ...shared, ...d.basis };
      if (typeof d.id !== "string" || typeof d.decision !== "string" || !d.basis)
        return { ok: false, message: `snapshot row ${i + 1} is incomplete` };
      deals.push(d);
    }
    return { ok: true, snapshot: { ...(meta as Omit<RegisterSnapshot, "deals">), deals } };
  } catch (e) {
    return { ok: false, message: `its snapshot is damaged (${(e as Error).message})` };
  }
}
