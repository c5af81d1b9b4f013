import { formatImportError, importLists } from "../../core/screening";

const UN_RECORD = "<INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS>";
const cases: Array<[string, string, RegExp]> = [
  [
    "an external entity (XXE)",
    `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<CONSOLIDATED_LIST>${UN_RECORD}</CONSOLIDATED_LIST>`,
    /line 2, column 1: the XML has a DOCTYPE declaration/,
  ],
  [
    "entity expansion (billion laughs)",
    `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY e "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<CONSOLIDATED_LIST>${UN_RECORD}</CONSOLIDATED_LIST>`,
    /line 2, column 1: the XML has a DOCTYPE declaration/,
  ],
  [
    "an internal entity that would otherwise be left as '&e;' in a name",
    `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "Listed Person">]>\n<CONSOLIDATED_LIST>${UN_RECORD}</CONSOLIDATED_LIST>`,
    /line 2, column 1: the XML has a DOCTYPE declaration/,
  ],
  [
    "100,000 levels of nesting",
    `<?xml version="1.0"?>\n<CONSOLIDATED_LIST>${"<a>".repeat(100000)}${"</a>".repeat(100000)}</CONSOLIDATED_LIST>`,
    /line 2, column \d+: the XML is nested more than 64 levels deep/,
  ],
];

describe("hostile list XML is refused with a located message, never a stack trace", () => {
  test.each(cases)("%s", (_, xml, expected) => {
    let results: ReturnType<typeof importLists> = [];
    expect(() => (results = importLists([{ name: "un.xml", bytes: new TextEncoder().encode(xml) }]))).not.toThrow();
    const [r] = results;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatImportError(r.error)).toMatch(new RegExp(`^un\\.xml, ${expected.source}`));
  });
});
