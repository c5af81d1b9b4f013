import { promises as fs } from "fs";
import * as path from "path";
import { HEADER } from "./reviewKit";

/** Four deals a quarter apart; each change of the scenario touches exactly one of them. */
export const DEALS: Record<string, string[]> = {
  "T-1": ["T-1", "Planalto Defesa", "Brazilian Army Signals", "Military", "Brazil", "Communications interception", "", "300000", "USD"],
  "D-1": ["D-1", "Maple Analytics", "Maple Analytics", "Private company", "Canada", "Network security monitoring", "", "20000", "GBP"],
  "K-1": ["K-1", "Savannah Telecom", "Savannah Telecom", "Telecom operator", "Kenya", "Network security monitoring", "", "40000", "GBP"],
  "N-1": ["N-1", "Nordic Telecom AS", "Nordic Telecom AS", "Telecom operator", "Norway", "Network security monitoring", "", "50000", "GBP"],
  "E-1": [
    "E-1",
    "Nile Systems",
    "Ministry of Interior",
    "Law enforcement",
    "Egypt",
    "Communications interception",
    "Licence control",
    "250000",
    "USD",
  ],
  "A-1": ["A-1", "Sakura Net", "Sakura Net", "Telecom operator", "Japan", "Network security monitoring", "", "70000", "EUR"],
};

export const csv = (rows: string[][]) =>
  [HEADER, ...rows].map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",")).join("\n") + "\n";

export async function writeFile(dir: string, name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, text);
  return file;
}
