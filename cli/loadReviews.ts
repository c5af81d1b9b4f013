import { promises as fs } from "fs";
import { parseReviews } from "../core";
import type { ReviewRecord } from "../core";
import { FileError } from "./readTableFile";

/** Reads a --reviews file; a missing file is an error here (a typo must not read as "no reviews"). */
export async function loadReviews(file: string): Promise<ReviewRecord[]> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(
      code === "ENOENT" ? `reviews file '${file}' does not exist - check the path` : `Cannot read '${file}': ${(e as Error).message}`,
    );
  }
  const parsed = parseReviews(text, file);
  if (!parsed.ok) throw new FileError(parsed.message);
  return parsed.reviews;
}

/** Today's date in the local calendar, for review-by comparisons (the one place these commands read the clock). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
