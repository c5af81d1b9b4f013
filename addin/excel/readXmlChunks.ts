import { readChunkXml, type DataChunk } from "./customXmlText";
import { runExcel } from "./runExcel";

/** Parts read per request: each holds at most ~1 MB, so three stay under Excel's 5 MB response limit. */
const partsPerRead = 3;

/**
 * The data chunks of the custom XML parts in `namespace` whose ids are wanted, by part id.
 * Round trips: 1, plus 1 per three parts. A part that is not one of our chunks is left out.
 */
export async function readXmlChunks(namespace: string, wanted: ReadonlySet<string>): Promise<Map<string, DataChunk>> {
  const chunks = new Map<string, DataChunk>();
  await runExcel(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(namespace);
    parts.load("items/id");
    await context.sync();
    const ours = parts.items.filter((p) => wanted.has(p.id));
    for (let i = 0; i < ours.length; i += partsPerRead) {
      const batch = ours.slice(i, i + partsPerRead).map((p) => ({ id: p.id, xml: p.getXml() }));
      await context.sync();
      for (const b of batch) {
        const c = readChunkXml(b.xml.value);
        if (c) chunks.set(b.id, c);
      }
    }
  });
  return chunks;
}
