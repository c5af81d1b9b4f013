import { promises as fs } from "fs";
import { FileError } from "./readTableFile";
import { resolveWriteTarget } from "./writeFileAtomic";

async function identity(file: string): Promise<{ real: string; dev?: number; ino?: number } | undefined> {
  try {
    const real = await fs.realpath(file);
    const st = await fs.stat(real);
    return { real, dev: st.dev, ino: st.ino };
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output path that is one of the command's inputs - the same path, a symbolic link to it or a
 * hard link - before any work is done, so a run can never replace the file it reads.
 */
export async function assertNotAnInput(out: string, optionName: string, inputs: ReadonlyArray<string | undefined>): Promise<void> {
  const target = await resolveWriteTarget(out);
  const outId = (await identity(target)) ?? { real: target };
  for (const input of inputs) {
    if (!input) continue;
    const inId = await identity(input);
    if (!inId) continue;
    const same = inId.real === outId.real || (outId.ino !== undefined && inId.dev === outId.dev && inId.ino === outId.ino);
    if (same)
      throw new FileError(
        `${optionName} '${out}' is the input file '${input}' - writing there would replace it; choose another output file`,
      );
  }
}
