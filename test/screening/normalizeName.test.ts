import fc from "fast-check";
import { foldName, jaroWinkler, nameTokens, normalizeName, phoneticKey, sha256Text } from "../../core/screening";

describe("name normalisation", () => {
  it.each([
    ["Intellexa S.A.", "intellexa"],
    ["INTELLEXA LIMITED", "intellexa"],
    ["Cytrox Holdings Zártkörűen Működő Részvénytársaság", "cytrox holdings"],
    ["OOO «Рога и копыта»", "roga kopyta"],
    ["Müller & Söhne GmbH & Co. KG", "muller sohne"],
    ["Bank of Cuba", "bank cuba"],
    ["AL-ZAWAHIRI, Ayman", "zawahiri ayman"],
    ["Société Générale S.A.", "societe generale"],
    ["Acme Sp. z o.o.", "acme"],
    ["Joint Stock Company Concern Kalashnikov", "concern kalashnikov"],
    ["Łódź Trading Co., Ltd.", "lodz trading"],
    ["O'Brien Partners LLP", "obrien partners"],
  ])("%s -> %s", (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });

  it("keeps a name that is nothing but legal-form words", () => {
    expect(nameTokens("The Company Limited")).toEqual(["company", "limited"]);
  });

  it("folds diacritics and case the same way for every spelling", () => {
    expect(foldName("ÇUKUROVA")).toBe(foldName("Cukurova"));
  });

  it("gives transliteration variants one phonetic key", () => {
    for (const [a, b] of [
      ["mohammed", "muhammad"],
      ["yusuf", "yousef"],
      ["osama", "usama"],
      ["sergey", "sergei"],
      ["philipp", "filip"],
    ]) {
      expect(phoneticKey(a)).toBe(phoneticKey(b));
    }
    expect(phoneticKey("intellexa")).not.toBe(phoneticKey("microsoft"));
  });

  it("Jaro-Winkler gives the textbook values", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("dwayne", "duane")).toBeCloseTo(0.84, 2);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
  });

  it("sha256 of text matches the published test vectors", () => {
    expect(sha256Text("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Text("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("any text normalises to lower-case ASCII words, and normalising twice changes nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
        const n = normalizeName(s);
        expect(n).toMatch(/^[a-z0-9]*( [a-z0-9]+)*$/);
        expect(normalizeName(n)).toBe(n);
      }),
    );
  });

  it("Jaro-Winkler is symmetric and between 0 and 1", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,12}$/), fc.stringMatching(/^[a-z]{0,12}$/), (a, b) => {
        const x = jaroWinkler(a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(jaroWinkler(b, a)).toBeCloseTo(x, 10);
      }),
    );
  });
});
