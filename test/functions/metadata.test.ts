import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata, type ICustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slug } = require("../../scripts/render-markdown") as { slug(text: string): string };

const root = path.join(__dirname, "..", "..");
const DEV_HELP = "https://localhost:3000/docs/functions.html#";

let metadata: ICustomFunctionsMetadata;
let errors: string[];
const fn = (id: string): IFunction => {
  const f = metadata.functions.find((x) => x.id === id);
  if (!f) throw new Error(`no function ${id} in the metadata`);
  return f;
};

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(root, "functions", "functions.ts"));
  errors = result.errors;
  metadata = JSON.parse(result.metadataJson || '{"functions":[]}');
});

const dealParams = ["capability", "country", "endUserType", "partnerType", "partnerCountry", "mitigations", "redFlags", "scale", "asAt"];
const dealOptional = [false, false, false, true, true, true, true, true, true];

test("the metadata generates without errors", () => {
  expect(errors).toEqual([]);
});

test("the ten EXPORTRISK functions are there under their ids, and nothing else", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual([
    "ASSESS",
    "BAND",
    "COUNTRY",
    "EXPLAIN",
    "METHODOLOGY",
    "PATHTOPROCEED",
    "SCORE",
    "SCORETABLE",
    "SCREEN",
    "SCREENTABLE",
  ]);
  for (const f of metadata.functions) expect(f.name).toBe(f.id);
});

test("SCORETABLE takes a whole table and an optional outputs range, and spills a matrix", () => {
  const f = fn("SCORETABLE");
  expect(f.parameters.map((p) => [p.name, p.dimensionality, Boolean(p.optional)])).toEqual([
    ["table", "matrix", false],
    ["outputs", "matrix", true],
  ]);
  expect(f.result?.dimensionality).toBe("matrix");
});

test.each(["ASSESS", "SCORE", "EXPLAIN", "PATHTOPROCEED"])(
  "%s takes capability, country and end-user type, then five optional deal arguments and an optional as-at date",
  (id) => {
    const f = fn(id);
    expect(f.parameters.map((p) => p.name)).toEqual(dealParams);
    expect(f.parameters.map((p) => Boolean(p.optional))).toEqual(dealOptional);
    // Lists of codes may come from a range of cells.
    expect(f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => p.name)).toEqual(["mitigations", "redFlags"]);
  },
);

test("results spill where the issue says they do and are single cells elsewhere", () => {
  const dims = Object.fromEntries(metadata.functions.map((f) => [f.id, f.result?.dimensionality ?? "scalar"]));
  expect(dims).toEqual({
    SCORETABLE: "matrix",
    ASSESS: "matrix",
    METHODOLOGY: "matrix",
    SCREEN: "matrix",
    SCREENTABLE: "matrix",
    SCORE: "scalar",
    COUNTRY: "scalar",
    BAND: "scalar",
    EXPLAIN: "scalar",
    PATHTOPROCEED: "scalar",
  });
  expect(fn("SCORE").result?.type).toBe("number");
  expect(fn("BAND").parameters).toEqual([expect.objectContaining({ name: "score", type: "number" })]);
  expect(fn("COUNTRY").parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
    ["country", false],
    ["field", true],
    ["asAt", true],
  ]);
  expect(fn("METHODOLOGY").parameters).toEqual([]);
  expect(fn("SCREEN").parameters.map((p) => [p.name, p.dimensionality ?? "scalar", Boolean(p.optional)])).toEqual([
    ["name", "scalar", false],
    ["country", "scalar", true],
  ]);
  expect(fn("SCREENTABLE").parameters.map((p) => [p.name, p.dimensionality, Boolean(p.optional)])).toEqual([["names", "matrix", false]]);
});

test("every function and parameter has a description, and no function is volatile or streaming", () => {
  for (const f of metadata.functions) {
    expect(f.description?.length ?? 0).toBeGreaterThan(20);
    for (const p of f.parameters)
      expect({ fn: f.id, p: p.name, d: (p.description ?? "").length > 5 }).toEqual({ fn: f.id, p: p.name, d: true });
    expect(f.options?.volatile ?? false).toBe(false);
    expect(f.options?.stream ?? false).toBe(false);
  }
});

test("every help URL opens a section of docs/functions.md", () => {
  const md = fs.readFileSync(path.join(root, "docs", "functions.md"), "utf8");
  const anchors = new Set([...md.matchAll(/^#{1,6}\s+(.*)$/gm)].map((m) => slug(m[1].replace(/`/g, ""))));
  for (const f of metadata.functions) {
    expect(f.helpUrl?.startsWith(DEV_HELP)).toBe(true);
    const anchor = f.helpUrl!.slice(DEV_HELP.length);
    expect(anchor).toBe(`exportrisk${f.id.toLowerCase()}`);
    expect(anchors.has(anchor)).toBe(true);
  }
});
