import type { DecisionId } from "../model/types";

/** The decision a reviewer records: one of the methodology's five (version 2 added "decline"). */
export type ReviewDecision = DecisionId;

/** Least to most severe: the order the methodology's decisions escalate in. */
export const REVIEW_DECISIONS: readonly ReviewDecision[] = ["proceed", "proceed-with-conditions", "escalate", "decline", "stop"];

export const TREATMENTS = ["Accept", "Mitigate", "Transfer", "Avoid"] as const;
export type Treatment = (typeof TREATMENTS)[number];

/** A condition imposed by the decision: what must be done, by whom, by when. */
export interface ReviewCondition {
  text: string;
  owner: string;
  /** YYYY-MM-DD */
  due: string;
}

/**
 * What a recommendation rested on. A record holds for exactly this basis: when any part differs
 * on today's deal, the record is stale and the deal needs a new review.
 */
export interface DealBasis {
  /** SHA-256 of the deal's assessed inputs (not its row number or owner columns). */
  input: string;
  /** "techUK-2014@2" plus a hash of the profile's content, so a tuned copy under the same tag still differs. */
  methodology: string;
  /** Hash of the reference data versions (countries, governance figures, restrictions table). */
  reference: string;
  /** Hash of the reference data this deal's result used: its destination figures and the restrictions on its countries. */
  referenceDeal: string;
  /** Hash of the restricted-party list versions screened ("" when none were). */
  lists: string;
  /** Hash of this deal's screening hits and their decisions ("" when none were screened). */
  listsDeal: string;
}

export type BasisPart = keyof DealBasis;

/** One sign-off of one deal. */
export interface ReviewRecord {
  dealId: string;
  /** The tool's decision when the review was taken. */
  recommended: ReviewDecision;
  /** The decision the company took; differs from `recommended` only with an override reason. */
  decision: ReviewDecision;
  overrideReason?: string;
  treatment: Treatment;
  reviewer: string;
  approver?: string;
  /** Reference of the board minute or resolution that approved going ahead against a `decline`. */
  boardApproval?: string;
  /** YYYY-MM-DD of the sign-off. */
  date: string;
  /** YYYY-MM-DD by which the deal must be reviewed again. */
  reviewBy: string;
  conditions: ReviewCondition[];
  notes?: string;
  evidence: string[];
  basis: DealBasis;
  /** Methodology tag, for a reader of the file (the basis holds the hash). */
  methodology: string;
}

export interface ReviewFile {
  version: 1;
  reviews: ReviewRecord[];
}

export type ReviewStatus = "none" | "current" | "stale" | "overdue";

/** A deal's review as results carry it (`review` in JSON, the review columns of the register). */
export interface DealReview {
  status: ReviewStatus;
  /** Plain-language reasons when stale or overdue ("the deal's input changed", "review was due 2026-06-30"). */
  reasons: string[];
  /** The latest record for this deal id, current or not. */
  record?: ReviewRecord;
}
