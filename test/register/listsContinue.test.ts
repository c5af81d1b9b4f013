import * as path from "path";
import ExcelJS from "exceljs";
import { startRegister, type RegisterInput } from "../../core";
import { NOT_SCREENED_NOTICE } from "../../core/register/sheets/writePartners";
import { buildSnapshot } from "../../core/register/lifecycle/registerSnapshot";
import { csvRows, registerInputFor, readWithOpenpyxl, SAMPLE, tempDir, type PyBook, type PySheet } from "./registerTestKit";

/**
 * Excel holds 1,048,576 rows a sheet and reports a workbook with more as damaged. The Partners and
 * Input errors lists continue on "Partners (2)", "Input errors (2)"... like the Register. The limit
 * is made small here (rowLimit) so the same code path runs on a small pipeline.
 */
const LIMIT = 12;

/** The sample pipeline, then each of its deals again with a product category no catalogue knows: rows in error. */
function pipelineWithErrors(): RegisterInput {
  const rows = csvRows(SAMPLE);
  const category = rows[0].indexOf("Product category");
  const broken = rows.slice(1).map((r) => r.map((v, i) => (i === category ? "Widgetry" : v)));
  const input = registerInputFor([...rows, ...broken]);
  // Compared with a register of no deals: every deal is a change.
  input.lifecycle = { previous: { file: "empty.xlsx", snapshot: buildSnapshot(registerInputFor([rows[0]])) } };
  return input;
}

async function written(input: RegisterInput, rowLimit?: number) {
  const { results, ...meta } = input;
  const file = path.join(await tempDir(), `register-${rowLimit ?? "whole"}.xlsx`);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const register = startRegister(book, meta, { rowLimit, pause: () => new Promise((r) => setImmediate(r)), pauseEvery: 7 });
  for (const r of results) await register.add(r);
  const summary = await register.finish();
  await book.commit();
  return { summary, book: readWithOpenpyxl(file) };
}

const sheet = (b: PyBook, name: string): PySheet => b.sheets.find((s) => s.name === name)!;
const values = (s: PySheet) => s.rows.map((row) => row.map((c) => c[0]));
const texts = (s: PySheet) => JSON.stringify(values(s));

/** The rows below a sheet's header row (found by its first header), without the continuation foot line. */
function listRows(s: PySheet, firstHeader: string): unknown[][] {
  const rows = values(s);
  const header = rows.findIndex((r) => r[0] === firstHeader);
  return rows.slice(header + 1).filter((r) => !String(r[0] ?? "").startsWith("Continued on sheet"));
}

describe("lists longer than one sheet holds", () => {
  test("Partners, Input errors and Changes continue on numbered sheets, in order, with every row once, and the Read me and summary say so", async () => {
    const input = pipelineWithErrors();
    const whole = await written(input);
    const split = await written(input, LIMIT);

    const partners = split.summary.continued.find((names) => names[0] === "Partners")!;
    const errors = split.summary.continued.find((names) => names[0] === "Input errors")!;
    expect(partners.length).toBeGreaterThan(1);
    expect(errors.length).toBeGreaterThan(1);
    expect(partners).toEqual(partners.map((_, i) => (i ? `Partners (${i + 1})` : "Partners")));
    expect(whole.summary.continued).toEqual([]);

    // Each list's sheets follow each other where the one sheet stood.
    const names = split.book.sheets.map((s) => s.name);
    const at = (n: string) => names.indexOf(n);
    expect(names.slice(at("Partners"), at("Partners") + partners.length)).toEqual(partners);
    expect(names.slice(at("Input errors"), at("Input errors") + errors.length)).toEqual(errors);
    expect(at("Methodology")).toBe(at("Partners") + partners.length);
    expect(at("Changes")).toBe(at("Input errors") + errors.length);

    for (const [list, firstHeader] of [
      [partners, "Role"],
      [errors, "Row"],
    ] as const) {
      const pages = list.map((n) => sheet(split.book, n));
      for (const p of pages) expect(p.rows.length).toBeLessThanOrEqual(LIMIT);
      // Every row once, in the same order as on the one sheet of the register without a limit.
      expect(pages.flatMap((p) => listRows(p, firstHeader))).toEqual(listRows(sheet(whole.book, list[0]), firstHeader));
      pages.slice(0, -1).forEach((p, i) => expect(texts(p)).toContain(`Continued on sheet '${list[i + 1]}'`));
      pages.slice(1).forEach((p, i) => expect(texts(p)).toContain(`Continued from sheet '${list[i]}'`));
    }
    // A continuation of the unscreened partner list says it is not screened, as the first sheet does.
    for (const n of partners) expect(values(sheet(split.book, n))[0][0]).toBe(NOT_SCREENED_NOTICE);

    // The Changes sheet of a register compared with an empty one (every deal new) continues too.
    const changes = split.summary.continued.find((names) => names[0] === "Changes")!;
    expect(changes.length).toBeGreaterThan(1);
    expect(names.slice(at("Changes"), at("Changes") + changes.length)).toEqual(changes);
    expect(at("Snapshot")).toBe(at("Changes") + changes.length);
    expect(changes.flatMap((n) => listRows(sheet(split.book, n), "Change"))).toEqual(listRows(sheet(whole.book, "Changes"), "Change"));

    const readMe = texts(sheet(split.book, "Read me"));
    expect(readMe).toContain(`${partners.map((n) => `'${n}'`).join(", ")} - more rows than one sheet holds`);
    expect(readMe).toContain(`${errors.map((n) => `'${n}'`).join(", ")} - more rows than one sheet holds`);
  });
});
