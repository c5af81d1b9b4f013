import { parseReviews, serializeReviews, storedHash, type ReviewRecord } from "../../core";
import { chunkXml, splitText, type DataChunk } from "./customXmlText";
import { documentSettings, readJsonSetting, saveDocumentSettings } from "./documentSettings";
import { describeOfficeError } from "./officeErrors";
import { readXmlChunks } from "./readXmlChunks";
import { runExcel } from "./runExcel";
import { requestBudgetChars } from "./writeBatches";

/**
 * The deals' decision records (sign-offs) kept in the workbook, so they travel with the file - the way
 * the screening decisions are kept (screeningStore.ts).
 *
 * Where: the reviews file's JSON (the same text `export-risk review` writes) in custom XML parts of their
 * own namespace, in chunks of about 1 MB; the document settings hold only the part ids, the record count
 * and a hash of the text, which catch a part that was lost or altered. The namespace is not the
 * screening store's, so saving lists never deletes a record and saving records never deletes a list.
 *
 * A write adds the new parts and saves the settings before it deletes the old parts: when anything
 * fails half way, the settings still name a complete set and no record is lost.
 */

export const reviewsSettingsKey = "exportRisk.reviews";
export const reviewsNamespace = "urn:cyber-export-risk:reviews:1";

interface ReviewsRecord {
  version: 1;
  partIds: string[];
  storedHash: string;
  count: number;
}

export interface StoredReviews {
  reviews: ReviewRecord[];
  /** Why the records could not be read back; while there is one, no deal may read as signed off or not. */
  problems: string[];
}

const where = "the decision records stored in this workbook";

function readRecord(): ReviewsRecord | undefined {
  const r = readJsonSetting(reviewsSettingsKey);
  const rec = r as ReviewsRecord | undefined;
  return rec && rec.version === 1 && Array.isArray(rec.partIds) ? rec : undefined;
}

/** Reads the records stored in the workbook. Round trips: none when there are none, else 1 plus 1 per three parts. */
export async function readStoredReviews(): Promise<StoredReviews> {
  const raw = documentSettings()?.get(reviewsSettingsKey);
  const record = readRecord();
  if (!record) {
    return raw === null || raw === undefined
      ? { reviews: [], problems: [] }
      : { reviews: [], problems: [`The record of ${where} is damaged, so they cannot be read.`] };
  }
  if (record.partIds.length === 0) return { reviews: [], problems: [] };
  let chunks: Map<string, DataChunk>;
  try {
    chunks = await readXmlChunks(reviewsNamespace, new Set(record.partIds));
  } catch (err) {
    return { reviews: [], problems: [describeOfficeError(err, `read ${where}`).message] };
  }
  const cs = record.partIds.map((id) => chunks.get(id));
  const complete = cs.every((c) => c && c.kind === "reviews" && c.key === record.storedHash && c.of === cs.length);
  const text = complete
    ? cs
        .sort((a, b) => a!.part - b!.part)
        .map((c) => c!.text)
        .join("")
    : undefined;
  if (text === undefined || storedHash(text) !== record.storedHash) {
    return {
      reviews: [],
      problems: [`${record.count} decision record(s) are recorded in this workbook but their stored data is missing or altered.`],
    };
  }
  const parsed = parseReviews(text, where);
  return parsed.ok ? { reviews: parsed.reviews, problems: [] } : { reviews: [], problems: [parsed.message] };
}

/**
 * Stores exactly these records in the workbook, replacing the ones stored before.
 * Round trips: 1 per ~3.5 MB of records (at least 1), the settings save, then 2 to delete the old parts.
 */
export async function writeStoredReviews(reviews: readonly ReviewRecord[]): Promise<string | undefined> {
  const store = documentSettings();
  if (!store) return "This host has no document settings, so the decision records cannot be kept in the workbook.";
  const text = serializeReviews(reviews);
  const hash = storedHash(text);
  const pieces = splitText(text);
  const xml = pieces.map((t, i) => chunkXml({ kind: "reviews", key: hash, part: i + 1, of: pieces.length, text: t }, reviewsNamespace));
  let added: string[] = [];
  try {
    added = await runExcel(async (context) => {
      const parts: Excel.CustomXmlPart[] = [];
      let size = 0;
      for (const x of xml) {
        if (size > 0 && size + x.length > requestBudgetChars) {
          await context.sync();
          size = 0;
        }
        const part = context.workbook.customXmlParts.add(x);
        part.load("id");
        parts.push(part);
        size += x.length;
      }
      await context.sync();
      return parts.map((p) => p.id);
    });
  } catch (err) {
    return describeOfficeError(err, `store the decision record in this workbook`).message;
  }
  const before = store.get(reviewsSettingsKey) as unknown;
  const record: ReviewsRecord = { version: 1, partIds: added, storedHash: hash, count: reviews.length };
  store.set(reviewsSettingsKey, JSON.stringify(record));
  const error = await saveDocumentSettings("the decision record");
  if (error) {
    if (before === null || before === undefined) store.remove(reviewsSettingsKey);
    else store.set(reviewsSettingsKey, before);
  }
  // The parts no saved record names: the old set after a save, the new one after a failed save.
  await deleteOtherParts(new Set(error ? (readRecord()?.partIds ?? []) : added));
  return error;
}

/** Removes our parts that are not in `keep`. A failure leaves stray parts, which the next write removes. */
async function deleteOtherParts(keep: ReadonlySet<string>): Promise<void> {
  try {
    await runExcel(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(reviewsNamespace);
      parts.load("items/id");
      await context.sync();
      for (const p of parts.items) if (!keep.has(p.id)) p.delete();
      await context.sync();
    });
  } catch {
    // Stray parts hold nothing the settings name; they are cleared on the next write.
  }
}
