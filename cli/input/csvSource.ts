import { createReadStream } from "fs";
import Papa from "papaparse";
import { FileError } from "./fileError";
import { batchesAfter, headOf, rowsOf } from "./headOf";
import type { TableRow, TableSource } from "./tableRow";

const CHUNK = 1 << 16;

/**
 * The text of a file chunk by chunk: UTF-8 (with or without BOM), or UTF-16 when it starts with
 * a byte-order mark (Excel's "Unicode text" export). A zip or a file with NUL bytes is refused.
 */
async function* decodedText(file: string, read: { bytes: number }): AsyncGenerator<string> {
  const stream = createReadStream(file, { highWaterMark: CHUNK });
  let decoder: TextDecoder | undefined;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!decoder) {
        if (chunk.length >= 4 && chunk.readUInt32LE(0) === 0x04034b50)
          throw new FileError(`'${file}' is a zip/xlsx workbook with a text file extension - rename it to .xlsx`);
        const le = chunk[0] === 0xff && chunk[1] === 0xfe;
        const be = chunk[0] === 0xfe && chunk[1] === 0xff;
        // The decoder drops the BOM itself (ignoreBOM false).
        decoder = new TextDecoder(le ? "utf-16le" : be ? "utf-16be" : "utf-8");
      }
      read.bytes += chunk.length;
      const text = decoder.decode(chunk, { stream: true });
      if (text.includes("\u0000"))
        throw new FileError(`'${file}' is not a text file (it contains binary data) - export it as CSV UTF-8 or Unicode text`);
      if (text) yield text;
    }
    const tail = decoder?.decode() ?? "";
    if (tail) yield tail;
  } finally {
    stream.destroy();
  }
}

/** Rows of a delimited text file (comma, semicolon, tab or pipe, guessed from the start), parsed chunk by chunk: a batch a chunk. */
async function* delimitedRows(file: string, read: { bytes: number }): AsyncGenerator<TableRow[]> {
  let parser: Papa.Parser | undefined;
  let partial = "";
  let number = 0;
  const take = (text: string, last: boolean): TableRow[] => {
    const parsed = parser!.parse(text, 0, !last);
    const fatal = (parsed.errors as Papa.ParseError[]).find((e) => e.type === "Quotes");
    if (fatal) throw new FileError(`'${file}' row ${number + (fatal.row ?? 0) + 1}: ${fatal.message} - check the quotes around that row`);
    partial = last ? "" : text.slice(parsed.meta.cursor);
    const data = parsed.data as unknown as string[][];
    const batch = new Array<TableRow>(data.length);
    for (let i = 0; i < data.length; i++) batch[i] = { number: ++number, cells: data[i] };
    return batch;
  };
  for await (const text of decodedText(file, read)) {
    if (!parser) {
      const guess = Papa.parse<string[]>(text.slice(0, 64 * 1024), { preview: 50, delimitersToGuess: [",", ";", "\t", "|"] });
      parser = new Papa.Parser({ delimiter: guess.meta.delimiter || ",", newline: (guess.meta.linebreak || "\n") as "\n" });
    }
    const batch = take(partial + text, false);
    if (batch.length) yield batch;
  }
  if (parser && partial) yield take(partial, true);
}

export async function openCsvSource(file: string, size: number): Promise<TableSource> {
  const read = { bytes: 0 };
  const stream = delimitedRows(file, read);
  const { head, next, done } = await headOf(stream);
  // A final newline gives one empty trailing row: the table ends before it.
  while (done && head.length && head[head.length - 1].length === 1 && head[head.length - 1][0] === "") head.pop();
  const batches = (afterIndex: number, width = Infinity) => batchesAfter(head, next, done ? undefined : stream, afterIndex, width);
  return {
    file,
    head,
    batches,
    rows: (afterIndex, width) => rowsOf(batches(afterIndex, width)),
    readFraction: () => (size > 0 ? Math.min(1, read.bytes / size) : undefined),
    close: async () => {
      await stream.return(undefined);
    },
  };
}
