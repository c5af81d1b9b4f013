import { sha256Hex, sha256Text } from "../sha256";
import type { ListFileInput } from "../types";

/** UTF-16 by its byte-order mark (Windows "Unicode" saves), else undefined. */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * Text and SHA-256 of a list file. Bytes are decoded as UTF-16 when they start with its byte-order mark,
 * else as UTF-8, or as Windows-1252 when they are not valid UTF-8 (older OFAC and watch-list files); the
 * hash is of the bytes exactly as given, so it equals `sha256sum` of the file.
 */
export function listText(file: ListFileInput): { text: string; sha256: string } {
  if (file.bytes) {
    let text: string;
    const utf16 = utf16Encoding(file.bytes);
    try {
      text = new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(file.bytes);
    } catch {
      text = new TextDecoder("windows-1252").decode(file.bytes);
    }
    return { text: text.replace(/^\uFEFF/, ""), sha256: file.sha256 ?? sha256Hex(file.bytes) };
  }
  const text = file.text ?? "";
  return { text: text.replace(/^\uFEFF/, ""), sha256: file.sha256 ?? sha256Text(text) };
}

/** Hash of a list made of several files: the SHA-256 of their hashes joined in order. */
export function combinedHash(hashes: string[]): string {
  return hashes.length === 1 ? hashes[0] : sha256Text(hashes.join("\n"));
}

/** "2024-05-03" from an ISO date or timestamp, or "" when the value is not a date. */
export function isoDate(value: string | undefined): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec((value ?? "").trim());
  return m ? m[1] : "";
}

/** "03/05/2024" (day first, as the UK list writes dates) to "2024-05-03"; ISO dates pass through. */
export function dayFirstDate(value: string | undefined): string {
  const v = (value ?? "").trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(v);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return isoDate(v);
}

export function asOfFields(fromFile: string, fromCaller: string | undefined): { asOf: string; asOfFrom: "file" | "caller" | "unknown" } {
  if (fromFile) return { asOf: fromFile, asOfFrom: "file" };
  const caller = isoDate(fromCaller);
  if (caller) return { asOf: caller, asOfFrom: "caller" };
  return { asOf: "", asOfFrom: "unknown" };
}
