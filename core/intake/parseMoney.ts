const moneyPattern = /^(-)?\s*([£$€¥]|[a-z]{3})?\s*(\d[\d,' ]*(?:\.\d+)?|\.\d+)\s*(k|m|bn|b|mn|million|thousand)?\s*([a-z]{3})?$/i;
const plainDigits = /^\d{1,15}$/;
const multipliers: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9 };

/**
 * Reads an amount as people write it; undefined when the text is not an amount.
 * @example parseMoney("£1,200,000") // 1200000
 * @example parseMoney("1.2m") // 1200000
 */
export function parseMoney(text: string): number | undefined {
  // Most cells hold plain digits: read them without the pattern's capture groups.
  if (plainDigits.test(text)) return Number(text);
  const m = moneyPattern.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[3].replace(/[,' ]/g, ""));
  if (!Number.isFinite(n)) return undefined;
  const mult = m[4] ? multipliers[m[4].toLowerCase()] : 1;
  return (m[1] ? -1 : 1) * n * mult;
}
