import type { DealField } from "../intake/columns";

/** What a mapping row says a value means when it names no catalogue entry: nothing at all. */
export const NOTHING = "none";

/**
 * A user's CRM vocabulary, kept apart from the methodology: which header feeds which field and
 * what each picklist value means. Keys are normalizeKey() of the header or value text.
 */
export interface IntakeMapping {
  /** Header key -> field, or null for a column the mapping says not to use. */
  columns: ReadonlyMap<string, DealField | null>;
  /** Per field: value key -> catalogue id (country: ISO alpha-2; lists: an id or NOTHING). */
  values: ReadonlyMap<DealField, ReadonlyMap<string, string>>;
  /** SHA-256 of the mapping file as read, recorded in every result's provenance. */
  sha256: string;
  /** The mapping file's name, for messages and the register's Read me. */
  source: string;
}
