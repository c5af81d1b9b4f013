import type { Assessment } from "../model/types";
import { OTHER_CONCERN } from "./intakeCatalogues";
import type { IntakeNotes } from "./readDealRow";

const quoted = (list: readonly string[]) => list.map((t) => `'${t}'`).join("; ");

/**
 * The assessment with the intake's fail-safe readings in its drivers: the text behind the
 * `other-concern` red flag, and each mitigation entry that earned no credit. Assessments are shared
 * between identical deals, so a changed one is a copy.
 */
export function withIntakeDrivers(a: Assessment, notes: IntakeNotes | undefined): Assessment {
  if (!notes || (!notes.otherConcerns?.length && !notes.notCredited?.length)) return a;
  let drivers = a.drivers;
  if (notes.otherConcerns?.length && a.redFlags.includes(OTHER_CONCERN)) {
    const text = ` - from ${quoted(notes.otherConcerns)}`;
    let done = false;
    drivers = drivers.map((d) => {
      if (done || !/^Red flag: other[- ]concern/i.test(d)) return d;
      done = true;
      return d + text;
    });
    if (!done) drivers = [...drivers, `Red flag: other concern${text}`];
  }
  if (notes.notCredited?.length) drivers = [...drivers, `Mitigations not credited: ${quoted(notes.notCredited)}`];
  return { ...a, drivers };
}
