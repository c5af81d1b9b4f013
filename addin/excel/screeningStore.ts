import { parseDecisions, serializeDecisions, type ScreeningDecision } from "../../core";
import { listFacts, packList, storedHash, unpackList, type ListFacts } from "../../core";
import type { ScreeningList } from "../../core";
import { chunkXml, dataNamespace, splitText, type DataChunk } from "./customXmlText";
import { documentSettings, readJsonSetting, saveDocumentSettings } from "./documentSettings";
import { describeOfficeError } from "./officeErrors";
import { readXmlChunks } from "./readXmlChunks";
import { requestBudgetChars } from "./writeBatches";
import { runExcel } from "./runExcel";

/**
 * Restricted-party lists and reviewer decisions kept in the workbook, so they travel with the file.
 *
 * Where: the data in custom XML parts (workbook.customXmlParts, saved inside the .xlsx), in chunks of
 * about 1 MB so no request to Excel nears its 5 MB limit; the OFAC SDN list takes about 1.1 MB this way.
 * Document settings are capped at about 2 MB for everything the add-in saves, so they hold only the
 * record of what is stored: per list its source, as-of date, counts and content hash (shown without
 * reading the data) and the ids and hash of its parts, which catch a part that was lost or altered.
 */

export const screeningSettingsKey = "exportRisk.screening";

interface StoredListRecord extends ListFacts {
  storedHash: string;
  partIds: string[];
}

interface ScreeningRecord {
  version: 1;
  lists: StoredListRecord[];
  decisionPartIds: string[];
}

export interface StoredScreening {
  lists: ScreeningList[];
  decisions: ScreeningDecision[];
  /** What could not be read back, each naming the list or the decisions and why. */
  problems: string[];
}

function readRecord(): ScreeningRecord {
  const r = readJsonSetting(screeningSettingsKey);
  const rec = r as ScreeningRecord | undefined;
  if (!rec || rec.version !== 1 || !Array.isArray(rec.lists)) return { version: 1, lists: [], decisionPartIds: [] };
  return { version: 1, lists: rec.lists, decisionPartIds: Array.isArray(rec.decisionPartIds) ? rec.decisionPartIds : [] };
}

/** Facts of the lists stored in the workbook, from the settings alone (no data read). */
export function storedListFacts(): ListFacts[] {
  return readRecord().lists.map((r) => {
    const facts: Partial<StoredListRecord> = { ...r };
    delete facts.storedHash;
    delete facts.partIds;
    return facts as ListFacts;
  });
}

/** Reads the lists and decisions stored in the workbook. Round trips: 1, plus 1 per three parts. */
export async function readStoredScreening(): Promise<StoredScreening> {
  const record = readRecord();
  const problems: string[] = [];
  const wanted = new Set([...record.lists.flatMap((l) => l.partIds), ...record.decisionPartIds]);
  if (wanted.size === 0) return { lists: [], decisions: [], problems };
  let chunks: Map<string, DataChunk>;
  try {
    chunks = await readXmlChunks(dataNamespace, wanted);
  } catch (err) {
    return {
      lists: [],
      decisions: [],
      problems: [describeOfficeError(err, "read the restricted-party lists stored in this workbook").message],
    };
  }
  const joined = (ids: string[], key: string): string | undefined => {
    const cs = ids.map((id) => chunks.get(id));
    if (cs.some((c) => !c || c.key !== key) || cs.length !== cs[0]!.of) return undefined;
    return cs
      .sort((a, b) => a!.part - b!.part)
      .map((c) => c!.text)
      .join("");
  };
  const lists: ScreeningList[] = [];
  for (const rec of record.lists) {
    const label = `${rec.title || rec.source}${rec.asOf ? ` (as of ${rec.asOf})` : ""}`;
    const text = rec.partIds.length > 0 ? joined(rec.partIds, rec.storedHash) : undefined;
    if (text === undefined || storedHash(text) !== rec.storedHash) {
      problems.push(`${label} is recorded in this workbook but its stored data is missing or altered. Load the list file again.`);
      continue;
    }
    const u = unpackList(text);
    if (!u.ok) problems.push(`${label} could not be read back: ${u.message}. Load the list file again.`);
    else lists.push(u.list);
  }
  let decisions: ScreeningDecision[] = [];
  if (record.decisionPartIds.length > 0) {
    const text = joined(record.decisionPartIds, "decisions");
    const parsed = text === undefined ? undefined : parseDecisions(text, "the reviewer decisions stored in this workbook");
    if (!parsed)
      problems.push("The reviewer decisions stored in this workbook are missing or incomplete; hits cleared before will alert again.");
    else if (!parsed.ok) problems.push(parsed.message);
    else decisions = parsed.decisions;
  }
  return { lists, decisions, problems };
}

/**
 * Stores exactly these lists and decisions in the workbook: lists already stored (same content hash)
 * keep their parts, new ones are added, removed ones and any stray parts of ours are deleted.
 * Round trips: 1 to list the parts, 1 per ~3.5 MB of new data (at least 1), then the settings save.
 */
export async function writeStoredScreening(
  lists: readonly ScreeningList[],
  decisions: readonly ScreeningDecision[],
): Promise<string | undefined> {
  const before = readRecord();
  const kept = new Map(before.lists.map((r) => [r.contentHash + "\u0000" + r.source, r] as const));
  const next: ScreeningRecord = { version: 1, lists: [], decisionPartIds: [] };
  try {
    await runExcel(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(dataNamespace);
      parts.load("items/id");
      await context.sync();
      const existing = new Set(parts.items.map((p) => p.id));
      const keep = new Set<string>();
      const adds: { chunks: string[]; assign: (ids: string[]) => void }[] = [];
      for (const list of lists) {
        const old = kept.get(list.contentHash + "\u0000" + list.source);
        if (old && old.partIds.every((id) => existing.has(id))) {
          old.partIds.forEach((id) => keep.add(id));
          next.lists.push(old);
          continue;
        }
        const text = packList(list);
        const hash = storedHash(text);
        const rec: StoredListRecord = { ...listFacts(list), storedHash: hash, partIds: [] };
        next.lists.push(rec);
        const pieces = splitText(text);
        adds.push({
          chunks: pieces.map((t, i) => chunkXml({ kind: "list", key: hash, part: i + 1, of: pieces.length, text: t })),
          assign: (ids) => (rec.partIds = ids),
        });
      }
      if (decisions.length > 0) {
        const pieces = splitText(serializeDecisions([...decisions]));
        adds.push({
          chunks: pieces.map((t, i) => chunkXml({ kind: "decisions", key: "decisions", part: i + 1, of: pieces.length, text: t })),
          assign: (ids) => (next.decisionPartIds = ids),
        });
      }
      // Old decisions, removed lists and parts no record names (left by a save that failed half way).
      for (const p of parts.items) if (!keep.has(p.id)) p.delete();
      const queued: { item: { assign: (ids: string[]) => void }; parts: Excel.CustomXmlPart[] }[] = adds.map((a) => ({
        item: a,
        parts: [],
      }));
      let size = 0;
      for (let a = 0; a < adds.length; a++) {
        for (const xml of adds[a].chunks) {
          if (size > 0 && size + xml.length > requestBudgetChars) {
            await context.sync();
            size = 0;
          }
          const part = context.workbook.customXmlParts.add(xml);
          part.load("id");
          queued[a].parts.push(part);
          size += xml.length;
        }
      }
      await context.sync();
      for (const q of queued) q.item.assign(q.parts.map((p) => p.id));
    });
  } catch (err) {
    return describeOfficeError(err, "store the restricted-party lists in this workbook").message;
  }
  documentSettings()?.set(screeningSettingsKey, JSON.stringify(next));
  return saveDocumentSettings("the record of the lists");
}
