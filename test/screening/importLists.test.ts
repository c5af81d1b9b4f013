import { createHash } from "crypto";
import { readFileSync } from "fs";
import * as path from "path";
import { importLists, importOfacSdn, importUnXml, importUsCsl, remarksAliases, type ScreeningList } from "../../core/screening";
import { realFile, SANCTIONS } from "./realLists";

function only(files: Parameters<typeof importLists>[0], asOf?: string): ScreeningList {
  const [r, ...rest] = importLists(files, { asOf });
  expect(rest).toHaveLength(0);
  if (!r.ok) throw new Error(`${r.error.file} ${r.error.location}: ${r.error.message}`);
  return r.list;
}

describe("OFAC sdn.csv, 3 May 2024", () => {
  const list = only([realFile("ofac-sdn-2024-05-03.csv")], "2024-05-03");

  it("imports every record, with the weak a.k.a.s written in Remarks as weak aliases", () => {
    expect(list.format).toBe("ofac-sdn");
    expect(list.entryCount).toBe(14965);
    expect(list.entries).toHaveLength(14965);
    expect(list.aliasCount).toBe(3663);
    expect(list.weakAliasCount).toBe(3663);
  });

  it("records the caller's as-of date and the file's SHA-256 exactly as sha256sum computes it", () => {
    expect(list.asOf).toBe("2024-05-03");
    expect(list.asOfFrom).toBe("caller");
    const expected = createHash("sha256")
      .update(readFileSync(path.join(SANCTIONS, "ofac-sdn-2024-05-03.csv")))
      .digest("hex");
    expect(list.contentHash).toBe(expected);
  });

  it("has the 2024 CYBER2 designations of Intellexa and Cytrox", () => {
    const cyber2 = list.entries.filter((e) => e.programme.split("; ").includes("CYBER2"));
    const names = cyber2.map((e) => e.listName);
    expect(names).toEqual(
      expect.arrayContaining(["INTELLEXA S.A.", "INTELLEXA LIMITED", "CYTROX AD", "CYTROX HOLDINGS ZARTKORUEN MUKODO RESZVENYTARSASAG"]),
    );
    const intellexa = list.entries.find((e) => e.entryId === "48059")!;
    expect(intellexa).toMatchObject({ source: "OFAC SDN", listName: "INTELLEXA S.A.", partyType: "entity" });
  });

  it("splits joined programmes and reads individuals", () => {
    const multi = list.entries.find((e) => e.programme.includes(";"))!;
    expect(multi.programme).not.toMatch(/[[\]]/);
    expect(list.entries.some((e) => e.partyType === "individual")).toBe(true);
    expect(list.entries.some((e) => e.partyType === "vessel")).toBe(true);
  });
});

describe("OFAC July 2021 triple (sdn.csv + alt.csv + add.csv)", () => {
  const list = only([realFile("ofac-2021/sdn.csv"), realFile("ofac-2021/alt.csv"), realFile("ofac-2021/add.csv")]);

  it("joins alt.csv aliases (strong) and add.csv countries to their sdn.csv entries", () => {
    expect(list.entryCount).toBe(8976);
    expect(list.files.map((f) => f.name)).toEqual(["ofac-2021/sdn.csv", "ofac-2021/alt.csv", "ofac-2021/add.csv"]);
    expect(list.aliasCount - list.weakAliasCount).toBe(11910);
    const bnc = list.entries.find((e) => e.entryId === "306")!;
    expect(bnc.names).toEqual([
      { name: "BANCO NACIONAL DE CUBA", quality: "primary" },
      { name: "BNC", quality: "weak", kind: "aka" },
      { name: "NATIONAL BANK OF CUBA", quality: "strong", kind: "aka" },
    ]);
    expect(bnc.countries).toEqual(["Switzerland", "Spain", "Japan", "Panama"]);
    expect(list.asOfFrom).toBe("unknown");
  });

  it("keys the list to all three files", () => {
    const sdnOnly = only([realFile("ofac-2021/sdn.csv")]);
    expect(list.contentHash).not.toBe(sdnOnly.contentHash);
    expect(sdnOnly.contentHash).toBe(sdnOnly.files[0].sha256);
  });
});

describe("Remarks aliases", () => {
  it("keeps apostrophes inside a name and reads f.k.a. and n.k.a.", () => {
    expect(remarksAliases("a.k.a. 'ABU-'UMAR'; f.k.a. 'OLD NAME LTD'; n.k.a. 'NEW NAME'.")).toEqual([
      { name: "ABU-'UMAR", kind: "aka" },
      { name: "OLD NAME LTD", kind: "fka" },
      { name: "NEW NAME", kind: "nka" },
    ]);
    expect(remarksAliases("a.k.a. ''; DOB 1970.")).toEqual([]);
  });
});

describe("UN Security Council consolidated XML, 27 Feb 2026", () => {
  const list = only([realFile("un-consolidated-2026-02-27.xml")], "1999-01-01");

  it("reads individuals and entities, the date from dateGenerated, Low-quality aliases as weak", () => {
    expect(list.entryCount).toBe(730 + 273);
    expect(list.asOf).toBe("2026-02-27");
    expect(list.asOfFrom).toBe("file");
    expect(list.weakAliasCount).toBe(615);
    expect(list.entries.filter((e) => e.partyType === "individual")).toHaveLength(730);
  });

  it("builds full names from FIRST_NAME..FOURTH_NAME and keys entries by REFERENCE_NUMBER", () => {
    const e = list.entries.find((x) => x.entryId === "CDi.001")!;
    expect(e).toMatchObject({ listName: "ERIC BADEGE", programme: "DRC", source: "UN" });
    expect(e.countries).toEqual(expect.arrayContaining(["Democratic Republic of the Congo", "Rwanda"]));
  });

  it("splits an entity field holding two names", () => {
    const e = list.entries.find((x) => x.entryId === "CDe.003")!;
    expect(e.listName).toBe("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)");
    expect(e.names.map((n) => n.name)).toContain("GREAT LAKES BUSINESS COMPANY (GLBC)");
  });
});

describe("US Consolidated Screening List CSV sample", () => {
  const list = only([realFile("us-csl-sample.csv")], "2024-06-01");

  it("reads every row with alt_names split on ';' and a stable id for rows without entity_number", () => {
    expect(list.entryCount).toBe(115);
    const tir = list.entries.find((e) => e.names.some((n) => n.name === "SEVENTH OF TIR"))!;
    expect(tir.names.length).toBeGreaterThan(5);
    const dpl = list.entries.find((e) => e.listName === "ADRIAN MANUEL HERNANDEZ")!;
    expect(dpl.entryId).toBe("DPL:adrian manuel hernandez");
    expect(dpl.programme).toBe("DPL");
    expect(list.asOf).toBe("2024-06-01");
  });
});

describe("malformed files are refused with the file, the place and the problem", () => {
  const sdn = readFileSync(path.join(SANCTIONS, "ofac-sdn-2024-05-03.csv"), "latin1").split("\r\n");

  it("an sdn.csv row with a column missing names its line", () => {
    const broken = [...sdn.slice(0, 56), '9999,"BROKEN ROW",-0- ,"CUBA"', ...sdn.slice(56)].join("\r\n");
    const r = importOfacSdn({ sdn: { name: "sdn.csv", text: broken } });
    expect(r).toEqual({
      ok: false,
      error: { file: "sdn.csv", location: "line 57", message: "expected the 12 columns of OFAC sdn.csv, found 4" },
    });
  });

  it("an unterminated quote names its line", () => {
    const broken = [...sdn.slice(0, 9), '9999,"BROKEN ROW,-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ', ...sdn.slice(9, 12)].join(
      "\r\n",
    );
    const r = importOfacSdn({ sdn: { name: "sdn.csv", text: broken } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.location).toBe("line 10");
  });

  it("an alt.csv alias for an entry not in sdn.csv is refused", () => {
    const r = importLists([
      { name: "sdn.csv", text: sdn.slice(0, 5).join("\r\n") },
      { name: "alt.csv", text: '12345,1,"aka","NOBODY",-0- \r\n' },
    ]);
    expect(r[0]).toEqual({
      ok: false,
      error: { file: "alt.csv", location: "line 1", message: "alias for ent_num '12345', which is not in sdn.csv" },
    });
  });

  it("a truncated UN XML names the line and column", () => {
    const xml = readFileSync(path.join(SANCTIONS, "un-consolidated-2026-02-27.xml"), "utf8");
    const r = importUnXml({ name: "un.xml", text: xml.slice(0, 5000) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.file).toBe("un.xml");
      expect(r.error.location).toMatch(/^line \d+, column \d+$/);
      expect(r.error.message).toMatch(/damaged/);
    }
  });

  it("a UN record without a name names the record", () => {
    const xml =
      '<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>';
    expect(importUnXml({ name: "un.xml", text: xml })).toEqual({
      ok: false,
      error: { file: "un.xml", location: "INDIVIDUAL record 1 (DATAID 1)", message: "the record has no name (FIRST_NAME is empty)" },
    });
  });

  it("a CSL file without a name column is refused at line 1", () => {
    const r = importUsCsl({ name: "csl.csv", text: "source,entity_number,alt_names\nX,1,\n" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ file: "csl.csv", location: "line 1" });
  });

  it("an empty or unknown file is refused", () => {
    const [r] = importLists([{ name: "empty.csv", text: "" }]);
    expect(r.ok).toBe(false);
    const [x] = importLists([{ name: "other.xml", text: "<rss><channel/></rss>" }]);
    expect(x.ok).toBe(false);
  });
});
