import type { JsonResult } from "../../core";
import { SharedTexts } from "./sharedTexts";

/**
 * A result as JSON in pieces to be written one after the other: the result up to its `data`, the
 * `data` text (the same string for every row, which a TextSink encodes once) and the closing
 * brace. Joined, they are the text `JSON.stringify` gives for the result with its `data` moved to
 * the end. Rows share the frozen results of the stages they have in common (figures, path to
 * proceed, restrictions applied): each such object is serialised once and its text reused. Keys
 * are written in the result's own order; a key whose value is undefined is left out, as
 * JSON.stringify leaves it out.
 */
export function resultJsonPieces(): (r: JsonResult) => string[] {
  let data: JsonResult["data"] | undefined;
  let dataJson = "";
  const keys = new Map<string, string>();
  const shared = new WeakMap<object, string>();
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
  const list = (v: readonly unknown[]) => (v.length ? cached(v) : "[]");
  const dataText = (rowData: JsonResult["data"]) => {
    if (rowData !== data) {
      data = rowData;
      dataJson = JSON.stringify(rowData);
    }
    return dataJson;
  };
  return (r) => {
    if (r.status === "ok" && r.screening === undefined && r.review === undefined && r.data !== undefined) {
      // A scored row as toJsonResult makes it (a test holds the two key orders together): its keys
      // written in that order without walking the object.
      const head = [
        '{"row":',
        String(r.row),
        ',"id":',
        JSON.stringify(r.id),
        ',"status":"ok","errors":',
        list(r.errors),
        ',"warnings":',
        list(r.warnings),
        ',"provisional":',
        cached(r.provisional),
        ',"inherent":',
        cached(r.inherent),
        ',"residual":',
        cached(r.residual),
        ',"decision":',
        JSON.stringify(r.decision),
        ',"hardStops":',
        list(r.hardStops),
        ',"flags":',
        list(r.flags),
        ',"drivers":',
      ];
      texts.jsonListInto(head, r.drivers);
      head.push(
        ',"redLines":',
        list(r.redLines),
        ',"pathToProceed":',
        cached(r.pathToProceed),
        ',"methodology":',
        JSON.stringify(r.methodology),
        ',"asAt":',
        JSON.stringify(r.asAt),
        ',"restrictionsApplied":',
        list(r.restrictionsApplied),
        ',"data":',
      );
      return [head.join(""), dataText(r.data), "}"];
    }
    // Pieces joined once at the end: one flat string, not a tree of additions copied flat again to be encoded.
    const parts: string[] = ["{"];
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
    parts.push(first ? '"data":' : ',"data":');
    return [parts.join(""), dataText(rowData), "}"];
  };
}
