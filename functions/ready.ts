/**
 * The functions read state the task pane loads asynchronously from the workbook (methodology
 * settings, restricted-party lists, reviewer decisions). Excel may evaluate a formula before that
 * state is in: a SCREEN cell would then say "no lists" and never change, because Excel recalculates
 * a non-volatile custom function only when its arguments change. So the functions await
 * `whenReady` (the cell shows #BUSY! meanwhile) until the pane has read everything and releases them.
 *
 * In the task pane's page (the shared runtime) the hold starts when this module first runs, before
 * CustomFunctions.associate: Excel cannot call a function in the moment between the functions'
 * bundle and the pane's. Elsewhere (the functions' unit tests) nothing is held and they answer at once.
 */
interface Hold {
  promise: Promise<void>;
  release: () => void;
}
let held: Hold | undefined;

function hold(): Hold {
  let release!: () => void;
  const h: Hold = { promise: new Promise<void>((resolve) => (release = resolve)), release: () => release() };
  held = h;
  return h;
}

if (typeof document !== "undefined" && document.getElementById("container")) hold();

/** The pane takes the hold (or starts one) before it reads the workbook; the returned function releases the functions. */
export function holdFunctions(): () => void {
  const h = held ?? hold();
  return () => {
    if (held === h) held = undefined;
    h.release();
  };
}

/** Resolves when the pane has read the workbook's state (at once when nothing is held). */
export function functionsReady(): Promise<void> {
  return held?.promise ?? Promise.resolve();
}

/**
 * Runs a function body now when the workbook's state is loaded, after it otherwise. Synchronous when
 * nothing is held, so a recalculation costs no extra promise per cell.
 */
export function whenReady<T>(body: () => T): T | Promise<T> {
  return held ? held.promise.then(body) : body();
}
