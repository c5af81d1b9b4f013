import { describeOfficeError } from "./officeErrors";
import { readSourceSnapshot } from "./readSource";
import { describeSource, type SourceRef } from "./sourceRef";
import { planFromSnapshot } from "./toolColumns";
import { runExcel } from "./runExcel";

export interface SourcePreview {
  /** A fixed reference for the scoring run: the selection is pinned to its address. */
  ref: SourceRef;
  sheet: string;
  address: string;
  /** Header row and the first rows, without the tool's own result columns. */
  rows: unknown[][];
  dataRows: number;
}

const sampleRows = 5;

/** Reads the header and first rows of a source for the mapping preview. One round trip. */
export async function previewSource(ref: SourceRef): Promise<SourcePreview | { error: string }> {
  try {
    return await runExcel(async (context) => {
      const src = await readSourceSnapshot(context, ref, () => context.sync());
      if (src.rowCount < 2) {
        return { error: `${src.address} holds a single row. Select the deals including their header row, or pick a table.` };
      }
      const headers = (src.values[0] ?? []).map((v) => String(v ?? ""));
      const plan = planFromSnapshot(src, headers, false);
      const pinned: SourceRef =
        ref.kind === "selection" ? { kind: "range", sheet: src.sheet, address: src.address.split("!").pop()! } : ref;
      return {
        ref: pinned,
        sheet: src.sheet,
        address: src.address,
        rows: src.values.slice(0, 1 + sampleRows).map((r) => r.filter((_, i) => plan.inputColumns[i])),
        dataRows: src.rowCount - 1,
      };
    });
  } catch (err) {
    return { error: describeOfficeError(err, `read ${describeSource(ref)}`).message };
  }
}

/** Reads every row of a source (without the tool's own columns) for the board register. One round trip. */
export async function readSourceRows(
  ref: SourceRef,
): Promise<{ rows: unknown[][]; firstRowNumber: number; sheet: string; address: string } | { error: string }> {
  try {
    return await runExcel(async (context) => {
      const src = await readSourceSnapshot(context, ref, () => context.sync());
      const headers = (src.values[0] ?? []).map((v) => String(v ?? ""));
      const plan = planFromSnapshot(src, headers, false);
      return {
        rows: src.values.map((r) => r.filter((_, i) => plan.inputColumns[i])),
        firstRowNumber: src.rowIndex + 1,
        sheet: src.sheet,
        address: src.address,
      };
    });
  } catch (err) {
    return { error: describeOfficeError(err, `read ${describeSource(ref)}`).message };
  }
}
