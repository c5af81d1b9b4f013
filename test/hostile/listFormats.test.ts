import { readFileSync } from "fs";
import * as path from "path";
import { formatImportError, importLists } from "../../core/screening";
import { SANCTIONS } from "../screening/realLists";

const UN = readFileSync(path.join(SANCTIONS, "un-consolidated-2026-02-27.xml"));

function importOne(name: string, bytes: Uint8Array) {
  const [r] = importLists([{ name, bytes }]);
  return r;
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from("\ufeff" + text, "utf16le");
  if (bigEndian) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
}

describe("list files this tool cannot identify are refused, never read as a watch list", () => {
  test.each([
    ["JSON", Buffer.from('{"names":["Acme Spyware Ltd"]}\n')],
    ["PDF", Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")],
    ["random bytes", Buffer.from([0x13, 0x37, 0x00, 0xff, 0x42, 0x9a, 0x0a, 0x01, 0x7f, 0x80, 0x41, 0x2c, 0x42])],
    ["a header-less CSV of names", Buffer.from("Acme Spyware Ltd\nGlobex Surveillance\n")],
    ["a CSV whose first column is not a name", Buffer.from("Ref,Name\nW-1,Acme Spyware Ltd\n")],
    ["UTF-16 text without a byte-order mark", Buffer.from(UN.subarray(0, 4000).toString("latin1"), "utf16le")],
  ])("%s is refused, and the message lists the formats it reads", (_, bytes) => {
    const r = importOne("list.dat", new Uint8Array(bytes));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const msg = formatImportError(r.error);
    expect(msg).toMatch(/not a list format this tool reads/);
    expect(msg).toMatch(/OFAC sdn\.csv.*US Consolidated Screening List.*UN, EU or UK.*header starting with a Name column/);
  });

  test.each([
    ["little-endian", false],
    ["big-endian", true],
  ])("the real UN list saved as UTF-16 %s with a byte-order mark is read as the UN list, with all its entries", (_, be) => {
    const plain = importOne("un.xml", new Uint8Array(UN));
    const wide = importOne("un-utf16.xml", utf16(UN.toString("utf8"), be));
    expect(plain.ok && wide.ok).toBe(true);
    if (!plain.ok || !wide.ok) return;
    expect(wide.list.format).toBe("un-xml");
    expect(wide.list.source).toBe("UN");
    expect(wide.list.entryCount).toBe(plain.list.entryCount);
    expect(wide.list.entryCount).toBeGreaterThan(900);
  });

  test("a watch list is recognised by its header with a Name column first", () => {
    const r = importOne("watch.csv", new Uint8Array(Buffer.from("Name,Aliases\nAcme Spyware Ltd,ASW\n")));
    expect(r.ok && r.list.format).toBe("watch-list");
  });
});
