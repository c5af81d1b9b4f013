import { readFileSync } from "fs";
import * as path from "path";
import type { ListFileInput } from "../../core/screening";

export const ROOT = path.resolve(__dirname, "..", "..");
export const SANCTIONS = path.resolve(ROOT, "..", "shared", "data", "sanctions");

/** A real list file from ../shared/data/sanctions, as bytes (the way the CLI and the task pane hand it over). */
export function realFile(relative: string): ListFileInput {
  return { name: relative, bytes: new Uint8Array(readFileSync(path.join(SANCTIONS, relative))) };
}

export function realText(relative: string): string {
  return readFileSync(path.join(SANCTIONS, relative), "latin1");
}
