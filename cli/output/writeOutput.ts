import { writeFileAtomic } from "../writeFileAtomic";
import { fileSink, stdoutSink, type TextSink } from "./textSink";

/**
 * Runs `produce` against the output: standard output, or a temporary file beside `out` that is
 * renamed into place only when `produce` succeeds (an error or an interrupted run leaves nothing
 * under the target name).
 */
export async function writeOutput<T>(out: string | undefined, produce: (sink: TextSink) => Promise<T>): Promise<T> {
  if (!out) {
    const sink = stdoutSink();
    const result = await produce(sink);
    await sink.end();
    return result;
  }
  let result: T;
  await writeFileAtomic(out, async (tmp) => {
    const sink = fileSink(tmp);
    try {
      result = await produce(sink);
      await sink.end();
    } catch (e) {
      await sink.destroy();
      throw e;
    }
  });
  return result!;
}
