/** Rounds .5 upwards, immune to binary fractions such as 0.4*3+0.35*4+0.25*2 = 3.0999999999999996. */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5 + 1e-9);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
