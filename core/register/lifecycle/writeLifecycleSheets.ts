import type { RegisterBook } from "../registerBook";
import type { RegisterInput, RegisterOptions } from "../registerInput";
import { lifecycleFigures } from "./lifecycleFigures";
import { writeChangesSheet } from "./writeChangesSheet";
import { writeSnapshotSheet } from "./writeSnapshotSheet";

/** The sheets after the register's own: Changes (when a previous register was given) and the hidden Snapshot. */
export async function writeLifecycleSheets(book: RegisterBook, input: RegisterInput, pacing: RegisterOptions = {}): Promise<string[]> {
  const l = lifecycleFigures(input);
  const sheets: string[] = [];
  if (l.diff && input.lifecycle?.previous) {
    sheets.push(...(await writeChangesSheet(book, input, l.diff, input.lifecycle.previous.file, pacing)));
  }
  sheets.push(...(await writeSnapshotSheet(book, l.snapshotRows(), pacing)));
  return sheets;
}
