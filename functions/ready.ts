/**
 * The functions read state the task pane loads asynchronously from the workbook (methodology
 * settings, restricted-party lists, reviewer decisions). Excel may evaluate a formula before that
 * state is in: a SCREEN cell would then say "no lists" and never change, because Excel recalculates
 * a non-volatile custom function only when its arguments change. So the pane holds the functions
 * (`holdFunctions`) before Office.onReady, the functions await `functionsReady()` (the cell shows
 * #BUSY! meanwhile), and the pane releases them once everything is read.
 * With no pane holding them (the functions' unit tests, a host without the pane) they answer at once.
 */
let pending: Promise<void> | undefined;

/** Called by the pane before it reads the workbook; the returned function releases the functions. */
export function holdFunctions(): () => void {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  pending = held;
  return () => {
    if (pending === held) pending = undefined;
    release();
  };
}

/** Resolves when the pane has read the workbook's state (at once when nothing is held). */
export function functionsReady(): Promise<void> {
  return pending ?? Promise.resolve();
}

/**
 * Runs a function body now when the workbook's state is loaded, after it otherwise. Synchronous when
 * nothing is pending, so a recalculation costs no extra promise per cell.
 */
export function whenReady<T>(body: () => T): T | Promise<T> {
  return pending ? pending.then(body) : body();
}
