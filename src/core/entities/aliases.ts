/** Short forms news uses for well-known names, mapped to the full name a reader would file them under. */
export const ALIASES: Readonly<Record<string, string>> = {
  'U.S.': 'United States',
  US: 'United States',
  USA: 'United States',
  'U.K.': 'United Kingdom',
  UK: 'United Kingdom',
  UN: 'United Nations',
  'U.N.': 'United Nations',
  EU: 'European Union',
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  NATO: 'North Atlantic Treaty Organization',
  WHO: 'World Health Organization',
  IMF: 'International Monetary Fund',
  UAE: 'United Arab Emirates',
  DRC: 'Democratic Republic of the Congo',
};

/** The longest short form in {@link ALIASES}: a longer name needs no look-up. */
const LONGEST_ALIAS = Math.max(...Object.keys(ALIASES).map((k) => k.length));

/** The full name a short form in {@link ALIASES} stands for ("U.N." -> "United Nations"), else undefined. Asked of every mention. */
export function aliasOf(name: string): string | undefined {
  return name.length <= LONGEST_ALIAS && Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

/**
 * The three-letter country codes of sports tables and results ("F. van der Steen (NED)", "| ESP |"),
 * read only for a mention typed as a place: as an organisation "SCO" or "ITA" is more likely an
 * acronym of its own. Olympic codes, with the home nations that golf, rugby and football list apart.
 */
export const COUNTRY_CODES: Readonly<Record<string, string>> = {
  AFG: 'Afghanistan', ALB: 'Albania', ALG: 'Algeria', ANG: 'Angola', ARG: 'Argentina', ARM: 'Armenia', AUS: 'Australia', AUT: 'Austria',
  AZE: 'Azerbaijan', BAH: 'Bahamas', BRN: 'Bahrain', BAN: 'Bangladesh', BAR: 'Barbados', BLR: 'Belarus', BEL: 'Belgium', BEN: 'Benin',
  BOL: 'Bolivia', BIH: 'Bosnia and Herzegovina', BOT: 'Botswana', BRA: 'Brazil', BUL: 'Bulgaria', BUR: 'Burkina Faso', BDI: 'Burundi',
  CMR: 'Cameroon', CAN: 'Canada', CHI: 'Chile', CHN: 'China', COL: 'Colombia', CRC: 'Costa Rica', CIV: "Côte d'Ivoire", CRO: 'Croatia',
  CUB: 'Cuba', CYP: 'Cyprus', CZE: 'Czech Republic', COD: 'Democratic Republic of the Congo', CGO: 'Republic of the Congo', DEN: 'Denmark',
  DOM: 'Dominican Republic', ECU: 'Ecuador', EGY: 'Egypt', ENG: 'England', ESA: 'El Salvador', EST: 'Estonia', ETH: 'Ethiopia', FIJ: 'Fiji',
  FIN: 'Finland', FRA: 'France', GAB: 'Gabon', GEO: 'Georgia', GER: 'Germany', GHA: 'Ghana', GBR: 'Great Britain', GRE: 'Greece',
  GUA: 'Guatemala', HON: 'Honduras', HKG: 'Hong Kong', HUN: 'Hungary', ISL: 'Iceland', IND: 'India', INA: 'Indonesia', IRI: 'Iran',
  IRQ: 'Iraq', IRL: 'Ireland', ISR: 'Israel', ITA: 'Italy', JAM: 'Jamaica', JPN: 'Japan', JOR: 'Jordan', KAZ: 'Kazakhstan', KEN: 'Kenya',
  KOS: 'Kosovo', KUW: 'Kuwait', KGZ: 'Kyrgyzstan', LAT: 'Latvia', LBN: 'Lebanon', LTU: 'Lithuania', LUX: 'Luxembourg', MAD: 'Madagascar',
  MAS: 'Malaysia', MLT: 'Malta', MEX: 'Mexico', MDA: 'Moldova', MGL: 'Mongolia', MNE: 'Montenegro', MAR: 'Morocco', MOZ: 'Mozambique',
  NAM: 'Namibia', NED: 'Netherlands', NZL: 'New Zealand', NGR: 'Nigeria', PRK: 'North Korea', MKD: 'North Macedonia', NIR: 'Northern Ireland',
  NOR: 'Norway', PAK: 'Pakistan', PAN: 'Panama', PAR: 'Paraguay', PER: 'Peru', PHI: 'Philippines', POL: 'Poland', POR: 'Portugal',
  PUR: 'Puerto Rico', QAT: 'Qatar', ROU: 'Romania', RUS: 'Russia', RWA: 'Rwanda', KSA: 'Saudi Arabia', SCO: 'Scotland', SEN: 'Senegal',
  SRB: 'Serbia', SGP: 'Singapore', SVK: 'Slovakia', SLO: 'Slovenia', RSA: 'South Africa', KOR: 'South Korea', ESP: 'Spain', SRI: 'Sri Lanka',
  SUD: 'Sudan', SWE: 'Sweden', SUI: 'Switzerland', SYR: 'Syria', TPE: 'Chinese Taipei', TJK: 'Tajikistan', TAN: 'Tanzania', THA: 'Thailand',
  TTO: 'Trinidad and Tobago', TUN: 'Tunisia', TUR: 'Turkey', UGA: 'Uganda', UKR: 'Ukraine', URU: 'Uruguay', UZB: 'Uzbekistan',
  VEN: 'Venezuela', VIE: 'Vietnam', WAL: 'Wales', ZAM: 'Zambia', ZIM: 'Zimbabwe',
};
