import { z } from "zod";

/** Schema of a methodology profile: what users may inspect, copy and tune. */

const score = z.number().int().min(1).max(5);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lower-case id (letters, digits, hyphens)");
const catalogueEntry = z.object({
  id,
  label: z.string().min(1),
  synonyms: z.array(z.string()).default([]),
});

export const bandIds = ["low", "medium", "high", "critical"] as const;
/** Mildest first; `decline` (version 2) is a presumption of denial, `stop` a prohibition. */
export const decisionIds = ["proceed", "proceed-with-conditions", "escalate", "decline", "stop"] as const;
/** The measures of the restrictions table a hard stop can name (a closed list: a typo would silently disable the stop). */
const measure = z.enum(["comprehensive-sanctions", "interception-monitoring-restriction", "arms-embargo", "state-of-concern"]);
const redLineId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, "must be a short id (letters, digits, hyphens), e.g. RL1");

/**
 * A red line (version 2): every condition given must hold for the deal to be declined. A red
 * line without a residual-score condition cannot be lifted by mitigations.
 */
const redLine = z.object({
  id: redLineId,
  label: z.string().min(1),
  minSeverity: score.optional(),
  minResidualScore: z.number().int().min(1).max(25).optional(),
  minDestination: score.optional(),
  endUserTypes: z.array(id).min(1).optional(),
  redFlagsAny: z.array(id).min(1).optional(),
});
export type RedLine = z.infer<typeof redLine>;

export const profileSchema = z
  .object({
    id: z.string().min(1),
    version: z.number().int().min(1),
    name: z.string().min(1),
    description: z.string().default(""),
    exporterCountry: z.string().length(2),
    likelihood: z.object({
      weights: z.object({
        destination: z.number().min(0).max(1),
        endUser: z.number().min(0).max(1),
        partners: z.number().min(0).max(1),
      }),
      redFlagStep: z.number().int().min(0).max(4),
      maxRedFlagSteps: z.number().int().min(0).max(4),
    }),
    severity: z.object({
      scaleUplift: z.number().int().min(0).max(4),
      upliftScales: z.array(z.enum(["limited", "regional", "national", "mass"])),
    }),
    mitigation: z.object({
      /** Weight of credited mitigations (summed) per step of likelihood. */
      perStep: z.number().int().min(1),
      maxSteps: z.number().int().min(0).max(4),
      irremediableSeverity: score,
      irremediableMinimumBand: z.enum(bandIds),
      /** Version 2: fewer steps where misuse is documented and a state body is the end user. */
      misuseCap: z
        .object({ redFlags: z.array(id).min(1), endUserTypes: z.array(id).min(1), maxSteps: z.number().int().min(0).max(4) })
        .nullable()
        .default(null),
    }),
    bands: z.array(z.object({ id: z.enum(bandIds), label: z.string(), min: z.number().int(), max: z.number().int() })).length(4),
    decisions: z
      .array(z.object({ id: z.enum(decisionIds), label: z.string(), bands: z.array(z.enum(bandIds)) }))
      .min(4)
      .max(5),
    redLines: z.array(redLine).default([]),
    destination: z.object({
      indicators: z.array(z.enum(["va", "pv", "ge", "rq", "rl", "cc"])).min(1),
      combine: z.enum(["min", "mean"]),
      bands: z.array(z.object({ minPercentile: z.number().min(0).max(100), score })).min(1),
      noDataScore: score,
      overrides: z
        .array(z.object({ country: z.string().min(2), score, reason: z.string().min(1, "an override needs a reason") }))
        .default([]),
    }),
    partners: z.object({
      direct: score,
      types: z.array(catalogueEntry.extend({ score })).min(1),
      directSynonyms: z.array(z.string()).default([]),
      thirdCountryUplift: z.number().int().min(0).max(4),
      dueDiligenceMissingUplift: z.number().int().min(0).max(4),
      max: score,
    }),
    capabilities: z
      .array(
        catalogueEntry.extend({
          severity: score,
          controlHint: z.string().nullable().default(null),
          prompt: z.string().default(""),
        }),
      )
      .min(1),
    endUserTypes: z.array(catalogueEntry.extend({ score })).min(1),
    scales: z.array(catalogueEntry.extend({ id: z.enum(["limited", "regional", "national", "mass"]) })),
    redFlags: z.array(catalogueEntry),
    mitigations: z.array(catalogueEntry.extend({ weight: z.number().min(0).max(4).default(1) })),
    hardStops: z.object({
      comprehensiveSanctions: z.object({ measure, minSeverity: score }),
      interceptionRestrictions: z.object({ measure, minSeverity: score }),
      armsEmbargo: z.object({
        measure,
        minSeverity: score,
        endUserTypes: z.array(z.string()),
        redFlag: z.string().nullable(),
      }),
      restrictedParty: z.object({ enabled: z.boolean() }),
    }),
    nationalSecurity: z.object({
      measure,
      minSeverity: score,
      flag: z.literal("national-security-review"),
      minimumDecision: z.enum(decisionIds),
    }),
    // reviewFloor: hits from here up to the threshold are shown as near misses (never a match).
    screening: z.object({ threshold: z.number().min(0).max(1), reviewFloor: z.number().min(0).max(1).optional() }),
    /** Months until a signed-off deal is reviewed again, by decision taken (defaults in core/reviews/reviewPeriods.ts). */
    reviewPeriods: z
      .object({
        proceed: z.number().int().min(1).max(60).nullable(),
        "proceed-with-conditions": z.number().int().min(1).max(60).nullable(),
        escalate: z.number().int().min(1).max(60).nullable(),
        decline: z.number().int().min(1).max(60).nullable(),
        stop: z.number().int().min(1).max(60).nullable(),
      })
      .partial()
      .strict()
      .optional(),
  })
  .superRefine((p, ctx) => {
    const w = p.likelihood.weights;
    if (Math.abs(w.destination + w.endUser + w.partners - 1) > 1e-9) {
      ctx.addIssue({ code: "custom", path: ["likelihood", "weights"], message: "weights must add up to 1" });
    }
    const bands = [...p.bands].sort((a, b) => a.min - b.min);
    let next = 1;
    for (const b of bands) {
      if (b.min !== next || b.max < b.min) {
        ctx.addIssue({
          code: "custom",
          path: ["bands"],
          message: `bands must cover 1..25 without gaps or overlaps (problem at '${b.id}')`,
        });
        break;
      }
      next = b.max + 1;
    }
    if (next !== 26) ctx.addIssue({ code: "custom", path: ["bands"], message: "bands must end at 25" });
    for (const key of ["capabilities", "endUserTypes", "redFlags", "mitigations"] as const) {
      const seen = new Set<string>();
      p[key].forEach((e, i) => {
        if (seen.has(e.id)) ctx.addIssue({ code: "custom", path: [key, i, "id"], message: `duplicate id '${e.id}'` });
        seen.add(e.id);
      });
    }
    const endUsers = new Set(p.endUserTypes.map((e) => e.id));
    const redFlags = new Set(p.redFlags.map((f) => f.id));
    const known = (ids: readonly string[] | undefined, set: Set<string>, what: string, path: Array<string | number>) =>
      ids?.forEach((e, i) => {
        if (!set.has(e)) ctx.addIssue({ code: "custom", path: [...path, i], message: `unknown ${what} '${e}'` });
      });
    known(p.hardStops.armsEmbargo.endUserTypes, endUsers, "end-user type", ["hardStops", "armsEmbargo", "endUserTypes"]);
    const cap = p.mitigation.misuseCap;
    if (cap) {
      known(cap.endUserTypes, endUsers, "end-user type", ["mitigation", "misuseCap", "endUserTypes"]);
      known(cap.redFlags, redFlags, "red flag", ["mitigation", "misuseCap", "redFlags"]);
    }
    checkDecisions(p, ctx);
    const seen = new Set<string>();
    p.redLines.forEach((rl, i) => {
      if (seen.has(rl.id)) ctx.addIssue({ code: "custom", path: ["redLines", i, "id"], message: `duplicate red line '${rl.id}'` });
      seen.add(rl.id);
      const conditions = [rl.minSeverity, rl.minResidualScore, rl.minDestination, rl.endUserTypes, rl.redFlagsAny];
      if (conditions.every((x) => x === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: ["redLines", i],
          message: `red line '${rl.id}' has no condition, so it would decline every deal`,
        });
      }
      known(rl.endUserTypes, endUsers, "end-user type", ["redLines", i, "endUserTypes"]);
      known(rl.redFlagsAny, redFlags, "red flag", ["redLines", i, "redFlagsAny"]);
    });
  });

/** Each decision at most once; the four of version 1 always; `decline` whenever red lines exist. */
function checkDecisions(p: { decisions: Array<{ id: string }>; redLines: unknown[] }, ctx: z.RefinementCtx): void {
  const ids = p.decisions.map((d) => d.id);
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["decisions"], message: "a decision is listed twice" });
  for (const need of ["proceed", "proceed-with-conditions", "escalate", "stop"]) {
    if (!ids.includes(need)) ctx.addIssue({ code: "custom", path: ["decisions"], message: `the decision '${need}' is missing` });
  }
  if (p.redLines.length && !ids.includes("decline")) {
    ctx.addIssue({ code: "custom", path: ["decisions"], message: "red lines need the decision 'decline'" });
  }
}

export type Profile = z.infer<typeof profileSchema>;
