import fc from "fast-check";
import { ownText } from "../../core/text/ownText";

describe("ownText", () => {
  it("gives back exactly the text it is given, cut out of a longer one or not", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b, c) => {
        const whole = a + b + c;
        const cut = whole.slice(a.length, a.length + b.length);
        return ownText(cut) === b && ownText(whole) === whole;
      }),
    );
  });
});
