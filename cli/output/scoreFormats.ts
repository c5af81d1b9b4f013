import { provenanceLines, type DataProvenance, type JsonResult } from "../../core";
import { csvColumns, reviewCsvColumns, tableLines, tableRow, type TableRow } from "../formatResults";
import { scoreCsvRecord } from "./scoreCsvRecord";
import type { ScoreCounts } from "./scoreCounts";
import { csvLine } from "./csvLine";
import { resultJsonPieces } from "./resultJson";
import { utf8, type Piece } from "./pieces";

/**
 * One output format of `score`, written row by row: `start` before the first row, `row` for each
 * result as it is ready (it may hold rows back and hand them out in a batch), as text or as one
 * record's pieces (pieces.ts), `end` after the last.
 */
export interface ScoreFormat {
  start(): string;
  row(r: JsonResult): string | readonly Piece[];
  end(counts: ScoreCounts): string;
}

/** `reviews`: score --reviews, whose rows end with the review columns. */
function csvFormat(reviews: boolean): ScoreFormat {
  return {
    start: () => csvLine(reviews ? [...csvColumns, ...reviewCsvColumns] : csvColumns),
    row: scoreCsvRecord(reviews),
    end: () => "",
  };
}

const BETWEEN_ROWS = utf8(",\n");
const LINE_END = utf8("\n");

/** A JSON array, one result per line, so it can be written (and read) a row at a time. */
function jsonFormat(): ScoreFormat {
  let first = true;
  const json = resultJsonPieces();
  return {
    start: () => "[\n",
    row(r) {
      const pieces = json(r);
      if (!first) pieces.unshift(BETWEEN_ROWS);
      first = false;
      return pieces;
    },
    end: () => (first ? "]\n" : "\n]\n"),
  };
}

function ndjsonFormat(): ScoreFormat {
  const json = resultJsonPieces();
  return {
    start: () => "",
    row(r) {
      const pieces = json(r);
      pieces.push(LINE_END);
      return pieces;
    },
    end: () => "",
  };
}

/** Rows held to size the table's columns; later rows keep those widths (a longer cell overflows). */
const TABLE_SIZING_ROWS = 1000;

function tableFormat(methodology: string, data: Record<string, DataProvenance>, width: number): ScoreFormat {
  let held: TableRow[] | null = [];
  let widths: number[] = [];
  /** `more`: rows will follow the held ones, so leave room for longer row numbers and ids. */
  const release = (more: boolean) => {
    const cells = held ?? [];
    let sized = tableLines(cells, width).widths;
    if (more) {
      sized = sized.slice();
      const before = sized[0] + sized[1];
      sized[0] = Math.max(sized[0], 7);
      sized[1] = Math.max(sized[1], 12);
      const last = sized.length - 1;
      sized[last] = Math.max(20, sized[last] - (sized[0] + sized[1] - before));
    }
    const lines = tableLines(cells, width, sized);
    widths = lines.widths;
    held = null;
    return lines.text;
  };
  return {
    start: () => "",
    row(r) {
      const cells = tableRow(r, width);
      if (held) {
        held.push(cells);
        return held.length >= TABLE_SIZING_ROWS ? release(true) : "";
      }
      return tableLines([cells], width, widths, false).text;
    },
    end(counts) {
      const body = held ? release(false) : "";
      return (
        body +
        [
          "",
          counts.summary(),
          ...(counts.warned
            ? [
                `${counts.warned} scored ${counts.warned === 1 ? "deal carries" : "deals carry"} warnings (values read the fail-safe way): see --format json or csv`,
              ]
            : []),
          `Methodology ${methodology}`,
          `Assessed as at ${counts.asAtSummary()}`,
          ...provenanceLines(Object.values(data)).map((d) => `Data: ${d}`),
        ].join("\n") +
        "\n"
      );
    },
  };
}

export type ScoreFormatName = "table" | "json" | "ndjson" | "csv";

export function scoreFormat(
  name: ScoreFormatName,
  methodology: string,
  data: Record<string, DataProvenance>,
  width: number,
  opts: { reviews?: boolean } = {},
): ScoreFormat {
  if (name === "csv") return csvFormat(opts.reviews === true);
  if (name === "json") return jsonFormat();
  if (name === "ndjson") return ndjsonFormat();
  return tableFormat(methodology, data, width);
}
