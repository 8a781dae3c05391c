import type { NamedSpan } from './index';
import { wordLedMatches } from './word-led';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { LETTER, wordCharTest } from './whole-words';
import { MATCH_VERBS } from './match-verbs';
import { ORG_WORDS, PLACES } from './rule-tagger';
import { TRADE_WORDS } from './org-company-trade-words';

/**
 * Companies, platforms, operators and news agencies known well enough that their name alone is theirs,
 * in any sentence: the model misses a one-word brand it never saw ("Nvidia", "Instagram", "Norfund"),
 * cuts one short ("Sainsbury" of "Sainsbury's") or reads one with no company's word as a place
 * ("Brittany Ferries", "Iberdrola"). Only names that are nothing else in news text are listed: "Apple",
 * "Shell", "Target", "Amazon", "Meta", "Gap" and "Ford" are words, rivers or people too, and are left
 * to the model and to cues. "X", the social network, counts only after a cue that names a post on it
 * ("wrote on X", "a post on X", "X, formerly Twitter"). Sports clubs whose names hold a town's ("Real
 * Madrid", "Paris Saint-Germain") are listed too, and a town across a match's verb from one is its club
 * ("Real Sociedad beat Valencia"). A product or an event a company names after itself ("Google Chrome",
 * "Toyota Venza", "the Google Science Fair") is no organisation: the company's name in it is.
 */

/**
 * Sports clubs whose names hold a town's or read as a place ("Real Madrid", "Paris Saint-Germain",
 * "Napoli"): a club in any sentence, also outside a sports report.
 */
const CLUB_NAMES = [
  'Real Madrid', 'Real Sociedad', 'Real Betis', 'Real Valladolid', 'Real Mallorca', 'Real Zaragoza', 'Atlético Madrid', 'Atletico Madrid',
  'Paris Saint-Germain', 'Paris St-Germain', 'Paris St Germain', 'Bayern Munich', 'Bayern München', 'Inter Milan', 'AC Milan', 'Inter Miami',
  'Manchester United', 'Manchester City', 'Sporting Lisbon', 'Sporting CP', 'Benfica', 'Juventus', 'Napoli', 'Ajax Amsterdam', 'PSV Eindhoven',
  'Galatasaray', 'Fenerbahçe', 'Fenerbahce', 'Beşiktaş', 'Besiktas', 'Olympiacos', 'Panathinaikos',
  'Los Angeles Lakers', 'Los Angeles Clippers', 'Golden State Warriors', 'Boston Celtics', 'Chicago Bulls',
];
const CLUB_SET: ReadonlySet<string> = new Set(CLUB_NAMES);
/** A match's verb between two teams: a town's name on its other side is the town's club ("Real Sociedad beat Valencia", "Sevilla drew with Real Betis"). */
const MATCH_BETWEEN = new RegExp(String.raw`^[ \t]+(?:${MATCH_VERBS}|v|vs\.?)[ \t]+$`, 'u');

const BRAND_NAMES = [
  // Technology and platforms.
  'Nvidia', 'Intel', 'Qualcomm', 'Broadcom', 'IBM', 'Microsoft', 'Google', 'Samsung', 'Huawei', 'Xiaomi', 'Tencent', 'Alibaba', 'Baidu',
  'ByteDance', 'TSMC', 'Foxconn', 'Lenovo', 'OpenAI', 'Salesforce', 'Cisco', 'Sony', 'Panasonic', 'Nintendo', 'Netflix', 'Spotify',
  'Uber', 'Airbnb', 'ASML', 'Ericsson', 'Nokia', 'Infosys', 'Advanced Micro Devices', 'Texas Instruments', 'SK Hynix',
  'Facebook', 'Instagram', 'WhatsApp', 'TikTok', 'YouTube', 'LinkedIn', 'Snapchat', 'Reddit', 'Pinterest', 'Weibo', 'WeChat', 'Twitter',
  'Telegram', 'Deliveroo', 'DoorDash', 'Grubhub', 'Lyft', 'Tokyo Electron',
  // Telecoms operators and their mobile money services.
  'Safaricom', 'Vodacom', 'M-Pesa', 'MTN Group', 'Airtel Africa',
  // Carmakers, aircraft makers and energy companies.
  'Toyota', 'Volkswagen', 'BMW', 'Mercedes-Benz', 'Hyundai', 'Nissan', 'Renault', 'Stellantis', 'General Motors', 'Tesla', 'BYD', 'NIO', 'XPeng', 'CATL',
  'Audi', 'Porsche', 'Volvo', 'Kia', 'Subaru', 'Mazda', 'Peugeot', 'Citroën', 'Lamborghini', 'Land Rover', 'Jaguar Land Rover', 'Rolls-Royce',
  'Boeing', 'Airbus', 'ExxonMobil', 'Exxon Mobil', 'Chevron', 'TotalEnergies', 'Saudi Aramco', 'Aramco', 'Petrobras', 'Gazprom',
  'Rosneft', 'Sinopec', 'PetroChina', 'ConocoPhillips', 'Glencore', 'Rio Tinto', 'ArcelorMittal', 'OMV', 'OMV Petrom',
  'Petronas', 'Equinor', 'Pemex', 'De Beers', 'Anglo American', 'BHP', 'Yutong',
  // Oilfield service, offshore and construction contractors, named bare as the ones who build, drill or supply.
  'Halliburton', 'SLB', 'Schlumberger', 'Baker Hughes', 'Saipem', 'TechnipFMC', 'Technip Energies', 'SBM Offshore', 'Subsea 7', 'Transocean',
  'Webuild', 'Bechtel', 'Freeport-McMoRan', 'Chinalco', 'Mota-Engil',
  // Rolling-stock makers.
  'Alstom', 'Siemens Mobility', 'Hyundai Rotem', 'Stadler Rail', 'CRRC',
  // Banks and markets.
  'JPMorgan', 'JPMorgan Chase', 'Goldman Sachs', 'Morgan Stanley', 'Citigroup', 'HSBC', 'Barclays', 'BNP Paribas', 'Deutsche Bank',
  'Commerzbank', 'UBS', 'Credit Suisse', 'Scotiabank', 'Nomura', 'Mizuho', 'BlackRock', 'LSEG',
  'Handelsbanken', 'Nordea', 'Swedbank', 'Danske Bank',
  'Fitch Ratings', 'Euronext', 'Deutsche Börse', 'Bursa Malaysia', 'Borsa Istanbul', 'Borsa Italiana',
  // Audit and consulting firms.
  'Ernst & Young', 'Deloitte', 'KPMG', 'PricewaterhouseCoopers', 'Accenture', 'McKinsey',
  // Executive search firms, named like people.
  'Egon Zehnder', 'Korn Ferry', 'Spencer Stuart', 'Heidrick & Struggles',
  // Insurers whose names open with a word read as a conjunction.
  'If P&C Insurance',
  // Japanese trading houses.
  'Sumitomo', 'Mitsubishi', 'Mitsui', 'Marubeni', 'Itochu',
  // Power utilities, named without a company's word ("EDF", "Iberdrola").
  'EDF', 'Engie', 'Iberdrola', 'Acciona', 'Endesa', 'Naturgy', 'Enel', 'Vattenfall', 'Statkraft', 'Fortum', 'Uniper', 'Eskom', 'Eesti Energia', 'Rand Water',
  'Enefit', 'Enefit Power', 'Statnett', 'Energinet', 'TenneT', 'ZESCO', 'ZESA', 'TANESCO', 'Kenya Power', 'Hydro Cahora Bassa', 'TNB', 'PLN', 'EGAT', 'Telasi',
  // National railway and bus operators named by their initials or a brand.
  'DSB', 'SNCF', 'Deutsche Bahn', 'SBB', 'Trenitalia', 'Renfe', 'PostBus', 'Buquebus',
  // Humanitarian and campaign groups named without a body's word, read as people.
  'Médecins Sans Frontières', 'Doctors Without Borders', 'Global Witness',
  // International sports federations, read as places.
  'World Rugby', 'World Athletics', 'World Aquatics', 'World Sailing', 'World Triathlon',
  // Agribusiness, development finance institutions and unions.
  'Wilmar', 'Cargill', 'Norfund', 'British International Investment', 'Proparco', 'Africa50', 'Swedfund', 'Finnfund', 'Afreximbank', 'CAF', 'Teamsters',
  // Port operators and shipping lines.
  'DP World', 'International Container Terminal Services', 'ICTSI', 'APM Terminals', 'Adani Ports', 'Maersk', 'CMA CGM', 'Hapag-Lloyd', 'Hutchison Ports', 'Codelco',
  // Ferry lines, read as places ("Stena Line", "Irish Ferries").
  'Stena Line', 'Irish Ferries', 'Brittany Ferries', 'Condor Ferries', 'P&O Ferries', 'DFDS', 'Wightlink', 'Tallink', 'Viking Line',
  // Battery makers.
  'LG Energy Solution', 'LG Chem', 'SK On', 'Samsung SDI', 'Northvolt',
  // Pollsters.
  'Ifop', 'Ipsos', 'YouGov', 'Elabe', 'Odoxa', 'Léger', 'Forschungsgruppe Wahlen', 'Infratest dimap', 'infratest dimap', 'Datafolha', 'Abacus Data', 'Angus Reid',
  // Retailers, online marketplaces and toy makers.
  'Walmart', 'Tesco', "Sainsbury's", 'Carrefour', 'Costco', 'Aldi', 'Lidl', 'Ikea', 'IKEA', 'Nestlé', 'Unilever',
  'Temu', 'Shein', 'AliExpress', 'eBay', 'Etsy', 'Zalando', 'Shopee', 'Lazada', 'Tokopedia', 'Flipkart', 'Rakuten', 'Mercado Libre', 'Pinduoduo',
  'Lego', 'Mattel', 'Hasbro',
  // Airlines whose names read as places or words ("Cathay Pacific", "Virgin Atlantic"); those ending in "Airlines" or "Air" have their own rules.
  'Cathay Pacific', 'Cebu Pacific', 'Virgin Atlantic', 'Qantas', 'Lufthansa', 'Ryanair', 'easyJet', 'Aeroflot', 'Finnair', 'AirAsia', 'Etihad',
  'Garuda Indonesia', 'Royal Jordanian', 'Royal Air Maroc', 'Aer Lingus', 'EgyptAir', 'RwandAir', 'SpiceJet', 'Vietjet', 'Icelandair', 'airBaltic',
  'JetBlue', 'WestJet', 'Vueling', 'Avianca', 'Aeroméxico', 'Jetstar', 'Asiana', 'Loganair',
  // Large listed companies of Asian, Middle Eastern, African and Latin American markets, which a market
  // wire names bare ("DBS fell 1.3 percent", "Keppel edged up"); those whose names are words or places
  // ("Vale", "Sea", "San Miguel") are left to the market's cues.
  'DBS', 'DBS Group', 'OCBC', 'UOB', 'Singtel', 'Seatrium', 'Keppel', 'Sembcorp', 'CapitaLand', 'Mapletree', 'GIC', 'Temasek', 'SATS', 'Olam',
  'Golden Agri-Resources', 'Frasers Property', 'Genting Singapore', 'Genting Malaysia', 'Jardine Matheson', 'Swire', 'Maybank', 'CIMB', 'Tenaga Nasional',
  'Sime Darby', 'Axiata', 'Pertamina', 'Bank Mandiri', 'Bank Rakyat Indonesia', 'Bank Central Asia', 'Telkom Indonesia', 'Astra International',
  'Charoen Pokphand', 'Siam Cement', 'Jollibee', 'PLDT', 'Meralco', 'Ayala',
  'Reliance Industries', 'Tata Consultancy Services', 'Tata Motors', 'Tata Steel', 'Wipro', 'HDFC Bank', 'ICICI Bank', 'State Bank of India',
  'Adani Group', 'Adani Enterprises', 'Larsen & Toubro', 'Mahindra & Mahindra', 'Bharti Airtel', 'ONGC', 'Coal India', 'Maruti Suzuki',
  'Meituan', 'JD.com', 'NetEase', 'Ping An', 'ICBC', 'China Construction Bank', 'CNOOC', 'China Mobile', 'COSCO', 'Evergrande', 'Geely', 'Haier',
  'Zijin Mining', 'CK Hutchison', 'MediaTek', 'Evergreen Marine', 'Hitachi', 'Toshiba', 'Fujitsu', 'Keyence', 'Fast Retailing', 'Uniqlo',
  'LG Electronics', 'SK Telecom', 'POSCO', 'Kakao', 'Hanwha', 'Hanwha Ocean', 'Doosan', 'HD Hyundai', 'Samsung Heavy Industries',
  'ADNOC', 'SABIC', 'Emirates NBD', 'QatarEnergy', 'Emaar',
  'Naspers', 'Prosus', 'Sasol', 'Shoprite', 'FirstRand', 'Absa', 'Nedbank', 'Capitec', 'Standard Bank', 'Ecobank', 'Sibanye-Stillwater',
  'Gold Fields', 'Impala Platinum', 'AngloGold Ashanti', 'Dangote Cement', 'Zenith Bank', 'Seplat', 'Attijariwafa Bank', 'Ethio Telecom',
  'Itaú Unibanco', 'Bradesco', 'Banco do Brasil', 'Ambev', 'Embraer', 'Eletrobras', 'América Móvil', 'America Movil', 'Cemex', 'Femsa',
  'Grupo Bimbo', 'Grupo México', 'Banorte', 'Ecopetrol', 'Bancolombia', 'Falabella', 'Cencosud', 'Nubank', 'Credicorp', 'PDVSA',
  'Minsur', 'Southern Copper', 'YTL', 'YTL Power International',
  // Banks and brokers a market wire names by their short forms.
  'Citi', 'Clarksons',
  // News agencies, newspapers and broadcasters.
  'Reuters', 'Bloomberg', 'Xinhua', 'Interfax', 'Yonhap', 'Kyodo', 'AAP', 'Nikkei', 'BFMTV', 'ZDF', 'Tanjug', 'Agerpres', 'Ukrinform', 'Ritzau',
  ...CLUB_NAMES,
];

/**
 * The listed names as one search, longest first so "JPMorgan Chase" wins over "JPMorgan"; a possessive
 * store name is written with either apostrophe ("Sainsbury's", "Sainsbury’s"). One regular expression
 * finds them all far faster than a look at every capitalised word.
 */
const BRANDS = new RegExp(
  String.raw`\b(?:${[...new Set([...BRAND_NAMES, ...BRAND_NAMES.filter((n) => n.includes("'")).map((n) => n.replace("'", '’'))])]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|')})(?![\p{L}\p{N}&-])`,
  'gu',
);

/** The listed names, to tell a button the model found whole. */
const BRAND_SET: ReadonlySet<string> = new Set(BRAND_NAMES);

/** After "Nikkei", the stock index rather than the newspaper: "the Nikkei 225", "the Nikkei average rose", "the Nikkei fell 2%". */
const INDEX_AFTER = /^(?:[ \t]+(?:225|index|average|share|stock|rose|fell|gained|lost|closed|ended|climbed|dropped|slipped|slid|jumped|surged|edged|was[ \t]+(?:up|down))|['’]s[ \t]+(?:gain|fall|drop|rise|slide|rally))(?![\p{L}])/u;

/** A post on the social network X: "wrote on X", "a post on X", "X, formerly Twitter", "X (formerly Twitter)", an account on it ("on X at @cityhall", "X (@cityhall)"). */
const X_CUE_BEFORE = /(?:post(?:ed|s|ing)?|wr(?:ote|ites|itten)|said|tweet(?:ed|s)?|message|statement|video|account|comments?)[ \t]+on[ \t]+$/u;
const X_CUE_AFTER = /^(?:(?:,|[ \t]*\()[ \t]*(?:formerly|previously)[ \t]+(?:known[ \t]+as[ \t]+)?Twitter|[ \t]+(?:at[ \t]+|\()?@[\p{L}\p{N}_])/u;

/** The first words of a page's buttons and invitations ("Share on Facebook", "Follow us on X", "Join our channel on WhatsApp"), which name no one. */
const FURNITURE = /^(?:Share|Follow|Join|Like|Subscribe|Connect|Download)(?![\p{L}])/u;

/** Whether the line around `at` is page furniture: it opens with a button's word, or names sit between bars ("Facebook | X"). */
export function isFurniture(text: string, at: number, end: number): boolean {
  // A button's line is short: its start is looked for at most 80 characters back.
  let line = at;
  while (line > 0 && text[line - 1] !== '\n' && at - line < 80) line--;
  const lineStart = line === 0 || text[line - 1] === '\n';
  while (text[line] === ' ' || text[line] === '\t') line++;
  if (lineStart && FURNITURE.test(text.slice(line, line + 10))) return true;
  return /\|[ \t]*$/u.test(text.slice(Math.max(line, at - 3), at)) || /^[ \t]*\|/u.test(text.slice(end, end + 3));
}

/** Whether the character at `at` goes on with a word (a letter, a digit, "-" or "&"). */
const isWordChar = wordCharTest('-&', LETTER);

/** Whether a hyphen right after two capitals or more stands before `at`: a wire headline's section ("STOCKS-", "FOREX-"). */
function afterSectionCapitals(text: string, at: number): boolean {
  const upper = (i: number) => i >= 0 && text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90;
  return text[at - 1] === '-' && upper(at - 2) && upper(at - 3);
}

/** Whether the name at `[start, end)` is part of a handle or a web address ("@Engie", "Engie_FR", "Reuters.com"), not a mention. */
function inHandleOrAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before === '@' || before === '_' || after === '_' || (after === '.' && end + 1 < text.length && isWordChar(text, end + 1));
}

/** Whether "X" at `at` is the social network, by the words around it. */
function isSocialX(text: string, at: number): boolean {
  if (isWordChar(text, at + 1) || (at > 0 && isWordChar(text, at - 1))) return false;
  return X_CUE_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || X_CUE_AFTER.test(text.slice(at + 1, at + 32));
}

/** The listed names in a text, tried only where its words start (see `word-led.ts`). */
const brandsIn = wordLedMatches(BRANDS);

/**
 * Spans (sorted, apart) with the listed names typed as organisations and added where the model found
 * nothing, or put in over a shorter span ("Sainsbury" of "Sainsbury's"); a longer span around one stands
 * ("Samsung Electronics", "Nikola Tesla"). See the file's comment.
 */
export function withBrands(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  // Where a listed name is a button ("Share this page: Facebook | X"), a span the model found there goes.
  let buttons: number[] | undefined;
  for (const m of brandsIn(text)) {
    const end = m.index + m[0].length;
    // "\b" reads only ASCII letters: a name glued to a letter before it is none ("ÜNvidia"), but a
    // wire's headline joins its section's capitals to one with a hyphen ("ASIA STOCKS-Nvidia jumps").
    if (m.index > 0 && isWordChar(text, m.index - 1) && !afterSectionCapitals(text, m.index)) continue;
    if (inHandleOrAddress(text, m.index, end)) continue;
    if (isFurniture(text, m.index, end)) {
      (buttons ??= []).push(m.index);
      continue;
    }
    if (m[0] === 'Nikkei' && INDEX_AFTER.test(text.slice(end, end + 20))) continue;
    found.push({ type: 'organization', start: m.index, end });
  }
  // "X" only where a post on the network is named; a capital X is rare enough to look at each.
  for (let at = text.indexOf('X'); at >= 0; at = text.indexOf('X', at + 1)) {
    if (isWordChar(text, at + 1) || (at > 0 && isWordChar(text, at - 1))) continue;
    if (isFurniture(text, at, at + 1)) (buttons ??= []).push(at);
    else if (isSocialX(text, at)) found.push({ type: 'organization', start: at, end: at + 1 });
  }
  found.sort((a, b) => a.start - b.start);
  if (buttons) spans = spans.filter((s) => !buttons!.includes(s.start) || !(s.end - s.start === 1 || BRAND_SET.has(text.slice(s.start, s.end))));
  if (!found.length) return spans as NamedSpan[];
  // "Michael Bloomberg ... Bloomberg said": a listed name that is a person's surname here is the person's
  // (not a one-letter one: "Malcolm X" ends in an initial's place, and "X" needs its cue anyway).
  const listed = new Set(found.map((f) => text.slice(f.start, f.end)).filter((name) => name.length > 1));
  const surnames = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'person') continue;
    for (const name of listed) if (s.end - name.length > s.start && text.charCodeAt(s.end - name.length - 1) === 32 && text.startsWith(name, s.end - name.length)) surnames.add(name);
  }
  const names = surnames.size ? found.filter((f) => !surnames.has(text.slice(f.start, f.end))) : found;
  // "posted on X. Morgan Stanley said": the full stop after the network ends a sentence, not an initial.
  const cut = mapSpans(spans, (s) => {
    const x = text[s.start] === 'X' && text[s.start + 1] === '.' && found.some((f) => f.start === s.start && f.end === s.start + 1);
    let start = s.start + 2;
    while (x && start < s.end && /\s/u.test(text[start])) start++;
    return x && start > s.start + 2 && start < s.end ? { ...s, start } : s;
  });
  const named = withWholeNames(withoutProducts(text, cut, names), names);
  return names.some((n) => CLUB_SET.has(text.slice(n.start, n.end))) ? withClubOpponents(text, named) : named;
}

/** A product's or an event's word after a company's name: one capital and small letters ("Chrome", "Venza", "Fair"). */
const PRODUCT_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Words of a company's unit after its name, besides the trade words, which make a company of their own ("Toyota Motor", "Sembcorp Marine", "Microsoft Research"). */
const UNIT_WORDS: ReadonlySet<string> = new Set(['Motor', 'Marine', 'Offshore', 'Cargo', 'Technik', 'Research', 'Music', 'Cloud', 'Health']);

/**
 * Whether the words after a listed company's name, inside one span, name its product or event
 * ("Chrome", "Science Fair"): one or two words, none an organisation's, a trade's, a unit's, a
 * place's or another listed name, the last no plural (a unit's: "Volvo Cars", "Sony Pictures").
 */
function isProductAfter(rest: string): boolean {
  const words = rest.split(' ');
  if (words.length > 2 || rest.endsWith('s')) return false;
  return words.every((w) => PRODUCT_WORD.test(w) && !ORG_WORDS.test(w) && !TRADE_WORDS.has(w) && !UNIT_WORDS.has(w) && !PLACES.has(w) && !BRAND_SET.has(w));
}

/**
 * Spans with an organisation that is a listed company's product or event cut to the company's name; see
 * the file's comment. A word the article names as a place elsewhere is the company's site, no product
 * ("DP World Posorja" where "Posorja" is a port town).
 */
function withoutProducts(text: string, spans: NamedSpan[], found: readonly NamedSpan[]): NamedSpan[] {
  let k = 0;
  let places: Set<string> | undefined;
  return mapChangedSpans(spans, (s) => {
    while (k < found.length && found[k].start < s.start) k++;
    const brand = found[k];
    if (s.type !== 'organization' || !brand || brand.start !== s.start || s.end <= brand.end + 1 || text[brand.end] !== ' ') return s;
    const rest = text.slice(brand.end + 1, s.end);
    if (!isProductAfter(rest)) return s;
    places ??= new Set(spans.filter((p) => p.type === 'place').map((p) => text.slice(p.start, p.end)));
    return places.has(rest) ? s : { ...s, end: brand.end };
  });
}

/** Whether `span` is one of the listed clubs. */
function isClub(text: string, span: NamedSpan | undefined): boolean {
  return !!span && span.type === 'organization' && CLUB_SET.has(text.slice(span.start, span.end));
}

/** Whether a match's verb stands between `[from, to)` (a short gap). */
function matchBetween(text: string, from: number, to: number): boolean {
  return to - from < 24 && MATCH_BETWEEN.test(text.slice(from, to));
}

/** Spans (sorted, apart) with a town named across a match's verb from a listed club typed as the town's club. */
function withClubOpponents(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return spans.map((s, k) => {
    if (s.type !== 'place') return s;
    const before = spans[k - 1];
    const after = spans[k + 1];
    const opponent = (isClub(text, before) && matchBetween(text, before.end, s.start)) || (isClub(text, after) && matchBetween(text, s.end, after.start));
    return opponent ? { ...s, type: 'organization' as const } : s;
  });
}
