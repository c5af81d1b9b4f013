import type { RegisterSnapshot } from "./registerSnapshot";
import type { PreviousSnapshot } from "./diffRegisters";

/** One input file of a register run, for the audit line on the Read me. */
export interface InputFileRecord {
  /** What the file was used as: "Deals", "Methodology", "Restrictions", "List", "Reviews", "Previous register", "FX rates". */
  role: string;
  name: string;
  sha256: string;
}

/** Exchange rates into one currency, for the value at stake on the dashboard. */
export interface FxRates {
  /** The currency everything is converted into (ISO 4217 code). */
  currency: string;
  /** The date the rates are for (YYYY-MM-DD). */
  asOf: string;
  /** Where the rates came from (file name). */
  source: string;
  /** Units of `currency` per one unit of the keyed currency. */
  rates: Record<string, number>;
}

/** The register's lifecycle extras: all optional, plain data, so the task pane can give them too. */
export interface RegisterLifecycle {
  audit?: {
    inputs: InputFileRecord[];
    preparedBy: string;
    tool: string;
    /** ISO date-time of the run: the one value in the workbook that depends on the clock. */
    runAt: string;
  };
  /**
   * The previous register's embedded snapshot, for the Changes sheet: read whole, or compactly (the
   * command line's, for one run; its deals are let go as they are compared).
   */
  previous?: { file: string; snapshot: RegisterSnapshot | PreviousSnapshot };
  fx?: FxRates;
  /** The reviews file read, when decision records were given. */
  reviews?: { file: string; records: number };
  /** A faster SHA-256 for the deals' fingerprints (Node's native one); same digests as the default. */
  sha256?: (text: string) => string;
}
