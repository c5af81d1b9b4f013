import { createProgress, progressShown } from "../../cli/progress";

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
}

describe("progress on standard error", () => {
  test("is shown only on a terminal, and never when CI is set", () => {
    expect(progressShown(fakeStream(true).stream, {})).toBe(true);
    expect(progressShown(fakeStream(false).stream, {})).toBe(false);
    expect(progressShown(fakeStream(true).stream, { CI: "true" })).toBe(false);
    expect(progressShown(fakeStream(true).stream, { CI: "1" })).toBe(false);
    expect(progressShown(fakeStream(true).stream, { CI: "false" })).toBe(true);
  });

  test("a long run on a terminal shows rows done, the rate and the time left, and clears the line at the end", () => {
    const t = { now: 1_000_000 };
    const spy = jest.spyOn(Date, "now").mockImplementation(() => t.now);
    try {
      const { stream, written } = fakeStream(true);
      const p = createProgress("deals", () => 0.25, stream, {});
      for (let i = 0; i < 50_000; i++) {
        if (i % 1000 === 0) t.now += 100;
        p.tick();
      }
      p.done();
      expect(written.some((w) => /\d[\d,]* deals done, [\d,]+\/s - about \d+ s left/.test(w))).toBe(true);
      expect(written[written.length - 1]).toBe("\r\x1b[K");
    } finally {
      spy.mockRestore();
    }
  });

  test("piped (not a terminal), nothing is written however long the run", () => {
    const { stream, written } = fakeStream(false);
    const p = createProgress("deals", () => 0.5, stream, {});
    for (let i = 0; i < 100_000; i++) p.tick();
    p.done();
    expect(written).toEqual([]);
  });
});
