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

/** The register row's facts: everything a snapshot says of its register but its rows. */
export type SnapshotHead = Omit<RegisterSnapshot, "deals" | "errors">;

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
export function snapshotMeta(input: RegisterMeta, sources: BasisSources): SnapshotHead {
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
export function* snapshotHead(meta: SnapshotHead, shared: SharedBasis | undefined): Generator<string[]> {
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

/** Where a snapshot's rows go as they are read: each deal (with its JSON text as stored) and each row in error. */
export interface SnapshotSink {
  deal(d: SnapshotDeal, json: string, shared: SharedBasis | undefined): void;
  error(e: SnapshotError): void;
}

/** A deal's JSON text as stored, with the basis parts it shares with the register row put back. */
export function dealOfJson(json: string, shared: SharedBasis | undefined): SnapshotDeal {
  const d = JSON.parse(json) as SnapshotDeal;
  if (d.basis && shared && d.basis.reference === undefined) d.basis = { ...shared, ...d.basis };
  return d;
}

/** A row's JSON text (see rowJson); a cell that is not text is damage. */
function jsonText(row: readonly unknown[]): string {
  const json = rowJson(row);
  if (json === undefined) throw new Error("a cell that should hold JSON text holds something else");
  return json;
}

const parseJson = (row: readonly unknown[]): unknown => JSON.parse(jsonText(row));

/**
 * Reads the rows of a snapshot sheet one at a time (version 2, or 1 from registers written before
 * it), handing each deal and row in error to `sink`, so a caller keeps only what it needs of them.
 * `row` returns a message at the first damage (stop reading there): damage is reported, never
 * guessed around. `head` is the register row's facts once read.
 */
export function snapshotReader(sink: SnapshotSink) {
  let at = 0;
  let version = 0;
  let head: SnapshotHead | undefined;
  let shared: SharedBasis | undefined;
  const read = (row: readonly unknown[]): string | undefined => {
    const i = at++;
    if (i === 0) {
      if (row[0] !== SNAPSHOT_MARK) return "its snapshot sheet does not start with the snapshot marker";
      version = Number(row[1]);
      if (!READS.includes(version))
        return `its snapshot is version ${String(row[1])}; this version of export-risk reads versions ${READS.join(" and ")}`;
      return undefined;
    }
    if (i === 1) {
      if (row[0] !== "register") return "its snapshot has no register row";
      const { shared: s, errors: listed, ...meta } = parseJson(row) as { shared?: SharedBasis; errors?: SnapshotError[] };
      shared = s;
      head = meta as SnapshotHead;
      // Version 1 listed the rows in error in the register row; version 2 gives each its own row.
      if (version === 1) for (const e of listed ?? []) sink.error(e);
      return undefined;
    }
    const kind = row[0];
    if (kind === "error" && version >= 2) {
      const e = parseJson(row) as SnapshotError;
      if (typeof e.id !== "string" || typeof e.row !== "number") return `snapshot row ${i + 1} is incomplete`;
      sink.error({ id: e.id, row: e.row });
      return undefined;
    }
    if (kind !== "deal") return `snapshot row ${i + 1} is not a deal${version >= 2 ? " or a row in error" : ""}`;
    const json = jsonText(row);
    const d = dealOfJson(json, shared);
    if (typeof d.id !== "string" || typeof d.decision !== "string" || !d.basis) return `snapshot row ${i + 1} is incomplete`;
    sink.deal(d, json, shared);
    return undefined;
  };
  return {
    row(values: readonly unknown[]): string | undefined {
      try {
        return read(values);
      } catch (e) {
        return `its snapshot is damaged (${(e as Error).message})`;
      }
    },
    /** The register row's facts, or a message when the snapshot ended before them. */
    head(): { ok: true; head: SnapshotHead } | { ok: false; message: string } {
      if (at === 0) return { ok: false, message: "its snapshot sheet does not start with the snapshot marker" };
      return head ? { ok: true, head } : { ok: false, message: "its snapshot has no register row" };
    },
  };
}

/** Reads the rows of a snapshot sheet back whole (see snapshotReader). */
export function parseSnapshot(rows: readonly (readonly unknown[])[]): SnapshotRead {
  const deals: SnapshotDeal[] = [];
  const errors: SnapshotError[] = [];
  const reader = snapshotReader({ deal: (d) => deals.push(d), error: (e) => errors.push(e) });
  for (const row of rows) {
    const message = reader.row(row);
    if (message) return { ok: false, message };
  }
  const h = reader.head();
  if (!h.ok) return h;
  return { ok: true, snapshot: { ...h.head, errors, deals } };
}
