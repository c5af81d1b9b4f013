import { setImmediate as nextTurn } from "timers/promises";

/** Uncompressed sheet XML allowed to queue in front of the zip compressor before the writer waits. */
const QUEUED_LIMIT = 8 * 1024 * 1024;

type Pipe = {
  writableLength?: number;
  _writableState?: { length: number };
  once(event: string, f: () => void): void;
  off(event: string, f: () => void): void;
};

/** Bytes queued in a writable: Node's streams say writableLength, older readable-stream copies only _writableState. */
const queued = (pipe: Pipe) => pipe.writableLength ?? pipe._writableState?.length ?? 0;
type SheetWriter = { _stream?: { pipes?: Pipe[] } } | undefined;

/**
 * Resolves when the pipe has taken its queue: a stream still open says "drain"; one already ended
 * (a sheet finished earlier, still queued when the next one is written) never does, and says
 * "finish" once its queue is written.
 */
function drained(pipe: Pipe): Promise<void> {
  const events = ["drain", "finish", "close", "error"];
  return new Promise((resolve) => {
    const done = () => {
      for (const e of events) pipe.off(e, done);
      resolve();
    };
    for (const e of events) pipe.once(e, done);
  });
}

/**
 * The pause for a register streamed with exceljs's WorkbookWriter. Its sheet buffer hands XML to
 * the zip's compressor without heeding back-pressure, so a fast producer queues the whole sheet
 * in memory. This waits, whenever the compressor's input queue of a sheet being written is over
 * the limit, until it has drained (reaching into exceljs: `_worksheets[]._stream.pipes`).
 */
export function zipBackPressure(book: unknown): () => Promise<void> {
  const sheets = () => ((book as { _worksheets?: SheetWriter[] })._worksheets ?? []).filter(Boolean);
  return async () => {
    for (const sheet of sheets()) {
      for (const pipe of sheet?._stream?.pipes ?? []) {
        while (queued(pipe) > QUEUED_LIMIT) await drained(pipe);
      }
    }
    await nextTurn();
  };
}
