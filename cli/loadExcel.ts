import type ExcelJS from "exceljs";

/**
 * exceljs, loaded on first use: it takes a good part of a second to load, and `score` or `screen`
 * on a CSV never needs it. A plain require (not import()) so bundles resolve it like any package.
 */
export function loadExcel(): typeof ExcelJS {
  return require("exceljs") as typeof ExcelJS;
}
