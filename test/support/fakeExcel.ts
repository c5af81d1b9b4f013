/* eslint-disable @typescript-eslint/no-explicit-any */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, parseCellReference, quoteSheet, columnIndex as letterIndex } from "../../addin/excel/a1";

/**
 * A stand-in for the Excel host: a workbook held in memory behind the part of the Excel JavaScript
 * API the adapters use. Ranges are office-addin-mock objects, so reading a property that was not
 * loaded and synced fails as it does in Excel; writes reach the cells only at context.sync().
 * The same file is bundled for the browser test (test/browser), so both tests see one host.
 */

type Cell = string | number | boolean;

export interface FakeTable {
  name: string;
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** Calculated columns by index into the table: what Excel fills a new row's cell with. */
  calculated?: Record<number, Cell>;
}

export interface FakeConditionalFormat {
  sheet: string;
  row: number;
  column: number;
  rowCount: number;
  type: string;
  rule?: any;
  fill?: string;
  font?: string;
}

export interface FakeChart {
  sheet: string;
  type: string;
  source: string;
  title?: string;
}

class FakeSheet {
  cells: Cell[][] = [];
  names = new Map<string, { row: number; column: number } | "#REF!">();
  protected = false;
  bold = new Set<string>();
  widths = new Map<number, number>();
  constructor(public name: string) {}

  get(row: number, column: number): Cell {
    return this.cells[row]?.[column] ?? "";
  }
  set(row: number, column: number, v: Cell): void {
    (this.cells[row] ??= [])[column] = v;
  }
  /** Extent of cells holding a value, or undefined for an empty sheet. */
  used(): { row: number; column: number; rowCount: number; columnCount: number } | undefined {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    this.cells.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === "" || v === undefined || v === null) return;
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }),
    );
    return r1 < 0 ? undefined : { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
  }
}

/**
 * What Excel stores when a string is written through Range.values or rows.add, as typing would: a
 * leading apostrophe is dropped and keeps the rest as text; a cell formatted "@" keeps text as it is;
 * otherwise "=", "+", "-" or "@" start a formula (kept here as "#FORMULA:" and the text, so a test
 * sees it), number-like text becomes a number and "1-2" style text a date serial.
 */
export function excelStores(v: unknown, numberFormat?: unknown): Cell {
  if (typeof v !== "string") return v as Cell;
  if (v.startsWith("'")) return v.slice(1);
  if (numberFormat === "@" || v === "") return v;
  if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  if (/^[=+\-@]/.test(v)) return `#FORMULA:${v}`;
  if (/^\d{1,2}[-/]\d{1,2}$/.test(v)) return 46000 + Number(v.split(/[-/]/)[0]);
  if (/^(true|false)$/i.test(v)) return v.toUpperCase() === "TRUE";
  return v;
}

export class FakeWorkbook {
  sheets = new Map<string, FakeSheet>();
  tables: FakeTable[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  charts: FakeChart[] = [];
  activeSheet = "";
  selection: { sheet: string; row: number; column: number; rowCount: number; columnCount: number } | undefined;
  syncs = 0;
  /** Characters of cell values sent in each sync that wrote any: the request-size check. */
  writeCharsPerSync: number[] = [];
  /** Addresses ("Deals!H1:N11") written, in order. */
  writes: string[] = [];
  /** Every application.calculate(type) synced, in order. */
  calculations: string[] = [];
  /** What Excel does on a calculation: the browser test re-evaluates its custom-function cells. */
  onCalculate?: (type: string) => void;
  /** What Excel shows in a cell given a formula (the test decides: a spill, #SPILL!, #BUSY!); the formula text otherwise. */
  evaluate?: (formula: string, sheet: string, row: number, column: number) => Cell;
  /** Formulas written, by "Sheet!A1" address. */
  formulas = new Map<string, string>();
  /** Excel on the web refuses a response over ~5 MB: here, a read of more cells than this in one sync. */
  responseLimitCells?: number;
  /** Cells of values read in each sync that read any. */
  readCellsPerSync: number[] = [];
  /** Base64 of every workbook the pane opened with Excel.createWorkbook. */
  createdWorkbooks: string[] = [];
  /** The options of every Excel.run call (delayForCellEdit). */
  runOptions: unknown[] = [];
  /** Custom XML parts by id, as saved in the .xlsx. */
  customXmlParts = new Map<string, string>();
  partCounter = 0;

  addSheet(name: string, rows: Cell[][] = [], at: { row: number; column: number } = { row: 0, column: 0 }): FakeSheet {
    const s = new FakeSheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => s.set(at.row + i, at.column + j, v)));
    this.sheets.set(name, s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }
  addTable(name: string, sheet: string, rowCount: number, columnCount: number, at = { row: 0, column: 0 }): void {
    this.tables.push({ name, sheet, rowIndex: at.row, columnIndex: at.column, rowCount, columnCount });
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.get(name);
    if (!s) throw officeError("ItemNotFound", `The requested resource doesn't exist (sheet '${name}').`);
    return s;
  }
  /** Cell value by "Deals!H2" style address. */
  value(address: string): Cell {
    const ref = parseCellReference(address.includes("!") ? address : `${this.activeSheet}!${address}`)!;
    return this.sheet(ref.sheet).get(ref.row, ref.column);
  }
  row(sheet: string, row: number): Cell[] {
    const s = this.sheet(sheet);
    return (s.cells[row] ?? []).map((v) => v ?? "");
  }
  /** What a user does in Excel: insert empty columns; cells, names and tables to the right move. */
  insertColumns(sheet: string, at: number, count: number): void {
    const s = this.sheet(sheet);
    s.cells.forEach((row) => row && row.splice(at, 0, ...Array<Cell>(count).fill("")));
    for (const [n, ref] of s.names) if (ref !== "#REF!" && ref.column >= at) s.names.set(n, { row: ref.row, column: ref.column + count });
    for (const t of this.tables) if (t.sheet === sheet && t.columnIndex >= at) t.columnIndex += count;
  }
  deleteColumn(sheet: string, at: number): void {
    const s = this.sheet(sheet);
    s.cells.forEach((row) => row && row.splice(at, 1));
    for (const [n, ref] of s.names) {
      if (ref === "#REF!") continue;
      if (ref.column === at) s.names.set(n, "#REF!");
      else if (ref.column > at) s.names.set(n, { row: ref.row, column: ref.column - 1 });
    }
  }
  namesOf(sheet: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [n, ref] of this.sheet(sheet).names)
      out[n] = ref === "#REF!" ? "=#REF!" : `=${quoteSheet(sheet)}!$${cellAddress(ref.row, ref.column).replace(/(\d+)$/, "$$$1")}`;
    return out;
  }

  /** The global `Excel` the adapters call. */
  excel(): { run: <T>(a: any, b?: (ctx: any) => Promise<T>) => Promise<T>; createWorkbook: (base64: string) => Promise<void> } {
    return {
      createWorkbook: async (base64: string) => void this.createdWorkbooks.push(base64),
      run: (a, b) => {
        const cb = typeof a === "function" ? a : b!;
        this.runOptions.push(typeof a === "function" ? undefined : a);
        return cb(new FakeContext(this));
      },
    };
  }
}

export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

interface PendingRange {
  mock: any;
  sheet: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  original: unknown;
  cfs: { cleared: boolean; added: any[] };
  selected: boolean;
  readsValues?: boolean;
}

/** Where each range object points, for the collection methods that take a range (names.add). */
const geometry = new WeakMap<object, PendingRange>();

class FakeContext {
  private pending: PendingRange[] = [];
  private ops: Array<() => void> = [];
  private loadables: any[] = [];
  workbook: any;
  constructor(private wb: FakeWorkbook) {
    const ctx = this;
    this.workbook = {
      getSelectedRange: () => {
        const s = wb.selection ?? { sheet: wb.activeSheet, row: 0, column: 0, rowCount: 1, columnCount: 1 };
        return ctx.range(s.sheet, s.row, s.column, s.rowCount, s.columnCount);
      },
      worksheets: {
        load: () => undefined,
        get items() {
          return [...wb.sheets.keys()].map((name) => ({ name }));
        },
        getActiveWorksheet: () => ctx.worksheet(wb.activeSheet),
        getItem: (name: string) => {
          wb.sheet(name);
          return ctx.worksheet(name);
        },
        getItemOrNullObject: (name: string) => (wb.sheets.has(name) ? ctx.worksheet(name) : ctx.nullObject()),
        add: (name: string) => {
          ctx.ops.push(() => {
            if (wb.sheets.has(name)) throw officeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
            wb.addSheet(name);
          });
          return ctx.worksheet(name);
        },
      },
      tables: this.tables(),
      customXmlParts: this.customXmlParts(),
      application: {
        calculate: (type: string) =>
          ctx.ops.push(() => {
            wb.calculations.push(type);
            wb.onCalculate?.(type);
          }),
      },
    };
  }

  async sync(): Promise<void> {
    this.wb.syncs += 1;
    const read = this.pending.filter((p) => p.readsValues).reduce((n, p) => n + p.rowCount * p.columnCount, 0);
    if (this.wb.responseLimitCells !== undefined && read > this.wb.responseLimitCells) {
      this.pending.splice(0);
      this.ops.splice(0);
      this.loadables.splice(0);
      throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    if (read > 0) this.wb.readCellsPerSync.push(read);
    let chars = 0;
    for (const op of this.ops.splice(0)) op();
    for (const p of this.pending.splice(0)) {
      const s = this.wb.sheet(p.sheet);
      const values = p.mock.values;
      if (values !== p.original && Array.isArray(values)) {
        if (s.protected) throw officeError("AccessDenied", "The cell or chart you're trying to change is protected.");
        if (values.length !== p.rowCount || values.some((r: unknown[]) => r.length !== p.columnCount)) {
          throw officeError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size of the range ${cellAddress(p.row, p.column)}.`,
          );
        }
        chars += JSON.stringify(values).length;
        const format = (i: number, j: number) => {
          const f = p.mock.numberFormat;
          return Array.isArray(f) ? f[i]?.[j] : f;
        };
        values.forEach((r: Cell[], i: number) =>
          r.forEach((v, j) => v !== null && s.set(p.row + i, p.column + j, excelStores(v, format(i, j)))),
        );
        this.wb.writes.push(
          `${p.sheet}!${cellAddress(p.row, p.column)}:${cellAddress(p.row + p.rowCount - 1, p.column + p.columnCount - 1)}`,
        );
      }
      if (Array.isArray(p.mock.formulas)) {
        (p.mock.formulas as string[][]).forEach((r, i) =>
          r.forEach((f, j) => {
            this.wb.formulas.set(`${p.sheet}!${cellAddress(p.row + i, p.column + j)}`, f);
            s.set(p.row + i, p.column + j, this.wb.evaluate?.(f, p.sheet, p.row + i, p.column + j) ?? f);
          }),
        );
      }
      if (p.mock.format.font.bold === true) s.bold.add(cellAddress(p.row, p.column));
      if (typeof p.mock.format.columnWidth === "number") s.widths.set(p.column, p.mock.format.columnWidth);
      if (p.cfs.cleared) {
        this.wb.conditionalFormats = this.wb.conditionalFormats.filter((f) => !(f.sheet === p.sheet && f.column === p.column));
      }
      for (const cf of p.cfs.added) {
        this.wb.conditionalFormats.push({
          sheet: p.sheet,
          row: p.row,
          column: p.column,
          rowCount: p.rowCount,
          type: cf.type,
          rule: cf.cellValue.rule,
          fill: cf.cellValue.format.fill.color,
          font: cf.cellValue.format.font.color,
        });
      }
      if (p.selected) {
        this.wb.selection = { sheet: p.sheet, row: p.row, column: p.column, rowCount: p.rowCount, columnCount: p.columnCount };
      }
      await p.mock.sync();
    }
    if (chars > 0) this.wb.writeCharsPerSync.push(chars);
    for (const l of this.loadables.splice(0)) await l.sync();
  }

  private nullObject(): any {
    const m = new OfficeMockObject({ isNullObject: true });
    this.loadables.push(m);
    return m;
  }

  range(sheet: string, row: number, column: number, rowCount: number, columnCount: number): any {
    const s = this.wb.sheets.get(sheet) ?? new FakeSheet(sheet); // a sheet added earlier in this batch
    const values = Array.from({ length: rowCount }, (_, i) => Array.from({ length: columnCount }, (_, j) => s.get(row + i, column + j)));
    const address = `${quoteSheet(sheet)}!${cellAddress(row, column)}${rowCount * columnCount > 1 ? ":" + cellAddress(row + rowCount - 1, column + columnCount - 1) : ""}`;
    const mock: any = new OfficeMockObject({
      values,
      address,
      rowIndex: row,
      columnIndex: column,
      rowCount,
      columnCount,
      isNullObject: false,
    });
    const p: PendingRange = {
      mock,
      sheet,
      row,
      column,
      rowCount,
      columnCount,
      original: undefined,
      cfs: { cleared: false, added: [] },
      selected: false,
    };
    p.original = mock.values; // the "not loaded" marker; an assignment replaces it
    mock.worksheet = this.worksheet(sheet);
    mock.format = { font: {}, fill: {} };
    mock.conditionalFormats = {
      clearAll: () => void (p.cfs.cleared = true),
      add: (type: string) => {
        const cf = { type, cellValue: { format: { fill: {}, font: {} }, rule: undefined } };
        p.cfs.added.push(cf);
        return cf;
      },
    };
    mock.select = () => void (p.selected = true);
    const load = mock.load.bind(mock);
    mock.load = (props: any) => {
      load(props);
      p.readsValues = typeof props !== "string" || props.split(",").includes("values");
      // Once loaded, the values reflect the cells, so an unchanged array is not a write.
      p.original = values;
      return mock;
    };
    this.pending.push(p);
    geometry.set(mock, p);
    return mock;
  }

  worksheet(name: string): any {
    const wb = this.wb;
    const ctx = this;
    const s = () => wb.sheet(name);
    const exists = wb.sheets.has(name);
    const ws: any = new OfficeMockObject({ name, isNullObject: false, protection: { protected: exists ? s().protected : false } });
    this.loadables.push(ws);
    ws.getRangeByIndexes = (r: number, c: number, rc: number, cc: number) => ctx.range(name, r, c, rc, cc);
    ws.getRange = (address: string) => {
      const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address);
      if (!m) throw officeError("InvalidArgument", `'${address}' is not a valid address.`);
      const r0 = Number(m[2]) - 1,
        c0 = letterIndex(m[1]);
      const r1 = m[4] ? Number(m[4]) - 1 : r0,
        c1 = m[3] ? letterIndex(m[3]) : c0;
      return ctx.range(name, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
    };
    const used = (orNull: boolean) => {
      const u = s().used();
      if (!u) {
        if (orNull) return ctx.nullObject();
        return ctx.range(name, 0, 0, 1, 1);
      }
      return ctx.range(name, u.row, u.column, u.rowCount, u.columnCount);
    };
    ws.getUsedRange = () => used(false);
    ws.getUsedRangeOrNullObject = () => used(true);
    ws.activate = () => ctx.ops.push(() => void (wb.activeSheet = name));
    ws.names = this.names(name);
    ws.charts = {
      add: (type: string, source: any) => {
        const chart: any = { title: {}, setPosition: () => undefined, legend: {}, axes: { valueAxis: {}, categoryAxis: {} } };
        ctx.ops.push(() => wb.charts.push({ sheet: name, type, source: source.address, title: chart.title.text }));
        return chart;
      },
    };
    return ws;
  }

  private names(sheet: string): any {
    const wb = this.wb;
    const ctx = this;
    let loaded = false;
    const coll: any = {
      load: () => {
        ctx.ops.push(() => void (loaded = true));
        return coll;
      },
      get items() {
        if (!loaded) throw new Error("names.items read before load and sync");
        return Object.entries(wb.namesOf(sheet)).map(([name, formula]) => ({ name, formula }));
      },
      add: (name: string, range: any) =>
        ctx.ops.push(() => {
          const s = wb.sheet(sheet);
          if (s.names.has(name)) throw officeError("ItemAlreadyExists", `The name '${name}' already exists.`);
          const g = geometry.get(range)!;
          s.names.set(name, { row: g.row, column: g.column });
        }),
      getItem: (name: string) => ({ delete: () => ctx.ops.push(() => void wb.sheet(sheet).names.delete(name)) }),
    };
    return coll;
  }

  /** workbook.customXmlParts: add, getByNamespace (load items/id), getItem, part.getXml, part.delete. */
  private customXmlParts(): any {
    const wb = this.wb;
    const ctx = this;
    const part = (known?: string): any => {
      let id = known;
      const p: any = {
        load: () => p,
        get id() {
          if (id === undefined) throw new Error("part.id read before load and sync");
          return id;
        },
        getXml: () => {
          let value: string | undefined;
          ctx.ops.push(() => {
            const xml = wb.customXmlParts.get(id!);
            if (xml === undefined) throw officeError("ItemNotFound", `The custom XML part '${id}' doesn't exist.`);
            value = xml;
          });
          return {
            get value() {
              if (value === undefined) throw new Error("getXml().value read before sync");
              return value;
            },
          };
        },
        delete: () => ctx.ops.push(() => void wb.customXmlParts.delete(id!)),
      };
      return { p, setId: (v: string) => (id = v) };
    };
    return {
      add: (xml: string) => {
        const { p, setId } = part();
        ctx.ops.push(() => {
          if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z]/.test(xml)) throw officeError("InvalidArgument", "The XML is not well formed.");
          const id = `{PART-${++wb.partCounter}}`;
          wb.customXmlParts.set(id, xml);
          setId(id);
        });
        return p;
      },
      getItem: (id: string) => part(id).p,
      getByNamespace: (ns: string) => {
        let items: any[] | undefined;
        const coll: any = {
          load: () => {
            ctx.ops.push(() => {
              items = [...wb.customXmlParts].filter(([, xml]) => xml.includes(`xmlns="${ns}"`)).map(([id]) => part(id).p);
            });
            return coll;
          },
          get items() {
            if (!items) throw new Error("customXmlParts items read before load and sync");
            return items;
          },
        };
        return coll;
      },
    };
  }

  private tables(): any {
    const wb = this.wb;
    const ctx = this;
    let loaded = false;
    const coll: any = {
      load: () => {
        ctx.ops.push(() => void (loaded = true));
        return coll;
      },
      get items() {
        if (!loaded) throw new Error("tables.items read before load and sync");
        return wb.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet } }));
      },
      getItem: (name: string) => {
        const t = wb.tables.find((x) => x.name === name);
        if (!t) throw officeError("ItemNotFound", `The requested resource doesn't exist (table '${name}').`);
        return {
          getRange: () => ctx.range(t.sheet, t.rowIndex, t.columnIndex, t.rowCount, t.columnCount),
          getHeaderRowRange: () => ctx.range(t.sheet, t.rowIndex, t.columnIndex, 1, t.columnCount),
          worksheet: ctx.worksheet(t.sheet),
          rows: {
            add: (_index: unknown, values: Cell[][]) => {
              const at = t.rowIndex + t.rowCount;
              ctx.ops.push(() => {
                const s = wb.sheet(t.sheet);
                if (s.protected) throw officeError("AccessDenied", "The cell or chart you're trying to change is protected.");
                if (values.some((r) => r.length !== t.columnCount))
                  throw officeError("InvalidArgument", "The row does not fit the table's columns.");
                // null leaves the cell to Excel: a calculated column's formula fills it.
                values.forEach((r, i) =>
                  r.forEach((v, j) => {
                    const calculated = t.calculated?.[j];
                    if (v === null) s.set(at + i, t.columnIndex + j, calculated ?? "");
                    else s.set(at + i, t.columnIndex + j, excelStores(v));
                  }),
                );
                t.rowCount += values.length;
              });
              return { getRange: () => ctx.range(t.sheet, at, t.columnIndex, values.length, t.columnCount) };
            },
          },
        };
      },
    };
    return coll;
  }
}
