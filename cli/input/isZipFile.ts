import { promises as fs } from "fs";

/** Whether a file starts with a zip local-file header, as every .xlsx workbook does. */
export async function isZipFile(file: string): Promise<boolean> {
  const fh = await fs.open(file, "r");
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await fh.close();
  }
}
