import fc from "fast-check";
import { parseMoney } from "../../core/intake/parseMoney";

describe("parseMoney reads amounts as people write them", () => {
  it("plain digits, with leading zeros, are their number", () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,15}$/), (s) => expect(parseMoney(s)).toBe(Number(s))));
  });

  it("the same amount written with a currency, separators, spaces or a multiplier reads the same", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const grouped = n.toLocaleString("en-GB");
        expect(parseMoney(` ${n} `)).toBe(n);
        expect(parseMoney(`£${grouped}`)).toBe(n);
        expect(parseMoney(`${grouped} USD`)).toBe(n);
        expect(parseMoney(`-${n}`)).toBe(-n);
      }),
    );
    expect(parseMoney("1.2m")).toBe(1_200_000);
    expect(parseMoney("3k")).toBe(3000);
  });

  it("text that is not an amount is not read as one", () => {
    for (const s of ["", "lots", "12 apples", "1.2.3", "1e5", "0x10", "١٢٣"]) expect(parseMoney(s)).toBeUndefined();
  });
});
