import { createHash } from "crypto";
import { promises as fs } from "fs";
import { basename, extname } from "path";
import { validateWgiTable, type WgiTable } from "../core";
import { deriveWgi } from "../core";
import { readWgiWorkbook } from "./readWgiWorkbook";
import { FileError } from "./readTableFile";

/**
 * A WGI history from the World Bank's official workbook (.xlsx, derived as `npm run data:wgi`
 * does) or from a table already derived (.json). Problems are one-line file errors.
 */
export async function readWgiFile(file: string): Promise<WgiTable> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(`Cannot read the WGI file '${file}': ${code === "ENOENT" ? "it does not exist" : (e as Error).message}`);
  }
  try {
    if (extname(file).toLowerCase() === ".json") {
      const checked = validateWgiTable(JSON.parse(bytes.toString("utf8")));
      if (!checked.ok) throw new Error(checked.errors.slice(0, 5).join("; "));
      return checked.table;
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    return deriveWgi(await readWgiWorkbook(file), { name: basename(file), sha256 }).table;
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError(`${file}: not a usable WGI file - ${(e as Error).message}`);
  }
}
