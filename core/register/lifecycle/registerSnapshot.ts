import { profileTag } from "../../methodology/loadProfile";
import type { ScoredRow } from "../../model/types";
import { dealBasis, type BasisSources } from "../../reviews/dealBasis";
import type { DealBasis, ReviewDecision, ReviewStatus } from "../../reviews/reviewTypes";
import type { RegisterInput, RegisterMeta } from "../registerInput";
import { rowJson, snapshotRow } from "./snapshotCells";

/**
 * 2: each row that could not be scored is a row of its own ("error"), and a JSON text longer than
 * a cell holds continues in the next cells. 1 listed them in the register row, one cell a JSON.
 */
export const SNAPSHOT_VERSION = 2;
/** The versions this code reads. */
const READS = [1, 2];
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
  errors?: SnapshotError[];
  deals: SnapshotDeal[];
}

/** A row that could not be scored: its deal id as given and its input row. */
export interface SnapshotError {
  id: string;
  row: number;
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
  const errors: SnapshotError[] = [];
  for (const r of input.results) {
    if (r.status === "ok") deals.push(snapshotDeal(r, input, sources));
    else errors.push({ id: r.id.trim(), row: r.row });
  }
  return { ...snapshotMeta(input, sources), errors, deals };
}

/** Everything a snapshot says about its register except its rows: what a later register is compared on. */
export function snapshotMeta(input: RegisterMeta, sources: BasisSources): Omit<RegisterSnapshot, "deals" | "errors"> {
  return {
    version: SNAPSHOT_VERSION,
    asOf: input.asOf,
    title: input.title,
    methodology: profileTag(input.profile),
    reference: sources.reference.map((p) => `${p.title} ${p.version}`),
    lists: sources.lists.map((p) => `${p.title} ${p.version}`),
    reviewed: input.reviews !== undefined,
  };
}

/** The register-wide parts of the basis, the same for every deal: stored once in the register row. */
export type SharedBasis = Pick<DealBasis, "reference" | "lists" | "methodology">;

/** A deal's JSON text, without the basis parts it shares with the register row. */
export function dealJson(d: SnapshotDeal, shared: SharedBasis | undefined): string {
  const { reference, lists, methodology, ...own } = d.basis;
  const same = shared && reference === shared.reference && lists === shared.lists && methodology === shared.methodology;
  return JSON.stringify(same ? { ...d, basis: own } : d);
}

export const errorJson = (e: SnapshotError): string => JSON.stringify({ id: e.id, row: e.row });

/** The first two rows: the marker with the version, and the register's facts with the shared basis parts. */
export function* snapshotHead(meta: Omit<RegisterSnapshot, "deals" | "errors">, shared: SharedBasis | undefined): Generator<string[]> {
  yield [SNAPSHOT_MARK, String(SNAPSHOT_VERSION)];
  yield snapshotRow("register", JSON.stringify({ ...meta, version: SNAPSHOT_VERSION, shared }));
}

/**
 * The snapshot as sheet rows: a marker, the register's facts, then a row per input row in input
 * order, a deal's or an error's (a JSON text, across as many cells as it needs). A generator, so
 * the sheet takes the rows one at a time; the basis parts every deal shares are written once, in
 * the register row.
 */
export function* snapshotRows(s: RegisterSnapshot): Generator<string[]> {
  const { deals, errors = [], ...meta } = s;
  const first = deals[0]?.basis;
  const shared: SharedBasis | undefined = first && { reference: first.reference, lists: first.lists, methodology: first.methodology };
  yield* snapshotHead(meta, shared);
  let e = 0;
  for (const d of deals) {
    for (; e < errors.length && errors[e].row < d.row; e++) yield snapshotRow("error", errorJson(errors[e]));
    yield snapshotRow("deal", dealJson(d, shared));
  }
  for (; e < errors.length; e++) yield snapshotRow("error", errorJson(errors[e]));
}

export type SnapshotRead = { ok: true; snapshot: RegisterSnapshot } | { ok: false; message: string };

function parseJson(row: readonly unknown[]): unknown {
  const json = rowJson(row);
  if (json === undefined) throw new Error("a cell that should hold JSON text holds something else");
  return JSON.parse(json);
}

/**
 * Reads the rows of a snapshot sheet back (version 2, or 1 from registers written before it); any
 * damage is reported, never guessed around.
 */
export function parseSnapshot(rows: readonly (readonly unknown[])[]): SnapshotRead {
  if (rows[0]?.[0] !== SNAPSHOT_MARK) return { ok: false, message: "its snapshot sheet does not start with the snapshot marker" };
  const version = Number(rows[0][1]);
  if (!READS.includes(version))
    return {
      ok: false,
      message: `its snapshot is version ${String(rows[0][1])}; this version of export-risk reads versions ${READS.join(" and ")}`,
    };
  try {
    if (rows[1]?.[0] !== "register") return { ok: false, message: "its snapshot has no register row" };
    const { shared, errors: listed, ...meta } = parseJson(rows[1]) as { shared?: SharedBasis; errors?: SnapshotError[] };
    const deals: SnapshotDeal[] = [];
    // Version 1 listed the rows in error in the register row; version 2 gives each its own row.
    const errors: SnapshotError[] = version === 1 ? (listed ?? []) : [];
    for (let i = 2; i < rows.length; i++) {
      const kind = rows[i]?.[0];
      if (kind === "error" && version >= 2) {
        const e = parseJson(rows[i]) as SnapshotError;
        if (typeof e.id !== "string" || typeof e.row !== "number") return { ok: false, message: `snapshot row ${i + 1} is incomplete` };
        errors.push({ id: e.id, row: e.row });
        continue;
      }
      if (kind !== "deal") return { ok: false, message: `snapshot row ${i + 1} is not a deal${version >= 2 ? " or a row in error" : ""}` };
      const d = parseJson(rows[i]) as SnapshotDeal;
      if (d.basis && shared && d.basis.reference === undefined) d.basis = { ...shared, ...d.basis };
      if (typeof d.id !== "string" || typeof d.decision !== "string" || !d.basis)
        return { ok: false, message: `snapshot row ${i + 1} is incomplete` };
      deals.push(d);
    }
    return { ok: true, snapshot: { ...(meta as Omit<RegisterSnapshot, "deals" | "errors">), errors, deals } };
  } catch (e) {
    return { ok: false, message: `its snapshot is damaged (${(e as Error).message})` };
  }
}
