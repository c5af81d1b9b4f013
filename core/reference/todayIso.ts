/** Today's date (UTC) as YYYY-MM-DD: the default as-at date of an assessment. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
