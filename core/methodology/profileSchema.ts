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
export const decisionIds = ["proceed", "proceed-with-conditions", "escalate", "stop"] as const;

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
      perStep: z.number().int().min(1),
      maxSteps: z.number().int().min(0).max(4),
      irremediableSeverity: score,
      irremediableMinimumBand: z.enum(bandIds),
    }),
    bands: z.array(z.object({ id: z.enum(bandIds), label: z.string(), min: z.number().int(), max: z.number().int() })).length(4),
    decisions: z.array(z.object({ id: z.enum(decisionIds), label: z.string(), bands: z.array(z.enum(bandIds)) })).length(4),
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
    mitigations: z.array(catalogueEntry),
    hardStops: z.object({
      comprehensiveSanctions: z.object({ measure: z.string(), minSeverity: score }),
      interceptionRestrictions: z.object({ measure: z.string(), minSeverity: score }),
      armsEmbargo: z.object({
        measure: z.string(),
        minSeverity: score,
        endUserTypes: z.array(z.string()),
        redFlag: z.string().nullable(),
      }),
      restrictedParty: z.object({ enabled: z.boolean() }),
    }),
    nationalSecurity: z.object({
      measure: z.string(),
      minSeverity: score,
      flag: z.literal("national-security-review"),
      minimumDecision: z.enum(decisionIds),
    }),
    screening: z.object({ threshold: z.number().min(0).max(1) }),
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
    p.hardStops.armsEmbargo.endUserTypes.forEach((e, i) => {
      if (!endUsers.has(e)) {
        ctx.addIssue({ code: "custom", path: ["hardStops", "armsEmbargo", "endUserTypes", i], message: `unknown end-user type '${e}'` });
      }
    });
  });

export type Profile = z.infer<typeof profileSchema>;
