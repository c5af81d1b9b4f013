import { describeOfficeError } from "./officeErrors";

/** Base64 of bytes, in slices so a large workbook does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Opens an .xlsx as a new workbook in Excel (Excel.createWorkbook, ExcelApi 1.8): the way to hand
 * over a file where the pane's web view cannot download (Excel for Mac's WKWebView, office-js #2700).
 * The user saves it from Excel. Resolves to an error message, or undefined when it opened.
 */
export async function openWorkbook(bytes: Uint8Array): Promise<string | undefined> {
  const supported = Office.context?.requirements?.isSetSupported?.("ExcelApi", "1.8") ?? false;
  if (!supported || typeof Excel.createWorkbook !== "function") {
    return "This version of Excel can neither download files from the pane nor open a new workbook (ExcelApi 1.8). Use Excel on the web or Windows, or `export-risk register`.";
  }
  try {
    await Excel.createWorkbook(toBase64(bytes));
    return undefined;
  } catch (err) {
    return describeOfficeError(err, "open the register as a new workbook").message;
  }
}
