import type { MeasureInForce } from "../../reference/restrictionsInForce";
import { memoText, type CompiledProfile } from "../compiledProfile";
import type { Capability } from "./capabilityStage";
import { driverRank, type RankedDriver } from "./driverRanks";

/** A control-list hint: an export licence may be required (a flag, never a stop). */
export function licenceDriver(cap: Capability, c: CompiledProfile): RankedDriver | undefined {
  if (!cap.controlHint || cap.controlHint === "-") return undefined;
  return {
    weight: driverRank.licenceCheck,
    text: memoText(c, `lic|${cap.id}`, () => `Export licence may be required: control-list hint ${cap.controlHint}`),
  };
}

/** A state of concern and a capability of enough severity: the decision is at least the profile's minimum. */
export function nationalSecurityDriver(
  ns: MeasureInForce,
  countryName: string,
  cap: Capability,
  severity: number,
  minimum: string,
  c: CompiledProfile,
): RankedDriver {
  return {
    weight: driverRank.nationalSecurity,
    text: memoText(
      c,
      `ns|${countryName}|${severity}|${ns.basis}`,
      () =>
        `National-security review: ${countryName} is a state of concern (${ns.basis}) and the capability has severity ${severity} - decision at least ${minimum}`,
    ),
  };
}

/** The S = 5 floor held the residual band up. */
export function residualFloorDriver(band: string, severity: number): RankedDriver {
  return {
    weight: driverRank.residualFloor,
    text: `Residual band held at ${band}: severity ${severity} means irremediable harm is possible`,
  };
}
