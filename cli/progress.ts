/** How far a long run has gone, shown on standard error when it is a terminal (never when piped or in CI). */
export interface Progress {
  /** Call once per row; cheap (the clock is read every 1,000 rows). */
  tick(): void;
  /** Clears the line. */
  done(): void;
}

const QUIET: Progress = { tick() {}, done() {} };
/** Nothing is shown for runs shorter than this. */
const SHOW_AFTER_MS = 1000;
const EVERY_MS = 250;

export function progressShown(stream: NodeJS.WriteStream = process.stderr, env = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  return stream.isTTY === true && !ci;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-GB");

function duration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return "?";
  if (s < 60) return `${Math.ceil(s)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/**
 * `fraction()` says how much of the input has been read (0..1), for the time left; undefined when
 * it cannot be known.
 */
export function createProgress(
  noun: string,
  fraction: () => number | undefined,
  stream: NodeJS.WriteStream = process.stderr,
  env = process.env,
): Progress {
  if (!progressShown(stream, env)) return QUIET;
  const start = Date.now();
  let rows = 0;
  let last = start;
  let shown = false;
  return {
    tick() {
      if (++rows % 1000 !== 0) return;
      const now = Date.now();
      if (now - start < SHOW_AFTER_MS || now - last < EVERY_MS) return;
      last = now;
      const secs = (now - start) / 1000;
      const f = fraction();
      const left = f && f > 0.01 ? ` - about ${duration((secs / f) * (1 - f))} left` : "";
      stream.write(`\r\x1b[K${fmt(rows)} ${noun} done, ${fmt(rows / secs)}/s${left}`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
