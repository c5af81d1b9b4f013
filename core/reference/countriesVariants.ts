/**
 * Names people and data sources use that the i18n-iso-countries English list lacks: common short
 * forms, former names, World Bank and UN spellings. Keyed by ISO 3166-1 alpha-2.
 * Matching ignores case, accents, punctuation and "the", so each spelling is listed once.
 */
export const COUNTRY_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  AE: ["United Arab Emirates", "UAE", "Emirates"],
  BA: ["Bosnia", "Bosnia-Herzegovina"],
  BN: ["Brunei", "Brunei Darussalam"],
  BO: ["Bolivia (Plurinational State of)", "Plurinational State of Bolivia"],
  BS: ["Bahamas, The"],
  CD: [
    "DR Congo",
    "DRC",
    "D.R.C.",
    "Congo-Kinshasa",
    "Democratic Republic of Congo",
    "Congo, Dem. Rep.",
    "Congo, Democratic Republic of the",
    "Zaire",
  ],
  CG: ["Republic of Congo", "Congo-Brazzaville", "Congo, Rep.", "Congo, Republic of the"],
  CV: ["Cape Verde", "Cabo Verde"],
  CZ: ["Czechia", "Czech Republic"],
  EG: ["Egypt, Arab Rep.", "Arab Republic of Egypt"],
  FM: ["Micronesia", "Micronesia, Fed. Sts.", "Federated States of Micronesia"],
  GB: [
    "UK",
    "U.K.",
    "Great Britain",
    "Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "United Kingdom of Great Britain and Northern Ireland",
  ],
  GM: ["Gambia, The"],
  HK: ["Hong Kong SAR, China", "Hong Kong SAR", "Hong Kong, China"],
  IR: ["Iran, Islamic Republic of", "Iran, Islamic Rep.", "Iran (Islamic Republic of)"],
  JE: ["Jersey, Channel Islands"],
  KG: ["Kyrgyz Republic"],
  KN: ["Saint Kitts", "St Kitts and Nevis", "Saint Christopher and Nevis"],
  KP: [
    "North Korea",
    "DPRK",
    "D.P.R.K.",
    "Democratic People's Republic of Korea",
    "Korea, Democratic People's Republic of",
    "Korea, Dem. Rep.",
    "Korea, Dem. People's Rep.",
  ],
  KR: ["South Korea", "Korea, Rep.", "Republic of Korea"],
  LA: ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
  LC: ["Saint Lucia"],
  MD: ["Moldova", "Republic of Moldova"],
  MK: ["Macedonia", "North Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM"],
  MM: ["Burma", "Myanmar (Burma)"],
  MO: ["Macau", "Macao SAR, China", "Macao SAR", "Macau SAR"],
  NL: ["Holland", "Netherlands"],
  PS: ["Palestine", "Palestinian Territories", "Occupied Palestinian Territory", "West Bank and Gaza"],
  RU: ["Russia", "Russian Federation"],
  SK: ["Slovak Republic"],
  ST: ["Sao Tome and Principe", "Sao Tome"],
  SY: ["Syria"],
  SZ: ["Swaziland", "Eswatini"],
  TL: ["East Timor", "Timor Leste"],
  TR: ["Turkiye", "Turkey"],
  TW: ["Taiwan", "Taiwan, China", "Chinese Taipei", "Republic of China"],
  TZ: ["Tanzania", "United Republic of Tanzania"],
  US: ["USA", "US", "United States", "America", "United States of America"],
  VA: ["Vatican", "Vatican City", "Vatican City State", "Holy See"],
  VC: ["Saint Vincent", "St Vincent and the Grenadines"],
  VE: ["Venezuela, RB", "Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela"],
  VI: ["US Virgin Islands", "Virgin Islands (U.S.)"],
  VG: ["British Virgin Islands", "Virgin Islands (British)"],
  VN: ["Viet Nam", "Vietnam"],
  YE: ["Yemen, Rep."],
  XK: ["Kosovo", "XKX", "XKK"],
};

/**
 * Texts that name more than one country. Resolving them would pick one silently (and a
 * sanctioned destination may be the other), so they stay unresolved and the suggestion lists both.
 */
export const AMBIGUOUS_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  Congo: ["CD", "CG"],
  Korea: ["KR", "KP"],
  "Virgin Islands": ["VG", "VI"],
};

/**
 * Endonyms and spellings common in multinational CRMs ("Brasil", "Deutschland"): a pipeline is
 * often typed by sales staff in their own language.
 */
export const COUNTRY_ENDONYMS: Readonly<Record<string, readonly string[]>> = {
  AT: ["Österreich"],
  BE: ["België", "Belgique"],
  BR: ["Brasil"],
  CH: ["Schweiz", "Suisse", "Svizzera"],
  DE: ["Deutschland"],
  DK: ["Danmark"],
  ES: ["España"],
  FI: ["Suomi"],
  GR: ["Hellas", "Ellada"],
  HR: ["Hrvatska"],
  HU: ["Magyarország"],
  IT: ["Italia"],
  MA: ["Maroc"],
  NL: ["Nederland"],
  NO: ["Norge"],
  PL: ["Polska"],
  SE: ["Sverige"],
  SA: ["KSA"],
};

/** Display names where the package's first English name is not the one a reader expects. */
export const COUNTRY_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  BO: "Bolivia",
  CD: "DR Congo",
  CG: "Republic of the Congo",
  CI: "Côte d'Ivoire",
  IR: "Iran",
  KP: "North Korea",
  KR: "South Korea",
  LA: "Laos",
  RU: "Russia",
  SY: "Syria",
  TZ: "Tanzania",
  VE: "Venezuela",
  VN: "Vietnam",
  CN: "China",
  FM: "Micronesia",
  GM: "Gambia",
  MD: "Moldova",
  MK: "North Macedonia",
  TW: "Taiwan",
  VA: "Holy See (Vatican City)",
  XK: "Kosovo",
};
