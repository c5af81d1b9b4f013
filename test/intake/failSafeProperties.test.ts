import fc from "fast-check";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { scoreTable } from "../../core/intake/scoreTable";
import { createContext } from "../../core/scoring/createContext";
import type { ScoredRow } from "../../core/model/types";

/** The fail-safe rules as invariants over random rows (methodology v2, "Unrecognised entries never lower a risk"). */

const ctx = createContext();
const profile = defaultProfile();
const header = ["Country", "Capability", "End user type", "Partner type", "Due diligence", "Scale", "Red flags", "Mitigations"];

const sanctionedNames = [
  "North Korea",
  "Iran",
  "Russia",
  "Belarus",
  "Syria",
  "KP",
  "IRN",
  "Russian Federation",
  "Syrian Arab Republic",
].filter((n) => {
  const c = ctx.reference.resolveCountry(n);
  return c && ctx.reference.restrictions(c.alpha2).some((r) => r.measure === profile.hardStops.comprehensiveSanctions.measure);
});

const any = fc.string({ unit: "grapheme", maxLength: 25 });
const capability = fc.oneof(
  fc.constantFrom(...profile.capabilities.map((c) => c.label), ...profile.capabilities.map((c) => c.id)),
  any,
  fc.constant(""),
);
const endUser = fc.oneof(
  fc.constantFrom(...profile.endUserTypes.map((e) => e.id), "Telco - State owned", "Gov - Intelligence"),
  any,
  fc.constant(""),
);
const partner = fc.oneof(fc.constantFrom(...profile.partners.types.map((t) => t.id), "Direct", ""), any);
const yesNo = fc.oneof(fc.constantFrom("yes", "no", "unknown", ""), any);
const scale = fc.oneof(fc.constantFrom(...profile.scales.map((s) => s.id), ""), any);
const codes = (ids: string[]) => fc.array(fc.constantFrom(...ids), { maxLength: 3 }).map((a) => a.join("; "));
const flags = codes(profile.redFlags.map((f) => f.id));
const mitigations = codes(profile.mitigations.map((m) => m.id));
// Free text that names no code: a word the catalogues do not know, never "none" or a code.
const unknownEntry = fc.stringMatching(/^[QXZ][qxz]{3,8}( [qxz]{2,6})?$/);

const one = (row: unknown[]): ScoredRow => scoreTable([header, row], ctx).results[0];

describe("fail-safe intake (property tests)", () => {
  test("a recognised comprehensive-sanctions destination always gives decision or provisional decision stop", () => {
    expect(sanctionedNames.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(
        fc.constantFrom(...sanctionedNames),
        capability,
        endUser,
        partner,
        yesNo,
        scale,
        flags,
        mitigations,
        (country, ...rest) => {
          const r = one([country, ...rest]);
          if (r.status === "ok") expect(r.assessment.decision).toBe("stop");
          else expect(r.provisional?.decision).toBe("stop");
        },
      ),
      { numRuns: 300 },
    );
  });

  test("no unrecognised text in a red-flag or mitigation cell ever lowers the residual score", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Germany", "Kenya", "Brazil", "Viet Nam", "UAE"),
        fc.constantFrom(...profile.capabilities.map((c) => c.id)),
        fc.constantFrom(...profile.endUserTypes.map((e) => e.id)),
        flags,
        mitigations,
        unknownEntry,
        fc.boolean(),
        (country, cap, eu, f, m, extra, inFlags) => {
          const base = one([country, cap, eu, "", "", "", f, m]);
          const withExtra = one([
            country,
            cap,
            eu,
            "",
            "",
            "",
            inFlags ? [f, extra].filter(Boolean).join("; ") : f,
            inFlags ? m : [m, extra].filter(Boolean).join("; "),
          ]);
          if (base.status !== "ok" || withExtra.status !== "ok") throw new Error("rows of catalogue ids must score");
          expect(withExtra.assessment.residual.score).toBeGreaterThanOrEqual(base.assessment.residual.score);
          expect(withExtra.warnings?.some((w) => w.value === extra)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a value naming two end-user types resolves to the riskier type", () => {
    const types = profile.endUserTypes;
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.constantFrom(...types), fc.constantFrom(" - ", " / ", ", ", " and "), (a, b, sep) => {
        fc.pre(a.id !== b.id);
        const r = one(["Germany", "firewall", `${a.label}${sep}${b.label}`, "", "", "", "", ""]);
        if (r.status !== "ok") throw new Error(`two type names must read: ${JSON.stringify(r)}`);
        const score = types.find((t) => t.id === r.deal.endUserType)!.score;
        expect(score).toBeGreaterThanOrEqual(Math.max(a.score, b.score));
      }),
      { numRuns: 200 },
    );
  });
});
