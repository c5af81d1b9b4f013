import type { JsonResult } from "../../core";
import { SharedTexts } from "./sharedTexts";
import { utf8, type Piece } from "./pieces";

/** The fixed texts of a scored row's JSON, encoded once. */
const ROW = utf8('{"row":');
const ID = utf8(',"id":');
const STATUS_OK_ERRORS = utf8(',"status":"ok","errors":');
const WARNINGS = utf8(',"warnings":');
const PROVISIONAL = utf8(',"provisional":');
const INHERENT = utf8(',"inherent":');
const RESIDUAL = utf8(',"residual":');
const DECISION = utf8(',"decision":');
const HARDSTOPS = utf8(',"hardStops":');
const FLAGS = utf8(',"flags":');
const DRIVERS = utf8(',"drivers":');
const REDLINES = utf8(',"redLines":');
const PATHTOPROCEED = utf8(',"pathToProceed":');
const METHODOLOGY = utf8(',"methodology":');
const ASAT = utf8(',"asAt":');
const RESTRICTIONSAPPLIED = utf8(',"restrictionsApplied":');
const DATA = utf8(',"data":');
const CLOSE = utf8("}");

/**
 * A result as JSON in pieces to be written one after the other (pieces.ts). One after the other,
 * they are the text `JSON.stringify` gives for the result with its `data` moved to the end. Rows
 * share the frozen results of the stages they have in common (figures, path to proceed,
 * restrictions applied, the reference data): each such object is serialised and encoded once and
 * its bytes reused. Keys are written in the result's own order; a key whose value is undefined is
 * left out, as JSON.stringify leaves it out. Each call returns a new list.
 */
export function resultJsonPieces(): (r: JsonResult) => Piece[] {
  let data: JsonResult["data"] | undefined;
  let dataJson: Uint8Array = utf8("");
  const keys = new Map<string, string>();
  const shared = new WeakMap<object, string>();
  const sharedBytes = new WeakMap<object, Uint8Array>();
  const texts = new SharedTexts();
  const keyText = (k: string, first: boolean) => {
    let t = keys.get(k);
    if (t === undefined) keys.set(k, (t = `,${JSON.stringify(k)}:`));
    return first ? t.slice(1) : t;
  };
  const cached = (v: unknown): string => {
    if (v === null || typeof v !== "object" || !Object.isFrozen(v)) return JSON.stringify(v);
    let text = shared.get(v);
    if (text === undefined) shared.set(v, (text = JSON.stringify(v)));
    return text;
  };
  /** The bytes of a frozen (shared) value's JSON, or the text of any other. */
  const cachedPiece = (v: unknown): Piece => {
    if (v === null || typeof v !== "object" || !Object.isFrozen(v)) return JSON.stringify(v);
    let bytes = sharedBytes.get(v);
    if (bytes === undefined) sharedBytes.set(v, (bytes = utf8(JSON.stringify(v))));
    return bytes;
  };
  const list = (v: readonly unknown[]): Piece => (v.length ? cachedPiece(v) : "[]");
  const dataBytes = (rowData: JsonResult["data"]) => {
    if (rowData !== data) {
      data = rowData;
      dataJson = utf8(JSON.stringify(rowData));
    }
    return dataJson;
  };
  return (r) => {
    if (r.status === "ok" && r.screening === undefined && r.review === undefined && r.data !== undefined) {
      // A scored row as toJsonResult makes it (a test holds the two key orders together): its keys
      // written in that order without walking the object.
      const head: Piece[] = [
        ROW,
        String(r.row),
        ID,
        JSON.stringify(r.id),
        STATUS_OK_ERRORS,
        list(r.errors),
        WARNINGS,
        list(r.warnings),
        PROVISIONAL,
        cachedPiece(r.provisional),
        INHERENT,
        cachedPiece(r.inherent),
        RESIDUAL,
        cachedPiece(r.residual),
        DECISION,
        JSON.stringify(r.decision),
        HARDSTOPS,
        list(r.hardStops),
        FLAGS,
        list(r.flags),
        DRIVERS,
      ];
      texts.jsonListInto(head, r.drivers);
      head.push(
        REDLINES,
        list(r.redLines),
        PATHTOPROCEED,
        cachedPiece(r.pathToProceed),
        METHODOLOGY,
        JSON.stringify(r.methodology),
        ASAT,
        JSON.stringify(r.asAt),
        RESTRICTIONSAPPLIED,
        list(r.restrictionsApplied),
        DATA,
        dataBytes(r.data),
        CLOSE,
      );
      return head;
    }
    // Pieces joined once at the end: one flat string, not a tree of additions copied flat again to be encoded.
    const parts: Piece[] = ["{"];
    let first = true;
    for (const k in r) {
      if (k === "data") continue;
      const v = (r as unknown as Record<string, unknown>)[k];
      if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
      // A frozen value is shared by every row with the same stage result (figures, path, restrictions): serialised once.
      parts.push(keyText(k, first), cached(v));
      first = false;
    }
    const rowData = r.data;
    if (rowData === undefined) {
      parts.push("}");
      return [parts.join("")];
    }
    parts.push(first ? '"data":' : ',"data":', dataBytes(rowData), "}");
    return parts;
  };
}
