/**
 * The labelled set for the screening benchmarks, built from the REAL lists in ../shared/data/sanctions:
 * true variants of listed names (typos, transliteration spellings, reordered words, changed legal forms,
 * dropped words, diacritics) labelled with their list entry, and negatives (real company, institution and
 * personal names that are not restricted parties, and generic words). Deterministic (seeded).
 * `npx tsx bench/screening-labelled-set.ts` prints its make-up and examples.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { importLists, nameTokens, normalizeName, type ScreeningList } from "../core/screening";

export const SANCTIONS = path.resolve(__dirname, "..", "..", "shared", "data", "sanctions");

export function loadRealLists(files: string[][]): { lists: ScreeningList[]; importMs: number } {
  const t0 = performance.now();
  const lists = files.map((group) => {
    const [r] = importLists(group.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(SANCTIONS, f))) })));
    if (!r.ok) throw new Error(`${r.error.file} ${r.error.location}: ${r.error.message}`);
    return r.list;
  });
  return { lists, importMs: performance.now() - t0 };
}

/** The lists the evaluation screens against: 2024 SDN (aliases from Remarks), UN consolidated XML, CSL sample. */
export const EVALUATION_LISTS = [["ofac-sdn-2024-05-03.csv"], ["un-consolidated-2026-02-27.xml"], ["us-csl-sample.csv"]];

export type VariantKind = "typo" | "transliteration" | "reordered" | "legal-form" | "dropped-word" | "diacritics";

export interface LabelledName {
  query: string;
  /** "source:entryId" of the entry the query stands for; undefined for negatives. */
  expected?: string;
  kind: VariantKind | "negative";
  original?: string;
}

/** Small seeded PRNG (mulberry32) so the set is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEGAL_FORMS = ["Ltd", "LLC", "S.A.", "GmbH", "JSC", "Co.", "Inc.", "Limited", "OOO", "PJSC", "Corp.", "S.A.R.L."];
/** A legal form written at the start or the end of a listed name, as a whole ("LIMITED LIABILITY COMPANY", "CO., LTD."). */
const LEGAL_PHRASE =
  "(?:LIMITED LIABILITY COMPANY|(?:OPEN |CLOSED |PUBLIC |PRIVATE )?JOINT[- ]STOCK COMPANY|(?:CO\\.,? )?LTD\\.?|CO\\.,? LIMITED|COMPANY LIMITED|LIMITED|LLC|L\\.L\\.C\\.|S\\.A\\. DE C\\.V\\.|S\\.A\\.|SA|GMBH(?: & CO\\. KG)?|JSC|OJSC|CJSC|PJSC|OOO|OAO|ZAO|AO|CO\\.|INC\\.?|CORP(?:ORATION|\\.)?|COMPANY|PLC|AG|AD|SARL|FZE|FZCO)";
const LEGAL_AT_END = new RegExp(`[,\\s]+${LEGAL_PHRASE}$`, "i");
const LEGAL_AT_START = new RegExp(`^${LEGAL_PHRASE}\\s+`, "i");

/** The name without its legal form, and the form, so variants can move or change it. */
function splitLegalForm(name: string): { core: string; form: string; atStart: boolean } {
  const end = LEGAL_AT_END.exec(name);
  if (end) return { core: name.slice(0, end.index), form: end[0].replace(/^[,\s]+/, ""), atStart: false };
  const start = LEGAL_AT_START.exec(name);
  if (start) return { core: name.slice(start[0].length), form: start[0].trim(), atStart: true };
  return { core: name, form: "", atStart: false };
}

/** Spelling swaps that transliteration from Arabic, Persian, Cyrillic and others produces. */
const SPELLINGS: [RegExp, string][] = [
  [/MOHAMMED|MOHAMMAD|MUHAMMED/g, "MUHAMMAD"],
  [/MUHAMMAD/g, "MOHAMMED"],
  [/AHMED/g, "AHMAD"],
  [/AHMAD/g, "AHMED"],
  [/OU/g, "U"],
  [/YU/g, "IU"],
  [/YA/g, "IA"],
  [/IY/g, "Y"],
  [/KH/g, "H"],
  [/EI/g, "EY"],
  [/EY/g, "EI"],
  [/IE/g, "Y"],
  [/PH/g, "F"],
  [/SH/g, "SCH"],
  [/J/g, "DJ"],
  [/Q/g, "K"],
  [/EE/g, "I"],
  [/OO/g, "U"],
  [/W/g, "V"],
  [/KS/g, "X"],
  [/C(?=[AOU])/g, "K"],
  [/TS/g, "TZ"],
  [/USSEIN/g, "USAYN"],
  [/YOUSEF|YOUSSEF|YUSUF/g, "YOUSSOUF"],
];

function isLatinName(s: string): boolean {
  return /^[A-Za-z0-9 ,.'&()\-/]+$/.test(s);
}

function typo(name: string, r: () => number): string | undefined {
  const words = name.split(" ");
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
  if (candidates.length === 0) return undefined;
  const [w, i] = candidates[Math.floor(r() * candidates.length)];
  const p = 1 + Math.floor(r() * (w.length - 2));
  const letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[Math.floor(r() * 26)];
  const kind = Math.floor(r() * 4);
  const out =
    kind === 0
      ? w.slice(0, p) + letter + w.slice(p + 1)
      : kind === 1
        ? w.slice(0, p) + w.slice(p + 1)
        : kind === 2
          ? w.slice(0, p) + letter + w.slice(p)
          : w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
  const copy = [...words];
  copy[i] = out;
  return copy.join(" ");
}

/** One spelling swap applied to the words that identify the name (legal forms such as "Co." stay as written). */
function transliterationVariant(name: string, r: () => number): string | undefined {
  const up = name.toUpperCase();
  const identifying = new Set(nameTokens(name));
  const words = up.split(" ");
  const test = (re: RegExp, w: string) => {
    re.lastIndex = 0;
    return re.test(w);
  };
  const applicable = SPELLINGS.filter(([re]) => words.some((w) => identifying.has(normalizeName(w)) && test(re, w)));
  if (applicable.length === 0) return undefined;
  const [re, to] = applicable[Math.floor(r() * applicable.length)];
  const v = words.map((w) => (identifying.has(normalizeName(w)) ? w.replace(re, to) : w)).join(" ");
  return v !== up ? v : undefined;
}

function reordered(name: string): string | undefined {
  // "HERRERA BUITRAGO, Helmer" -> "Helmer HERRERA BUITRAGO"; otherwise the words in reverse order, legal form kept last.
  if (name.includes(",")) {
    const [last, first] = name.split(",", 2).map((s) => s.trim());
    if (first && !/^(LTD|LLC|INC|S\.A|CO\b)/i.test(first)) return `${first} ${last}`;
  }
  const { core, form } = splitLegalForm(name);
  const words = core.split(/\s+/).filter(Boolean);
  return words.length >= 2 ? [...words.reverse(), form].filter(Boolean).join(" ") : undefined;
}

function legalForm(name: string, r: () => number): string | undefined {
  const { core, form } = splitLegalForm(name);
  const others = LEGAL_FORMS.filter((f) => f.toLowerCase() !== form.toLowerCase());
  return `${core.replace(/[.,\s]+$/, "")} ${others[Math.floor(r() * others.length)]}`;
}

function droppedWord(name: string, r: () => number): string | undefined {
  const words = name.replace(/,/g, " ").split(/\s+/).filter(Boolean);
  const tokens = new Set(nameTokens(name));
  const informative = words.filter((w) => tokens.has(normalizeName(w)) && normalizeName(w).length > 2);
  if (informative.length < 3) return undefined;
  // Drop one word that is not the first (partner tables rarely omit a name's first word).
  const droppable = words.map((w, i) => [w, i] as const).filter(([w, i]) => i > 0 && informative.includes(w));
  const [, i] = droppable[Math.floor(r() * droppable.length)];
  return words.filter((_, k) => k !== i).join(" ");
}

const ACCENTS: Record<string, string[]> = {
  a: ["á", "à", "â", "ä", "ā"],
  e: ["é", "è", "ê", "ë"],
  i: ["í", "ï", "ı"],
  o: ["ó", "ô", "ö", "ø"],
  u: ["ú", "ü", "û"],
  c: ["ç", "č"],
  s: ["ş", "š"],
  n: ["ñ", "ń"],
  z: ["ž", "ż"],
  g: ["ğ"],
};

function diacritics(name: string, r: () => number): string | undefined {
  let changed = 0;
  const out = [...name.toLowerCase()]
    .map((ch) => {
      const options = ACCENTS[ch];
      if (options && r() < 0.35) {
        changed++;
        return options[Math.floor(r() * options.length)];
      }
      return ch;
    })
    .join("");
  // Title case, as a partner table would write it.
  const titled = out.replace(/(^|\s)(\S)/g, (_, s: string, c: string) => s + c.toUpperCase());
  return changed > 0 ? titled : undefined;
}

/**
 * Positives: for `perKind` randomly chosen listed names per variant kind, one variant labelled with the
 * entry. Names used are primary or strong names (a weak alias alone must not alert, by design).
 */
export function buildLabelledSet(lists: ScreeningList[], perKind = 250, seed = 20260301): LabelledName[] {
  const r = rng(seed);
  const pool: { name: string; key: string; entity: boolean }[] = [];
  for (const l of lists) {
    for (const e of l.entries) {
      for (const n of e.names) {
        if (n.quality === "weak" || !isLatinName(n.name) || nameTokens(n.name).join("").length < 4) continue;
        pool.push({ name: n.name, key: `${e.source}:${e.entryId}`, entity: e.partyType !== "individual" });
      }
    }
  }
  const out: LabelledName[] = [];
  const make: [VariantKind, (name: string) => string | undefined, (p: (typeof pool)[number]) => boolean][] = [
    ["typo", (n) => typo(n, r), () => true],
    ["transliteration", (n) => transliterationVariant(n, r), () => true],
    ["reordered", (n) => reordered(n), () => true],
    ["legal-form", (n) => legalForm(n, r), (p) => p.entity],
    ["dropped-word", (n) => droppedWord(n, r), () => true],
    ["diacritics", (n) => diacritics(n, r), () => true],
  ];
  for (const [kind, variant, eligible] of make) {
    let made = 0;
    for (let attempts = 0; made < perKind && attempts < perKind * 200; attempts++) {
      const p = pool[Math.floor(r() * pool.length)];
      if (!eligible(p)) continue;
      const q = variant(p.name);
      if (!q || normalizeName(q) === "" || q === p.name) continue;
      out.push({ query: q, expected: p.key, kind, original: p.name });
      made++;
    }
  }
  // Negatives: the real names below, less any that IS a listed name after normalisation.
  const listed = new Set<string>();
  for (const l of lists) for (const e of l.entries) for (const n of e.names) listed.add(normalizeName(n.name));
  for (const q of NEGATIVE_NAMES) if (!listed.has(normalizeName(q))) out.push({ query: q, kind: "negative" });
  return out;
}

/** Negatives left out because a list has exactly that name (after normalisation). */
export function excludedNegatives(lists: ScreeningList[]): string[] {
  const listed = new Set<string>();
  for (const l of lists) for (const e of l.entries) for (const n of e.names) listed.add(normalizeName(n.name));
  return NEGATIVE_NAMES.filter((q) => listed.has(normalizeName(q)));
}

export function main(): void {
  const { lists } = loadRealLists(EVALUATION_LISTS);
  const set = buildLabelledSet(lists);
  const byKind = new Map<string, LabelledName[]>();
  for (const x of set) byKind.set(x.kind, [...(byKind.get(x.kind) ?? []), x]);
  console.log(`Labelled set: ${set.length} names from ${lists.map((l) => `${l.source} (${l.entryCount})`).join(", ")}`);
  console.log(`  negatives left out because a list has exactly that name: ${excludedNegatives(lists).join(", ") || "none"}`);
  for (const [kind, xs] of byKind) {
    console.log(
      `  ${kind.padEnd(16)} ${String(xs.length).padStart(4)}  e.g. ${xs
        .slice(0, 3)
        .map((x) => (x.original ? `"${x.original}" -> "${x.query}"` : `"${x.query}"`))
        .join("; ")}`,
    );
  }
}

/**
 * Real names that are not restricted parties, for the screening evaluation: large companies (Fortune 500
 * and other well-known firms), universities, common personal names and generic business words.
 */
export const NEGATIVE_COMPANIES = [
  "Walmart Inc.",
  "Amazon.com Inc.",
  "Apple Inc.",
  "CVS Health Corporation",
  "UnitedHealth Group Incorporated",
  "Exxon Mobil Corporation",
  "Berkshire Hathaway Inc.",
  "Alphabet Inc.",
  "McKesson Corporation",
  "AmerisourceBergen Corporation",
  "Costco Wholesale Corporation",
  "Cigna Corporation",
  "AT&T Inc.",
  "Microsoft Corporation",
  "Cardinal Health Inc.",
  "Chevron Corporation",
  "The Home Depot Inc.",
  "Walgreens Boots Alliance",
  "Marathon Petroleum Corporation",
  "Elevance Health",
  "The Kroger Co.",
  "Ford Motor Company",
  "Verizon Communications Inc.",
  "JPMorgan Chase & Co.",
  "General Motors Company",
  "Centene Corporation",
  "Meta Platforms Inc.",
  "Comcast Corporation",
  "Phillips 66",
  "Valero Energy Corporation",
  "Dell Technologies Inc.",
  "Target Corporation",
  "Fannie Mae",
  "United Parcel Service",
  "Lowe's Companies Inc.",
  "Bank of America Corporation",
  "Johnson & Johnson",
  "Archer-Daniels-Midland Company",
  "FedEx Corporation",
  "Humana Inc.",
  "Wells Fargo & Company",
  "State Farm Insurance",
  "Pfizer Inc.",
  "Citigroup Inc.",
  "PepsiCo Inc.",
  "Intel Corporation",
  "Procter & Gamble Company",
  "General Electric Company",
  "IBM Corporation",
  "MetLife Inc.",
  "Prudential Financial Inc.",
  "Albertsons Companies",
  "The Walt Disney Company",
  "Energy Transfer LP",
  "Lockheed Martin Corporation",
  "Freddie Mac",
  "Goldman Sachs Group Inc.",
  "Raytheon Technologies",
  "HP Inc.",
  "The Boeing Company",
  "Morgan Stanley",
  "HCA Healthcare",
  "AbbVie Inc.",
  "Dow Inc.",
  "Tesla Inc.",
  "Allstate Corporation",
  "American International Group",
  "Best Buy Co. Inc.",
  "Charter Communications",
  "Sysco Corporation",
  "Merck & Co. Inc.",
  "New York Life Insurance",
  "Caterpillar Inc.",
  "Cisco Systems Inc.",
  "TJX Companies",
  "Publix Super Markets",
  "ConocoPhillips",
  "Liberty Mutual Insurance Group",
  "Progressive Corporation",
  "Nationwide Mutual Insurance",
  "Tyson Foods Inc.",
  "Bristol-Myers Squibb",
  "Nike Inc.",
  "Deere & Company",
  "American Express Company",
  "Abbott Laboratories",
  "StoneX Group",
  "Plains GP Holdings",
  "Enterprise Products Partners",
  "Tech Data Corporation",
  "Oracle Corporation",
  "Thermo Fisher Scientific",
  "Coca-Cola Company",
  "General Dynamics Corporation",
  "CHS Inc.",
  "USAA",
  "Northwestern Mutual",
  "Nucor Corporation",
  "Exelon Corporation",
  "Massachusetts Mutual Life Insurance",
  "Honeywell International",
  "Northrop Grumman Corporation",
  "Salesforce Inc.",
  "Qualcomm Incorporated",
  "Broadcom Inc.",
  "Nvidia Corporation",
  "Adobe Inc.",
  "Netflix Inc.",
  "PayPal Holdings",
  "Texas Instruments",
  "Micron Technology",
  "Applied Materials",
  "Starbucks Corporation",
  "McDonald's Corporation",
  "3M Company",
  "Kraft Heinz Company",
  "Mondelez International",
  "Colgate-Palmolive",
  "Kimberly-Clark",
  "Estee Lauder Companies",
  "Hilton Worldwide",
  "Marriott International",
  "Delta Air Lines",
  "United Airlines Holdings",
  "American Airlines Group",
  "Southwest Airlines",
  "Siemens AG",
  "Volkswagen AG",
  "BMW AG",
  "Daimler Truck Holding AG",
  "Allianz SE",
  "BASF SE",
  "Bayer AG",
  "SAP SE",
  "Deutsche Telekom AG",
  "Nestle S.A.",
  "Novartis AG",
  "Roche Holding AG",
  "UBS Group AG",
  "ABB Ltd",
  "TotalEnergies SE",
  "L'Oreal S.A.",
  "LVMH Moet Hennessy Louis Vuitton",
  "Airbus SE",
  "Thales S.A.",
  "Capgemini SE",
  "Orange S.A.",
  "BNP Paribas",
  "Societe Generale",
  "Unilever PLC",
  "HSBC Holdings plc",
  "BP p.l.c.",
  "Shell plc",
  "GlaxoSmithKline plc",
  "AstraZeneca PLC",
  "Vodafone Group Plc",
  "BAE Systems plc",
  "Rolls-Royce Holdings",
  "Barclays PLC",
  "Lloyds Banking Group",
  "Tesco PLC",
  "Sainsbury's",
  "Marks and Spencer Group",
  "Ericsson",
  "Nokia Oyj",
  "Spotify Technology",
  "Philips N.V.",
  "ASML Holding N.V.",
  "Heineken N.V.",
  "ING Groep N.V.",
  "Banco Santander S.A.",
  "Telefonica S.A.",
  "Iberdrola S.A.",
  "Inditex",
  "Enel S.p.A.",
  "Eni S.p.A.",
  "Ferrari N.V.",
  "Toyota Motor Corporation",
  "Sony Group Corporation",
  "Honda Motor Co.",
  "Nintendo Co. Ltd.",
  "Panasonic Holdings",
  "Hitachi Ltd.",
  "Mitsubishi Corporation",
  "Canon Inc.",
  "Samsung Electronics",
  "LG Electronics",
  "Hyundai Motor Company",
  "SK Hynix",
  "Tata Consultancy Services",
  "Infosys Limited",
  "Wipro Limited",
  "Reliance Industries Limited",
  "Taiwan Semiconductor Manufacturing Company",
  "Foxconn Technology",
  "Atlassian Corporation",
  "Shopify Inc.",
  "Royal Bank of Canada",
  "Toronto-Dominion Bank",
  "Commonwealth Bank of Australia",
  "BHP Group",
  "Rio Tinto",
  "Woolworths Group",
  "Accenture plc",
  "Deloitte LLP",
  "PricewaterhouseCoopers LLP",
  "Ernst & Young LLP",
  "KPMG LLP",
  "McKinsey & Company",
  "Boston Consulting Group",
  "Bain & Company",
  "Palo Alto Networks",
  "CrowdStrike Holdings",
  "Fortinet Inc.",
  "Check Point Software Technologies",
  "Darktrace plc",
  "Sophos Group",
  "Rapid7 Inc.",
  "Tenable Holdings",
  "Zscaler Inc.",
  "Okta Inc.",
  "Splunk Inc.",
  "Trend Micro Incorporated",
  "F-Secure Oyj",
  "Avast Software",
];

export const NEGATIVE_INSTITUTIONS = [
  "Harvard University",
  "Stanford University",
  "Massachusetts Institute of Technology",
  "University of Oxford",
  "University of Cambridge",
  "Imperial College London",
  "University College London",
  "London School of Economics",
  "King's College London",
  "University of Edinburgh",
  "University of Manchester",
  "University of Bristol",
  "University of Warwick",
  "University of Glasgow",
  "Durham University",
  "Princeton University",
  "Yale University",
  "Columbia University",
  "University of Chicago",
  "University of Pennsylvania",
  "California Institute of Technology",
  "Cornell University",
  "Johns Hopkins University",
  "University of California Berkeley",
  "University of Michigan",
  "Carnegie Mellon University",
  "Georgia Institute of Technology",
  "University of Texas at Austin",
  "ETH Zurich",
  "EPFL Lausanne",
  "Sorbonne University",
  "Ecole Polytechnique",
  "Technical University of Munich",
  "Heidelberg University",
  "Humboldt University of Berlin",
  "KU Leuven",
  "Delft University of Technology",
  "University of Amsterdam",
  "Karolinska Institute",
  "University of Copenhagen",
  "University of Helsinki",
  "University of Oslo",
  "Trinity College Dublin",
  "University of Toronto",
  "McGill University",
  "University of British Columbia",
  "University of Melbourne",
  "Australian National University",
  "University of Sydney",
  "University of Auckland",
  "National University of Singapore",
  "University of Tokyo",
  "Kyoto University",
  "Seoul National University",
  "University of Cape Town",
  "University of Sao Paulo",
  "National Health Service",
  "World Health Organization",
  "Red Cross",
  "Medecins Sans Frontieres",
  "Oxfam International",
  "Amnesty International",
  "Greenpeace",
  "Wellcome Trust",
  "Bill & Melinda Gates Foundation",
];

export const NEGATIVE_PEOPLE = [
  "John Smith",
  "Mary Johnson",
  "James Williams",
  "Patricia Brown",
  "Robert Jones",
  "Jennifer Garcia",
  "Michael Miller",
  "Linda Davis",
  "William Rodriguez",
  "Elizabeth Martinez",
  "David Hernandez",
  "Barbara Lopez",
  "Richard Gonzalez",
  "Susan Wilson",
  "Joseph Anderson",
  "Jessica Thomas",
  "Thomas Taylor",
  "Sarah Moore",
  "Charles Jackson",
  "Karen Martin",
  "Christopher Lee",
  "Nancy Perez",
  "Daniel Thompson",
  "Lisa White",
  "Matthew Harris",
  "Betty Sanchez",
  "Anthony Clark",
  "Margaret Ramirez",
  "Mark Lewis",
  "Sandra Robinson",
  "Donald Walker",
  "Ashley Young",
  "Steven Allen",
  "Kimberly King",
  "Paul Wright",
  "Emily Scott",
  "Andrew Torres",
  "Donna Nguyen",
  "Joshua Hill",
  "Michelle Flores",
  "Oliver Hughes",
  "Amelia Evans",
  "George Roberts",
  "Isla Turner",
  "Harry Phillips",
  "Ava Campbell",
  "Jack Parker",
  "Mia Edwards",
  "Charlie Collins",
  "Grace Stewart",
  "Thomas Morris",
  "Sophie Murphy",
  "Oscar Cook",
  "Lily Rogers",
  "William Bell",
  "Freya Bailey",
  "Hans Mueller",
  "Anna Schmidt",
  "Klaus Schneider",
  "Petra Fischer",
  "Jean Dupont",
  "Marie Martin",
  "Pierre Bernard",
  "Sophie Dubois",
  "Giuseppe Rossi",
  "Maria Russo",
  "Marco Bianchi",
  "Giulia Romano",
  "Jose Garcia",
  "Carmen Fernandez",
  "Antonio Gonzalez",
  "Lucia Rodriguez",
  "Jan de Vries",
  "Emma Jansen",
  "Lars Andersson",
  "Ingrid Johansson",
  "Mikko Virtanen",
  "Aino Korhonen",
  "Piotr Nowak",
  "Katarzyna Kowalska",
  "Jiri Novak",
  "Eva Svobodova",
  "Hiroshi Tanaka",
  "Yuki Suzuki",
  "Min-jun Kim",
  "Ji-woo Park",
  "Wei Zhang",
  "Li Na",
  "Rahul Sharma",
  "Priya Patel",
  "Arjun Singh",
  "Ananya Gupta",
  "Chinedu Okafor",
  "Amara Nwosu",
  "Kwame Mensah",
  "Thandiwe Ndlovu",
  "Lucas Silva",
  "Gabriela Souza",
  "Mateo Fernandez",
  "Valentina Lopez",
  "Liam O'Connor",
  "Siobhan Kelly",
  "Noah Tremblay",
  "Chloe Gagnon",
];

export const NEGATIVE_GENERIC = [
  "Global Solutions",
  "Consulting Services",
  "Logistics",
  "Software Development",
  "Data Center",
  "Network Security",
  "Cloud Services",
  "Technical Support",
  "Managed Services",
  "Digital Marketing",
  "Systems Integration",
  "Training Academy",
  "Research Laboratory",
  "Engineering Works",
  "Customer Care",
  "Distribution Partner",
  "Value Added Reseller",
  "Channel Partner",
  "Security Operations Centre",
  "Penetration Testing Services",
  "Threat Intelligence",
  "Incident Response Team",
  "Identity Management",
  "Email Security",
  "Endpoint Protection",
];

export const NEGATIVE_NAMES: readonly string[] = [...NEGATIVE_COMPANIES, ...NEGATIVE_INSTITUTIONS, ...NEGATIVE_PEOPLE, ...NEGATIVE_GENERIC];

if (require.main === module) main();
