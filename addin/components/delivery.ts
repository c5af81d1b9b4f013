import { openWorkbook } from "../excel/openWorkbook";
import { downloadFile } from "./downloadFile";

/**
 * How a file leaves the pane. Excel for Mac and iPad run the pane in a WKWebView that ignores blob
 * downloads without an error (office-js #2700, "by design"), so there a workbook opens in Excel and
 * text goes to the clipboard. Elsewhere (Windows, Excel on the web) the browser's download is used.
 */
export function blobDownloadsWork(): boolean {
  const ctx = typeof Office !== "undefined" ? Office.context : undefined;
  const platform = (ctx?.platform ?? ctx?.diagnostics?.platform) as string | undefined;
  return platform !== "Mac" && platform !== "iOS";
}

export type Delivery = { how: "download" | "opened" | "clipboard" } | { how: "failed"; error: string };

/** Delivers an .xlsx: a download where that works, a new Excel workbook where it does not. */
export async function deliverWorkbook(name: string, bytes: Uint8Array<ArrayBuffer>, type: string): Promise<Delivery> {
  if (blobDownloadsWork()) {
    downloadFile(name, bytes, type);
    return { how: "download" };
  }
  const error = await openWorkbook(bytes);
  return error ? { how: "failed", error } : { how: "opened" };
}

/** Delivers text (a JSON export): a download where that works, the clipboard where it does not. */
export async function deliverText(name: string, text: string, type: string): Promise<Delivery> {
  if (blobDownloadsWork()) {
    downloadFile(name, text, type);
    return { how: "download" };
  }
  try {
    await navigator.clipboard.writeText(text);
    return { how: "clipboard" };
  } catch (e) {
    return { how: "failed", error: `The clipboard refused the text (${(e as Error).message})` };
  }
}
