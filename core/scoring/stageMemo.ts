import type { AppliedRestriction, Deal, PathToProceed, RedLineHit, RiskFigures } from "../model/types";
import type { Profile } from "../methodology/profileSchema";
import { bandForScore } from "./bandForScore";
import type { CompiledProfile } from "./compiledProfile";
import type { ScoringContext } from "./context";
import { outcomeFor, type Outcome } from "./outcomeFor";
import { capabilityStage, type Capability } from "./stages/capabilityStage";
import { destinationStage } from "./stages/destinationStage";
import { driverRank, type RankedDriver } from "./stages/driverRanks";
import { endUserStage, type EndUserType } from "./stages/endUserStage";
import { licenceDriver, nationalSecurityDriver, residualFloorDriver } from "./stages/flagDrivers";
import { likelihoodStage } from "./stages/likelihoodStage";
import { mitigationStage, type MitigationCredit } from "./stages/mitigationStage";
import { partnerStage } from "./stages/partnerStage";
import { redLineDrivers, redLineHit } from "./stages/redLineStage";
import { restrictionsStage, type RestrictionsOutcome } from "./stages/restrictionsStage";

/**
 * Stage results memoised on each stage's own inputs. A stage's inputs come from small catalogues
 * (a capability, a country, an end-user type, a set of clauses), so even a pipeline in which no two
 * deals are alike repeats every stage's inputs again and again: each stage is worked out once per
 * distinct input and its result shared, frozen, by every deal that has it. The assessment a deal
 * gets is the one the stages give; only the repeated work is gone.
 *
 * Every memo is bounded: past LIMIT entries in all, they are emptied and refilled as rows go by.
 */
const LIMIT = 50_000;

export interface CapabilityEntry {
  capability: Capability;
  score: number;
  driver: RankedDriver;
  licence: RankedDriver | undefined;
}

export interface PartnerEntry {
  score: number;
  driver: RankedDriver;
  /** Partner points with due diligence done (the same as `score` when it is done or the sale is direct). */
  scoreIfDone: number;
}

export interface RestrictionsEntry extends RestrictionsOutcome {
  applied: readonly AppliedRestriction[];
  warningDrivers: readonly RankedDriver[];
  nationalSecurityDriver: RankedDriver | undefined;
}

export interface CreditEntry {
  mitigations: readonly string[];
  credit: MitigationCredit;
}

/** The outcome at one (likelihood, steps), with what the assessment takes from it. */
export interface OutcomeResult extends Outcome {
  residualFigures: RiskFigures;
  redLineHits: readonly RedLineHit[];
  redLineDrivers: readonly RankedDriver[];
  floorDriver: RankedDriver | undefined;
}

/** The outcome function for one set of deal facts, its results and the paths to proceed found under it. */
export interface OutcomeEntry {
  /** Also the path to proceed's OutcomeFor, for its "what if" questions. */
  at: (likelihood: number, steps: number) => OutcomeResult;
  paths: Map<CreditEntry, Map<number | string, PathToProceed>>;
}

type Nested<V> = Map<unknown, V>;

/** The memos of one compiled profile (one methodology and reference data). */
export class StageMemo {
  private size = 0;
  private capabilities!: Nested<Nested<CapabilityEntry>>;
  private endUsers!: Nested<{ type: EndUserType; score: number; driver: RankedDriver }>;
  private partners!: Nested<Nested<Nested<PartnerEntry>>>;
  private destinations!: Nested<Nested<ReturnType<typeof destinationStage>>>;
  private restrictions!: Nested<Nested<Nested<Nested<RestrictionsEntry>>>>;
  private flagLists!: Nested<Nested<readonly string[]>>;
  private likelihoods!: Nested<Nested<Nested<ReturnType<typeof likelihoodStage>>>>;
  private outcomes!: Nested<Nested<Nested<OutcomeEntry>>>;
  private credits!: Nested<Nested<Nested<CreditEntry>>>;
  private figures!: Map<number, RiskFigures>;
  private directPartner: PartnerEntry | undefined;

  constructor(
    private readonly ctx: ScoringContext,
    private readonly c: CompiledProfile,
  ) {
    this.clear();
  }

  private clear(): void {
    this.size = 0;
    this.capabilities = new Map();
    this.endUsers = new Map();
    this.partners = new Map();
    this.destinations = new Map();
    this.restrictions = new Map();
    this.flagLists = new Map();
    this.likelihoods = new Map();
    this.outcomes = new Map();
    this.credits = new Map();
    this.figures = new Map();
    this.directPartner = undefined;
  }

  /** Counts a new entry; past the limit every memo starts again empty. */
  private added(): void {
    if (++this.size > LIMIT) this.clear();
  }

  capability(deal: Deal, p: Profile): CapabilityEntry {
    const byScale = level(this.capabilities, deal.capability);
    let e = byScale.get(deal.scale);
    if (!e) {
      const s = capabilityStage(deal, p, this.c);
      e = frozen({ ...s, driver: frozen(s.driver), licence: frozenOrUndefined(licenceDriver(s.capability, this.c)) });
      byScale.set(deal.scale, e);
      this.added();
    }
    return e;
  }

  endUser(deal: Deal): { type: EndUserType; score: number; driver: RankedDriver } {
    let e = this.endUsers.get(deal.endUserType);
    if (!e) {
      const s = endUserStage(deal, this.c);
      e = frozen({ ...s, driver: frozen(s.driver) });
      this.endUsers.set(deal.endUserType, e);
      this.added();
    }
    return e;
  }

  /**
   * Partner points: a direct sale scores the same whatever else the deal says; otherwise the type,
   * the partner's country (only whether it is a third country, and which) and the due diligence decide.
   */
  partner(deal: Deal): PartnerEntry {
    if (deal.partnerType === null && !deal.partnerName) return (this.directPartner ??= this.makePartner(deal));
    const exporter = this.ctx.profile.exporterCountry;
    const third = deal.partnerCountry !== null && deal.partnerCountry !== deal.country && deal.partnerCountry !== exporter;
    const byCountry = level(this.partners, deal.partnerType);
    const byDiligence = level(byCountry, third ? deal.partnerCountry : "");
    let e = byDiligence.get(deal.partnerDueDiligence);
    if (!e) {
      e = this.makePartner(deal);
      byDiligence.set(deal.partnerDueDiligence, e);
    }
    return e;
  }

  private makePartner(deal: Deal): PartnerEntry {
    const s = partnerStage(deal, this.ctx, this.c);
    const direct = deal.partnerType === null && !deal.partnerName;
    const scoreIfDone =
      direct || deal.partnerDueDiligence === "done"
        ? s.score
        : partnerStage({ ...deal, partnerDueDiligence: "done" }, this.ctx, this.c).score;
    this.added();
    return frozen({ score: s.score, driver: frozen(s.driver), scoreIfDone });
  }

  destination(alpha2: string, asAt: string): ReturnType<typeof destinationStage> {
    const byCountry = level(this.destinations, asAt);
    let e = byCountry.get(alpha2);
    if (!e) {
      const s = destinationStage(alpha2, this.ctx, this.c, asAt);
      // The basis is destinationScore's own memo, shared already; only the wrapper and driver are new.
      e = frozen({ ...s, driver: frozen(s.driver) });
      byCountry.set(alpha2, e);
      this.added();
    }
    return e;
  }

  restrictionsAt(alpha2: string, countryName: string, capability: CapabilityEntry, endUser: EndUserType, asAt: string): RestrictionsEntry {
    const severity = capability.score;
    const byEndUser = level(level(level(this.restrictions, asAt), alpha2), severity);
    let e = byEndUser.get(endUser.id);
    if (!e) {
      const p = this.ctx.profile;
      const r = restrictionsStage(alpha2, countryName, severity, endUser, this.ctx, this.c, asAt);
      const ns = r.nationalSecurity;
      e = frozen({
        ...r,
        hardStops: frozenList(r.hardStops.map(frozen)),
        warnings: frozenList(r.warnings),
        // The rows themselves are the reference data's own objects; only the list is new.
        inForce: frozenList(r.inForce),
        nationalSecurity: ns ? frozen(ns) : undefined,
        applied: frozenList(
          r.inForce.map((x) =>
            frozen({
              measure: x.measure,
              authority: x.authority,
              instrument: x.instrument,
              source: x.source,
              from: x.from,
              to: x.to,
              verified: x.verified,
            }),
          ),
        ),
        warningDrivers: frozenList(r.warnings.map((w) => frozen({ weight: driverRank.restrictionWarning, text: `Warning: ${w}` }))),
        nationalSecurityDriver: frozenOrUndefined(
          ns
            ? nationalSecurityDriver(ns, countryName, capability.capability, severity, p.nationalSecurity.minimumDecision, this.c)
            : undefined,
        ),
      });
      byEndUser.set(endUser.id, e);
      this.added();
    }
    return e;
  }

  /** The deal's red flags without repeats, with the one the restrictions add: one shared list per distinct content. */
  redFlags(flags: readonly string[], addedRedFlag: string | null): readonly string[] {
    const byAdded = level(this.flagLists, listKey(flags));
    let e = byAdded.get(addedRedFlag);
    if (!e) {
      const list = flags.length < 2 ? flags.slice() : Array.from(new Set(flags));
      if (addedRedFlag && !list.includes(addedRedFlag)) list.push(addedRedFlag);
      e = Object.freeze(list);
      byAdded.set(addedRedFlag, e);
      this.added();
    }
    return e;
  }

  likelihood(
    destination: number,
    endUser: number,
    partners: number,
    redFlags: readonly string[],
    alpha2: string,
    countryName: string,
  ): ReturnType<typeof likelihoodStage> {
    const p = this.ctx.profile;
    const armsFlag = p.hardStops.armsEmbargo.redFlag;
    const byCountry = level(level(this.likelihoods, redFlags), stageKey(destination, endUser, partners));
    // Only the arms-embargo red flag's text names the country.
    const countryKey = armsFlag !== null && redFlags.length && redFlags.includes(armsFlag) ? alpha2 : "";
    let e = byCountry.get(countryKey);
    if (!e) {
      const scores = { destination, endUser, partners };
      const s = likelihoodStage(scores, redFlags, { country: countryName, alpha2, armsEmbargoFlag: armsFlag }, p, this.c);
      e = frozen({ ...s, drivers: frozenList(s.drivers.map(frozen)) });
      byCountry.set(countryKey, e);
      this.added();
    }
    return e;
  }

  credit(mitigations: readonly string[], endUser: string, redFlags: readonly string[]): CreditEntry {
    const byFlags = level(level(this.credits, listKey(mitigations)), endUser);
    let e = byFlags.get(redFlags);
    if (!e) {
      const deduped = mitigations.length < 2 ? mitigations.slice() : Array.from(new Set(mitigations));
      const credit = mitigationStage(deduped, endUser, redFlags, this.ctx.profile, this.c);
      e = frozen({ mitigations: frozenList(deduped), credit: frozen({ ...credit, drivers: frozenList(credit.drivers.map(frozen)) }) });
      byFlags.set(redFlags, e);
      this.added();
    }
    return e;
  }

  outcome(
    severity: number,
    destination: number,
    endUser: string,
    redFlags: readonly string[],
    hardStop: boolean,
    nationalSecurity: boolean,
  ): OutcomeEntry {
    const key = stageKey(severity, destination, (hardStop ? 2 : 0) + (nationalSecurity ? 1 : 0));
    const byEndUser = level(level(this.outcomes, redFlags), key);
    let e = byEndUser.get(endUser);
    if (!e) {
      e = this.makeOutcome({ severity, destination, endUser, redFlags, hardStop, nationalSecurity });
      byEndUser.set(endUser, e);
      this.added();
    }
    return e;
  }

  private makeOutcome(facts: Parameters<typeof outcomeFor>[0]): OutcomeEntry {
    const p = this.ctx.profile;
    const c = this.c;
    const raw = outcomeFor(facts, p, c);
    const results = new Map<number, OutcomeResult>();
    const at = (likelihood: number, steps: number): OutcomeResult => {
      const k = likelihood * 64 + steps;
      let r = results.get(k);
      if (!r) {
        const o = raw(likelihood, steps);
        const res = o.residual;
        // The red lines are the profile's own objects; only the lists are new.
        r = frozen({
          ...o,
          residual: frozen(res),
          redLines: frozenList(o.redLines),
          facts: frozen(o.facts),
          residualFigures: frozen({ severity: res.severity, likelihood: res.likelihood, score: res.score, band: res.band }),
          redLineHits: frozenList(o.redLines.map((x) => frozen(redLineHit(x)))),
          redLineDrivers: frozenList(redLineDrivers(o.redLines, o.facts, c).map(frozen)),
          floorDriver: frozenOrUndefined(res.floored ? residualFloorDriver(res.band, facts.severity) : undefined),
        });
        results.set(k, r);
      }
      return r;
    };
    return { at, paths: new Map() };
  }

  /** The inherent figures for a severity and likelihood (one shared object per pair). */
  inherent(severity: number, likelihood: number): RiskFigures {
    const k = severity * 64 + likelihood;
    let e = this.figures.get(k);
    if (!e) {
      const score = severity * likelihood;
      e = Object.freeze({ severity, likelihood, score, band: bandForScore(score, this.ctx.profile) });
      this.figures.set(k, e);
    }
    return e;
  }

  /** The path to proceed found under an outcome with these clauses, likelihood and due-diligence figures, or made by `make`. */
  path(outcome: OutcomeEntry, credit: CreditEntry, key: number | string, make: () => PathToProceed): PathToProceed {
    const byKey = level(outcome.paths, credit);
    let e = byKey.get(key);
    if (!e) {
      // A path is made of new objects only (steps, evidence, blockers): all of it is frozen.
      e = deepFreeze(make());
      byKey.set(key, e);
      this.added();
    }
    return e;
  }
}

const memos = new WeakMap<CompiledProfile, StageMemo>();

export function stageMemo(ctx: ScoringContext, c: CompiledProfile): StageMemo {
  let m = memos.get(c);
  if (!m) memos.set(c, (m = new StageMemo(ctx, c)));
  return m;
}

/** The next level of a nested memo, made on first use. */
function level<V>(m: Nested<Nested<V>>, key: unknown): Nested<V> {
  let next = m.get(key);
  if (!next) m.set(key, (next = new Map()));
  return next;
}

/** A list's content as one key (lists of catalogue ids are short). */
function listKey(list: readonly string[]): string {
  return list.length === 0 ? "" : list.length === 1 ? list[0] : list.join("\u0001");
}

/** Three small whole numbers as one key; anything else (a tuned profile's fractions) as text. */
function stageKey(a: number, b: number, c: number): number | string {
  return small(a) && small(b) && small(c) ? a * 4096 + b * 64 + c : `${a}|${b}|${c}`;
}

function small(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < 64;
}

/**
 * Shared results are frozen, so a reader that tried to change one (for one row, and so for every
 * row that shares it) fails loudly instead. Objects of the profile and reference data inside them
 * are left as they are.
 */
function frozen<T extends object>(x: T): T {
  return Object.freeze(x);
}

function frozenOrUndefined<T extends object>(x: T | undefined): T | undefined {
  return x && Object.freeze(x);
}

function frozenList<T>(xs: T[]): T[] {
  return Object.freeze(xs) as T[];
}

/** Freezes an object and everything inside it: only for results made of new objects alone. */
function deepFreeze<T>(x: T): T {
  if (x && typeof x === "object" && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}
