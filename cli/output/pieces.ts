/**
 * A record as pieces written one after the other: text (encoded as UTF-8 when written) or bytes
 * already encoded. Texts shared by many rows (drivers, paths to proceed, reference data) are
 * encoded once and their bytes copied row after row: joining a record's pieces into one string and
 * encoding that string copies every character twice, and costs more than the copying itself on a
 * million rows. Bytes made here are Buffers, so the copying loop meets one kind of object.
 */
export type Piece = string | Uint8Array;

/** The UTF-8 bytes of a text, as a TextSink writes it (a lone surrogate becomes U+FFFD, as in Buffer.from). */
export function utf8(text: string): Uint8Array {
  return Buffer.from(text, "utf8");
}

/** The bytes the pieces make, one after the other (tests and the terminal's filtered output). */
export function piecesBytes(pieces: readonly Piece[]): Buffer {
  return Buffer.concat(pieces.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p)));
}
