/** Restricted-party screening: list importers, matcher, decisions. Pure; no file access. */
export * from "./types";
export { importLists, type ImportOptions } from "./import/importLists";
export { importOfacSdn, remarksAliases } from "./import/ofacSdn";
export { importUsCsl } from "./import/usCsl";
export { importUnXml } from "./import/unXml";
export { importEuXml } from "./import/euXml";
export { importUkXml } from "./import/ukXml";
export { importWatchList } from "./import/watchList";
export { detectFormat } from "./import/detectFormat";
export { foldName, nameTokens, normalizeName } from "./normalizeName";
export { phoneticKey } from "./phoneticKey";
export { jaroWinkler } from "./jaroWinkler";
export { buildScreeningIndex, type ScreeningIndex } from "./screeningIndex";
export {
  screenName,
  screenNameScored,
  screenNameAllPairs,
  screenNameScoredAllPairs,
  WEAK_SUPPORT_MARGIN,
  type ScoredHit,
  type ScreenOptions,
} from "./screenName";
export {
  createScreener,
  listProvenance,
  DEFAULT_SCREENING_THRESHOLD,
  DEFAULT_REVIEW_FLOOR,
  type DetailedScreening,
  type PartyScreenerWithIndex,
  type ScreenerOptions,
} from "./createScreener";
export * from "./decisions";
export { sha256Hex, sha256Text } from "./sha256";
export { screenTable, findNameColumn, type ScreenedRow, type TableScreening, type TableScreeningResult } from "./screenTable";
export { screeningOutcome, decisionText, entryLabel, type ScreeningOutcome } from "./screeningOutcome";
export { packList, unpackList, listFacts, storedHash, type ListFacts, type UnpackResult } from "./storedLists";
export {
  explainHit,
  explanationText,
  legalFormsOf,
  countryNote,
  type ExplainedHit,
  type HitExplanation,
  type TokenExplanation,
} from "./explainHit";
export { queryVariants, listedVariants, type NameVariant, type QueryVariants } from "./nameVariants";
