import type { ScoredRow } from "../../model/types";
import type { RegisterMeta } from "../registerInput";
import { basisSourcesOfInput, dealJson, errorJson, snapshotDeal, snapshotHead, snapshotMeta, type SharedBasis } from "./registerSnapshot";
import { snapshotRow } from "./snapshotCells";
import type { LineSpool } from "../lineSpool";
import type { DiffTally } from "./diffRegisters";

/**
 * The Snapshot sheet gathered row by row: each row's JSON text goes to the spool as it is scored,
 * a deal's as its object and a row in error's as a one-element array (the first character tells
 * them apart when they are read back), so nothing per row is held here however many are in error.
 * With a previous register, `diff` is handed each deal and row in error as they go by.
 */
export function snapshotTally(input: RegisterMeta, spool: LineSpool, diff?: DiffTally) {
  const sources = basisSourcesOfInput(input);
  let shared: SharedBasis | undefined;
  return {
    add(r: ScoredRow): void {
      if (r.status !== "ok") {
        spool.add(`[${errorJson({ id: r.id.trim(), row: r.row })}]`);
        diff?.addError(r.id.trim(), r.row);
        return;
      }
      const d = snapshotDeal(r, input, sources);
      diff?.addDeal(d);
      // The basis parts every deal shares are written once, in the register row: the first deal's.
      shared ??= { reference: d.basis.reference, lists: d.basis.lists, methodology: d.basis.methodology };
      spool.add(dealJson(d, shared));
    },
    *rows(): Generator<string[]> {
      yield* snapshotHead(snapshotMeta(input, sources), shared);
      for (const line of spool.lines())
        yield line.charCodeAt(0) === 0x5b /* [ */ ? snapshotRow("error", line.slice(1, -1)) : snapshotRow("deal", line);
    },
  };
}
