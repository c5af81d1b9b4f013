import type { Profile } from "../methodology/profileSchema";
import type { BandId } from "../model/types";

/** The band of a risk score (1..25) under the profile's bands. */
export function bandForScore(score: number, profile: Profile): BandId {
  for (const b of profile.bands) if (score >= b.min && score <= b.max) return b.id;
  throw new RangeError(`Score ${score} is outside 1..25`);
}

export const bandOrder: Record<BandId, number> = { low: 0, medium: 1, high: 2, critical: 3 };
