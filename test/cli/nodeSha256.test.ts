import fc from "fast-check";
import { nodeSha256 } from "../../cli/nodeSha256";
import { sha256Text } from "../../core/screening";

describe("the command line's SHA-256", () => {
  it("gives the same digest as core's pure implementation for any text, so deal fingerprints match the add-in's", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => nodeSha256(text) === sha256Text(text)));
  });
});
