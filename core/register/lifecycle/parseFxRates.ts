import { isIsoDay } from "../../reviews/isoDay";
import type { FxRates } from "./registerLifecycle";

export type FxParse = { ok: true; fx: FxRates } | { ok: false; message: string };

const CODE = /^[A-Z]{3}$/;

/**
 * Exchange rates from a table with the columns from, to, rate, date (one header row): "USD, GBP,
 * 0.79, 2026-03-31" means 1 USD = 0.79 GBP. Every row must convert into the same currency on the
 * same date, so the dashboard can say which rates it used.
 */
export function parseFxRates(rows: readonly (readonly unknown[])[], file: string): FxParse {
  const head = (rows[0] ?? []).map((h) =>
    String(h ?? "")
      .trim()
      .toLowerCase(),
  );
  const col = (name: string) => head.indexOf(name);
  const [iFrom, iTo, iRate, iDate] = ["from", "to", "rate", "date"].map(col);
  if ([iFrom, iTo, iRate, iDate].some((i) => i < 0))
    return { ok: false, message: `${file}: the first row must name the columns from, to, rate and date (e.g. USD, GBP, 0.79, 2026-03-31)` };
  const rates: Record<string, number> = {};
  let to = "";
  let date = "";
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r].map((v) => String(v ?? "").trim());
    if (cells.every((c) => c === "")) continue;
    const where = `${file}, row ${r + 1}`;
    const from = cells[iFrom].toUpperCase();
    const into = cells[iTo].toUpperCase();
    const rate = Number(cells[iRate]);
    if (!CODE.test(from) || !CODE.test(into)) return { ok: false, message: `${where}: currencies must be ISO codes such as USD or GBP` };
    if (!Number.isFinite(rate) || rate <= 0) return { ok: false, message: `${where}: rate '${cells[iRate]}' is not a positive number` };
    if (!isIsoDay(cells[iDate])) return { ok: false, message: `${where}: date '${cells[iDate]}' is not a date - use YYYY-MM-DD` };
    if (to && into !== to)
      return { ok: false, message: `${where}: converts into ${into}, but earlier rows into ${to} - use one target currency` };
    if (date && cells[iDate] !== date)
      return { ok: false, message: `${where}: dated ${cells[iDate]}, but earlier rows ${date} - use rates of one date` };
    if (rates[from] !== undefined) return { ok: false, message: `${where}: a second rate for ${from}` };
    to = into;
    date = cells[iDate];
    rates[from] = rate;
  }
  if (!to) return { ok: false, message: `${file}: no rates below the header row` };
  return { ok: true, fx: { currency: to, asOf: date, source: file, rates } };
}
