/**
 * The one public entry of core/: the command line, the custom functions and the add-in import
 * from here, never from core's folders, so core can be reorganised without touching them.
 * Named exports only (no `export *`): with `"sideEffects": false` a bundler keeps just what a
 * front end uses.
 */

// Model: the shapes every front end passes around.
export type {
  Assessment,
  BandId,
  CellError,
  DataProvenance,
  Deal,
  DecisionId,
  HardStop,
  PartnerDueDiligence,
  PathStep,
  PathToProceed,
  RiskFigures,
  ScaleId,
  ScoredRow,
} from "./model/types";

// Methodology profiles: the shipped default, a user's own file, and its tag ("techUK-2014@1").
export {
  defaultProfile,
  loadProfile,
  parseProfile,
  ProfileError,
  profileTag,
  shippedProfile,
  shippedProfileIds,
} from "./methodology/loadProfile";
export type { Profile } from "./methodology/profileSchema";

// Reference data: countries, WGI and the dated restrictions table.
export { createReference } from "./reference/defaultReference";
export { defaultRestrictionTable, RESTRICTION_AUTHORITIES, RESTRICTION_MEASURES, validateRestrictionTable } from "./reference/restrictions";
export type { ReferenceData, RestrictionAuthority, RestrictionMeasure, RestrictionRow, RestrictionTable } from "./reference/referenceTypes";
export { describeRow, restrictionsInForce, wgiYearLimit } from "./reference/restrictionsInForce";
export { WGI_INDICATORS, type WgiIndicator, type WgiTable } from "./reference/wgiTable";
export { defaultWgiTable, validateWgiTable, wgiIndicatorProblem } from "./reference/wgi";
export { deriveWgi, type WgiRecord } from "./reference/deriveWgi";
export { compareScores, createImpactTally, type DataImpact, type DecisionChange, type ImpactTally } from "./reference/dataImpact";
export { isIsoDate } from "./reference/isoDate";
export { todayIso } from "./reference/todayIso";

// Scoring: one deal at a time, inside a context built once per run.
export { createContext } from "./scoring/createContext";
export type { PartyScreener, ScoringContext, ScreeningHit } from "./scoring/context";
export { assessDeal, destinationScore } from "./scoring/assessDeal";
export { bandForScore } from "./scoring/bandForScore";

// Intake: a table of cells (Excel range, CSV, xlsx) into deals, whole or row by row.
export { cellText, isBlankRow } from "./intake/cellText";
export { fieldSpecs, type DealField } from "./intake/columns";
export { detectHeader, mapHeaders, type ColumnMapping } from "./intake/detectHeader";
export { createRowReader, type RowReader } from "./intake/readDealRow";
export { readAsAt } from "./intake/readAsAt";
export { requireHeader, scoreTable, TableError } from "./intake/scoreTable";
export { createDealScorer, type DealScorer } from "./intake/createDealScorer";
export { CellProblem, excelErrorCell, missingTextCell, unsavedFormulaCell } from "./intake/cellProblem";

// Results: the JSON shape of a scored row and the data behind it.
export { toJsonResult, type JsonResult } from "./result/toJsonResult";
export { provenanceLines, provenanceOf, provenanceSummary } from "./result/provenance";

// Screening: list importers, the screener, table screening and reviewer decisions.
export { formatImportError, type ListFileInput, type ScreeningList } from "./screening/types";
export { importLists } from "./screening/import/importLists";
export { createScreener, DEFAULT_REVIEW_FLOOR, type PartyScreenerWithIndex } from "./screening/createScreener";
export { explanationText, type ExplainedHit } from "./screening/explainHit";
export { findNameColumn } from "./screening/findNameColumn";
export { createRowScreener, screenTable, type RowScreener, type ScreenedRow, type TableScreening } from "./screening/screenTable";
export { makeDecision, parseDecisions, serializeDecisions, upsertDecision, type ScreeningDecision } from "./screening/decisions";
export { entryLabel, screeningOutcome } from "./screening/screeningOutcome";
export { listFacts, packList, storedHash, unpackList, type ListFacts } from "./screening/storedLists";

// Board risk register: the workbook built from scored rows (exceljs book supplied by the caller).
export { buildRegister, REGISTER_SHEETS, startRegister, type RegisterStream } from "./register/buildRegister";
export type { RegisterInput, RegisterMeta, RegisterSummary } from "./register/registerInput";
export type { RegisterBook, RegisterSheet } from "./register/registerBook";
export { addRowWithExcelJs, excelJsRows, type SheetRows, type SheetRowsFor } from "./register/sheetRows";
export { registerInputFromScore } from "./register/registerInputFromScore";
export { createRegisterTally, summariseRegister, type DashboardFigures, type RegisterTally } from "./register/summariseRegister";
export { flagLabel, registerLabels, type RegisterLabels } from "./register/registerLabels";
export { isoDate } from "./register/cellText";

// Also used by the front ends (named here so that they never reach into core's folders).
export { fieldLabel } from "./intake/columns";
export { columnReportLines, describeColumns } from "./intake/describeColumns";
export { columnLetter, competingMessage } from "./intake/detectHeader";
export { detectHeaderWithMapping } from "./mapping/applyColumnMapping";
export { catalogueChoices } from "./mapping/catalogueChoices";
export { type IntakeMapping } from "./mapping/intakeMapping";
export { mappingProvenance } from "./mapping/mappingProvenance";
export { MAPPING_HEADER, mappingLineCells } from "./mapping/mappingSheet";
export { parseMapping } from "./mapping/parseMapping";
export { createMappingProposer, proposeMapping, type MappingProposer } from "./mapping/proposeMapping";
export { type StoredValueMapping, emptyValueMapping, intakeFromStored, withChoices } from "./mapping/storedValueMapping";
export { type UnreadValue, unreadValues } from "./mapping/unreadValues";
export { parseFxRates } from "./register/lifecycle/parseFxRates";
export { type FxRates, type InputFileRecord, type RegisterLifecycle } from "./register/lifecycle/registerLifecycle";
export {
  type RegisterSnapshot,
  type SharedBasis,
  SNAPSHOT_CONTINUED,
  SNAPSHOT_MARK,
  dealOfJson,
  parseSnapshot,
  snapshotReader,
} from "./register/lifecycle/registerSnapshot";
export { PreviousDeals, type PreviousSnapshot } from "./register/lifecycle/diffRegisters";
export { SNAPSHOT_SHEET } from "./register/lifecycle/writeSnapshotSheet";
export { CHANGES_SHEET } from "./register/lifecycle/writeChangesSheet";
export { memoryLineSpool, type LineSpool } from "./register/lineSpool";
export { createReview, type ReviewDraft, type ReviewProblem } from "./reviews/createReview";
export { type BasisSources, basisSourcesOf, dealBasis } from "./reviews/dealBasis";
export { isIsoDay } from "./reviews/isoDay";
export { reviewCells, reviewStatusText } from "./reviews/reviewCells";
export { parseReviews, serializeReviews } from "./reviews/reviewFile";
export { indexReviews, reviewFor } from "./reviews/reviewFor";
export { type ReviewJson, reviewJson } from "./reviews/reviewJson";
export { type ReviewLookup, reviewLookup } from "./reviews/reviewLookup";
export {
  type DealBasis,
  type DealReview,
  REVIEW_DECISIONS,
  type ReviewCondition,
  type ReviewDecision,
  type ReviewRecord,
  type ReviewStatus,
  TREATMENTS,
  type Treatment,
} from "./reviews/reviewTypes";
export { type Need, type SignOffNeeds, defaultReviewBy, signOffNeeds } from "./reviews/signOffNeeds";
