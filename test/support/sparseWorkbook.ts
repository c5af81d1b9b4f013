import ExcelJS from "exceljs";
import JSZip from "jszip";

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/**
 * An .xlsx whose sheet has a header and `rows` deals, each with one extra value in column XFD
 * (the last column Excel has), as a hostile or careless workbook would. Written as raw sheet XML
 * into a workbook exceljs made, since exceljs itself cannot write such rows quickly.
 */
export async function sparseWorkbook(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Deals").addRow(["placeholder"]);
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'];
  parts.push('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  parts.push(`<row r="1">${cell("A1", "Deal ID")}${cell("B1", "Country")}${cell("C1", "Capability")}</row>`);
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    parts.push(
      `<row r="${r}">${cell(`A${r}`, `S-${i}`)}${cell(`B${r}`, "Norway")}${cell(`C${r}`, "Antivirus")}<c r="XFD${r}"><v>1</v></c></row>`,
    );
  }
  parts.push("</sheetData></worksheet>");
  zip.file("xl/worksheets/sheet1.xml", parts.join(""));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
