import type { PaperSize } from "exceljs";
import type { RegisterBook, RegisterSheet } from "./registerBook";

export interface SheetLayout {
  name: string;
  title: string;
  asOf: string;
  /** Column widths in characters, left to right. */
  widths: number[];
  /** Rows kept in view when scrolling and repeated on every printed page (0 = none). */
  headerRows: number;
  /** Columns kept in view when scrolling sideways. */
  frozenColumns?: number;
  tabColour?: string;
  /** Pages high when printing; 0 lets the rows run over as many pages as they need. */
  pagesHigh?: number;
  landscape?: boolean;
  /** A wide list prints on A3 so that fit-to-width still leaves it readable. */
  paper?: "A4" | "A3";
  /** Print at this percentage instead of fitting to width: Excel ignores manual page breaks on a fit-to-page sheet. */
  scale?: number;
}

/** Print header and footer codes treat "&" as a command; a title such as "R&D" must be doubled. */
const escapeHeader = (text: string) => text.replace(/&/g, "&&");

/**
 * Adds a sheet with its view, print set-up and column widths. Views and page set-up go in as
 * options because the streaming writer writes them when the sheet is opened.
 */
export function openSheet(book: RegisterBook, layout: SheetLayout): RegisterSheet {
  const frozen = layout.headerRows > 0 || (layout.frozenColumns ?? 0) > 0;
  const sheet = book.addWorksheet(layout.name, {
    properties: layout.tabColour ? { tabColor: { argb: `FF${layout.tabColour}` } } : {},
    views: frozen
      ? [{ state: "frozen", xSplit: layout.frozenColumns ?? 0, ySplit: layout.headerRows, showGridLines: true }]
      : [{ state: "normal", showGridLines: false }],
    pageSetup: {
      orientation: layout.landscape === false ? "portrait" : "landscape",
      paperSize: (layout.paper === "A3" ? 8 : 9) as PaperSize,
      ...(layout.scale
        ? { fitToPage: false, scale: layout.scale }
        : { fitToPage: true, fitToWidth: 1, fitToHeight: layout.pagesHigh ?? 0 }),
      margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: layout.headerRows > 0 ? `1:${layout.headerRows}` : undefined,
    },
    headerFooter: {
      oddHeader: `&L&"-,Bold"${escapeHeader(layout.title)}&C${escapeHeader(layout.name)}&RAs of ${layout.asOf}`,
      oddFooter: `&LPrinted &D&RPage &P of &N`,
    },
  });
  sheet.columns = layout.widths.map((width) => ({ width }));
  return sheet as RegisterSheet;
}
