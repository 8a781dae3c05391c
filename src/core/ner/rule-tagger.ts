import type { TextRange } from '../model/types';
import type { NamedSpan, Tagger } from './index';
import { wrapsOnward } from './tokenize';

/**
 * A rule-based tagger: capitalised name sequences typed by gazetteers, titles, organisation words and
 * context, with document-level consistency. It is the fallback when no trained model is available.
 */

export const PLACES = new Set(`Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Crimea Donbas Karabakh Nagorno-Karabakh Chechnya Siberia Kashmir Tibet Gaza Europe Asia Africa America Americas Antarctica Caucasus Balkans Scandinavia Moscow Yerevan Baku Tbilisi Kyiv Kiev Minsk Astana Bishkek Dushanbe Tashkent Ankara Istanbul Tehran Baghdad Damascus Beirut Jerusalem Cairo Riyadh Dubai Doha Kabul Islamabad Delhi Mumbai Beijing Shanghai Tokyo Seoul Pyongyang Manila Jakarta Bangkok Hanoi Sydney Canberra London Paris Berlin Madrid Rome Lisbon Brussels Amsterdam Vienna Warsaw Prague Budapest Bucharest Sofia Athens Belgrade Zagreb Oslo Stockholm Helsinki Copenhagen Riga Vilnius Tallinn Dublin Edinburgh Geneva Zurich Zürich Frankfurt Munich Hamburg Milan Naples Barcelona Washington Chicago Boston Houston Atlanta Miami Dallas Seattle Denver California Texas Florida Ottawa Toronto Montreal Vancouver Havana Caracas Bogota Lima Quito Santiago Brasília Brasilia Rio Nairobi Lagos Abuja Accra Dakar Addis Johannesburg Pretoria Kinshasa Khartoum Tripoli Algiers Tunis Rabat Kampala Kigali Mogadishu Harare Lusaka Luanda Maputo Sochi Minsk Kharkiv Odesa Lviv Mariupol Donetsk Luhansk Sevastopol Stepanakert Shusha Gyumri Ganja Aleppo Mosul Basra Kandahar Karachi Lahore Dhaka Kathmandu Colombo Yangon Taipei Hong Kong Singapore Auckland Wellington`.split(/\s+/u));

const MULTI_WORD_ORGS = new Set(['United Nations', 'European Union', 'World Bank', 'Red Cross', 'Red Crescent', 'White House', 'State Department', 'Associated Press', 'Agence France-Presse']);

export const MULTI_WORD_PLACES = ['United States', 'United Kingdom', 'South Korea', 'North Korea', 'South Africa', 'South Sudan', 'New Zealand', 'Saudi Arabia', 'Sri Lanka', 'Costa Rica', 'El Salvador', 'Czech Republic', 'Dominican Republic', 'Ivory Coast', 'Hong Kong', 'New York', 'Los Angeles', 'San Francisco', 'South Caucasus', 'North Caucasus', 'Middle East', 'Central Asia', 'Latin America', 'West Bank', 'Black Sea', 'Caspian Sea', 'Red Sea', 'Persian Gulf', 'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Buenos Aires', 'Mexico City', 'Tel Aviv', 'Abu Dhabi', 'Addis Ababa', 'Kuala Lumpur', 'Cape Town', 'The Hague', 'Horn of Africa', 'Belo Horizonte', 'Punta Arenas'];

export const DEMONYMS = new Set(`Russian Russians Armenian Armenians Azerbaijani Azerbaijanis Azeri Georgian Ukrainian Belarusian Kazakh Kyrgyz Tajik Uzbek Turkish Iranian Iraqi Syrian Israeli Palestinian Lebanese Egyptian Saudi American Americans Canadian Mexican Brazilian Chilean Argentine Colombian Peruvian British English Scottish Irish Welsh French German Germans Italian Spanish Portuguese Dutch Belgian Swiss Austrian Polish Czech Slovak Hungarian Romanian Bulgarian Serbian Croatian Greek Swedish Norwegian Danish Finnish Estonian Latvian Lithuanian Chinese Japanese Korean Indian Pakistani Afghan Bangladeshi Vietnamese Thai Filipino Indonesian Malaysian Australian African Nigerian Kenyan Ethiopian Somali Sudanese European Europeans Asian Western Eastern Soviet Post-Soviet Arab Muslim Jewish Catholic Orthodox Sunni Shia Kurdish Chechen Crimean Baltic Nordic Latin Brazilians Ukrainians Dutch`.split(/\s+/u));

export const ORGS = new Set(`Kremlin Interfax Reuters AFP AP Sputnik TASS RIA Novosti Bloomberg CNN BBC NATO UN EU CSTO OSCE IMF WHO UNESCO UNICEF OPEC ASEAN G7 G20 Pentagon Congress Senate Parliament Duma Gazprom Rosneft Google Apple Microsoft Amazon Facebook Meta Twitter Oxfam Greenpeace Amnesty Hamas Hezbollah Taliban Fed Eurostat Euronews Doordarshan Xinhua Kyodo Yonhap Itar-Tass Equinor Elering Fingrid Carris IBGE`.split(/\s+/u));

export const ORG_WORDS = /^(?:Organi[sz]ation|Ministry|Council|Party|Bank|Agency|Union|Association|Committee|Commission|Court|Parliament|Assembly|Army|Forces|Navy|University|Institute|Company|Corporation|Corp|Inc|Ltd|Group|Fund|Programme|Program|Department|Office|Service|Services|News|Times|Post|Press|Exchange|Federation|Alliance|League|Movement|Front|Authority|Board|Bureau|Police|Guard|Foundation|Society|Club|Network|Airlines|Airways|Railways|Ferries|Securities|Treaty|Cross|Watch|Children|International|Agency|Centre|Center|Secretariat|Coalition|Congress|Senate|Government|Administration|Television|Radio|Journal|Herald|Tribune|Gazette|Daily|Holdings|Industries|Motors|Energy|Oil|Gas|Telecom|Media|Orchestra|Philharmonic|Ballet)$/u;

export const TITLES = /^(?:President|Prime|Minister|Secretary|Chancellor|Premier|King|Queen|Prince|Princess|Pope|Governor|Mayor|Senator|Sen|Rep|Representative|Gen|General|Col|Colonel|Lt|Capt|Captain|Admiral|Sgt|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Judge|Justice|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chair|Director|Chief|Commander|Deputy|Vice|Foreign|Defense|Defence|Interior|Finance|Economy|Energy|Health|Agriculture|Environment|Infrastructure|Transport|Justice|Education|Cabinet|Opposition|Leader|Speaker|Councillor|Councilor|Lawmaker|Patriarch|Archbishop|Bishop|Sheikh|Emir|Sultan|Crown|Executive|Acting|Former|Ex|Economist|Economists|Analyst|Analysts|Officials|Official|Commissioner|Governor|Central|Head)$/u;

/**
 * A member's letters, written before a name ("MP Ana Ruiz", "Ramsey MHK Alex Faragher") or after it
 * ("Daphne Callister MHK"): MPs, members of Legislative Assemblies and Councils, the Isle of Man's
 * House of Keys (MHK), the Dáil (TD), the Scottish Parliament (MSP), the European Parliament (MEP),
 * Ontario's (MPP) and Quebec's (MNA) assemblies, the Knesset (MK). Kept apart from `TITLES`, whose
 * words are features of the model.
 */
export const MEMBER_LETTERS: ReadonlySet<string> = new Set(['MP', 'MPs', 'MLA', 'MHA', 'MHK', 'TD', 'MSP', 'MEP', 'MPP', 'MNA', 'MLC', 'MK']);

/** Titles, members' letters and nationality words before a person's name ("President", "MP", "Russian"). */
export function isTitleWord(word: string): boolean {
  return TITLES.test(word) || DEMONYMS.has(word) || MEMBER_LETTERS.has(word);
}

/** Whether `word` may be a word of a person's name, as far as the lists here tell: no function word, title, organisation's word or place. */
export function mayBePersonWord(word: string): boolean {
  return !STOP.has(word) && !isTitleWord(word) && !ORG_WORDS.test(word) && !PLACES.has(word);
}

/** Capitalised words that start sentences or headlines without naming anything. */
export const STOP = new Set(`The A An And But Or Nor For So Yet In On At By To Of From With Without Under Over After Before During Since Until As If When While Where Why How What Who Whom Whose Which That This These Those There Here It Its He She They We You I His Her Their Our Your My Me Him Them Us Also Speaking According However Meanwhile Although Though Because Despite Even Still Both Either Neither Each Every Some Many Most More Less Few All Any No Not Only Just Then Now Today Yesterday Tomorrow Last Next First Second Third New Old Other Another Such Than Very Much Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Original FILE Photo Skip Clear Recommended Advertisement Read Share Click Sign Updated Published Posted Agriculture Our Let Do Does Did Is Are Was Were Be Been Has Have Had Will Would Could Should Can May Might Must Shall Up Down Out Off Into Onto Upon About Around Among Between Against Through Across Toward Towards Like Unlike Including Within Along Beyond`.split(/\s+/u));

/** Words a title-cased headline leaves in lower case. */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'so', 'yet', 'to', 'of', 'in', 'on', 'at', 'by', 'as', 'up', 'with', 'from', 'into', 'over', 'amid', 'after', 'vs', 'via', 'per']);

const CONNECTORS = new Set(['of', 'de', 'da', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'al', 'bin', 'for', 'the', 'la', 'le', 'del']);
/** `Russia-led`, `Moscow-brokered`: a name turned into a modifier, which a reader does not mark. */
const NAME_MODIFIER = /-(?:led|backed|brokered|dominated|based|controlled|owned|run|born|made|bound|friendly|allied|occupied|held|sponsored|funded|affiliated|linked|style|era)$/u;

const WORD = /[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*|[\p{Ll}][\p{L}\p{M}'’-]*|\d[\d,.]*|[^\s\p{L}\d]/gu;

interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
}

/** Space between two words of one name: at most one line break (a blank line ends a paragraph). */
const ONE_LINE_GAP = /^[^\S\r\n]*(?:\r\n|\r|\n)?[^\S\r\n]*$/u;

/** Two words of one name: one line apart at most, and over a line break only in wrapped prose. */
function nameGap(text: string, end: number, start: number): boolean {
  const gap = text.slice(end, start);
  if (!ONE_LINE_GAP.test(gap)) return false;
  const lineBreak = /[\r\n]/u.exec(gap);
  return !lineBreak || wrapsOnward(text, end + lineBreak.index);
}

function tokenize(text: string, r: TextRange): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(r.start, r.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    // Trailing dots belong to the sentence unless the word is an initialism ("U.S.", "Gen.").
    while (word.length > 1 && /[.'’-]$/u.test(word) && !/^(?:[\p{Lu}]\.)+$/u.test(word) && !/^(?:Gen|Sen|Rep|Dr|Mr|Mrs|Ms|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof)\.$/u.test(word)) word = word.slice(0, -1);
    const start = r.start + m.index;
    tokens.push({ text: word, start, end: start + word.length, cap: /^[\p{Lu}\p{Lt}]/u.test(word) });
  }
  return tokens;
}

function stripPossessive(t: Token): Token {
  const m = /['’]s?$/u.exec(t.text);
  return m && t.text.length > m[0].length + 1 ? { ...t, text: t.text.slice(0, -m[0].length), end: t.end - m[0].length } : t;
}

/** A tagger that needs no model: gazetteers, titles, organisation words and document consistency. */
export function createRuleTagger(): Tagger {
  return {
    find(text, regions) {
      const spans: NamedSpan[] = [];
      const known = new Map<string, NamedSpan['type']>();
      const candidates: Array<{ tokens: Token[]; prev?: Token; next?: Token; sentenceStart: boolean; headline: boolean }> = [];
      for (const r of regions) {
        const tokens = tokenize(text, r);
        const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
        // Headlines capitalise every word, so capitals say nothing there: only known names count.
        const headline = words.length >= 4 && words.every((t) => t.cap || HEADLINE_LOWER.has(t.text)) && !/[.!?]["”’]?\s*$/u.test(text.slice(r.start, r.end));
        for (let i = 0; i < tokens.length; i++) {
          if (!tokens[i].cap) continue;
          let j = i;
          const run: Token[] = [tokens[i]];
          while (j + 1 < tokens.length) {
            const next = tokens[j + 1];
            if (next.cap && !/['’]s$/u.test(tokens[j].text) && nameGap(text, tokens[j].end, next.start)) {
              run.push(next);
              j++;
            } else if (CONNECTORS.has(next.text) && tokens[j + 2]?.cap && run.length >= 1 && !/['’]s$/u.test(tokens[j].text) && text.slice(next.end, tokens[j + 2].start) === ' ') {
              run.push(next, tokens[j + 2]);
              j += 2;
            } else break;
          }
          const prev = tokens[i - 1];
          const sentenceStart = !prev || /^[.!?"“:—–-]$/u.test(prev.text);
          candidates.push({ tokens: run, prev, next: tokens[j + 1], sentenceStart, headline });
          i = j;
        }
      }
      for (const c of candidates) {
        if (c.headline) continue;
        let run = c.tokens.filter((t, k) => !(k === 0 && NAME_MODIFIER.test(t.text)));
        // Leading titles and stop words are context, not name.
        let titled = false;
        while (run.length && NAME_MODIFIER.test(run[0].text)) run = run.slice(1);
        // "European Commission" keeps its adjective: it is part of an organisation's name.
        if (!run.length) continue;
        const orgName = ORG_WORDS.test(run[run.length - 1].text);
        while (run.length && (TITLES.test(run[0].text.replace(/\.$/u, '')) || STOP.has(run[0].text.replace(/\.$/u, '')) || (DEMONYMS.has(run[0].text) && !(orgName && run.length > 1)))) {
          if (TITLES.test(run[0].text.replace(/\.$/u, ''))) titled = true;
          run = run.slice(1);
        }
        while (run.length && CONNECTORS.has(run[run.length - 1].text)) run = run.slice(0, -1);
        while (run.length && CONNECTORS.has(run[0].text)) run = run.slice(1);
        if (!run.length) continue;
        const last = stripPossessive(run[run.length - 1]);
        const tokens = [...run.slice(0, -1), last];
        const name = text.slice(tokens[0].start, last.end);
        if (/^[\p{Lu}]+$/u.test(name) && name.length > 1 && !ORGS.has(name) && !PLACES.has(name[0] + name.slice(1).toLowerCase()) && name.length > 5) continue;
        const type = classify(name, tokens, titled, c.next, known);
        if (!type) continue;
        known.set(name, type);
        if (type === 'person' && tokens.length > 1) known.set(tokens[tokens.length - 1].text, 'person');
        spans.push({ type, start: tokens[0].start, end: last.end });
      }
      // A name once recognised is recognised everywhere in the article (its short forms too), and in
      // headlines, where only such known names and gazetteer entries are taken.
      for (const c of candidates) {
        for (const t of c.tokens.map(stripPossessive)) {
          if (NAME_MODIFIER.test(t.text)) continue;
          const type = known.get(t.text) ?? (c.headline ? gazetteerType(t.text) : undefined);
          if (type && !spans.some((s) => s.start < t.end && t.start < s.end)) spans.push({ type, start: t.start, end: t.end });
        }
      }
      return spans.sort((a, b) => a.start - b.start);
    },
  };
}

function classify(name: string, tokens: Token[], titled: boolean, next: Token | undefined, known: Map<string, NamedSpan['type']>): NamedSpan['type'] | null {
  const upperPlace = name.length > 2 && /^[\p{Lu} .'-]+$/u.test(name) ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : name;
  if (known.has(name)) return known.get(name)!;
  if (ORGS.has(name) || MULTI_WORD_ORGS.has(name) || ORG_WORDS.test(tokens[tokens.length - 1].text) || (tokens.length <= 3 && tokens.some((t) => ORGS.has(t.text)))) return 'organization';
  if (PLACES.has(upperPlace) || MULTI_WORD_PLACES.includes(upperPlace) || (tokens.length === 1 && PLACES.has(name))) return 'place';
  if (/^(?:[\p{Lu}]\.){2,}$|^[\p{Lu}]{2,6}$/u.test(name)) return 'organization';
  if (DEMONYMS.has(name)) return null;
  const nameWords = tokens.filter((t) => !CONNECTORS.has(t.text)).length;
  if (titled || tokens.length >= 2) return nameWords <= 5 ? 'person' : 'organization';
  if (next && /^(?:said|says|told|added|wrote|argued|noted|stated|announced|insisted)$/u.test(next.text)) return 'person';
  return null;
}

/** The type of a single word by the gazetteers alone. */
function gazetteerType(word: string): NamedSpan['type'] | undefined {
  if (ORGS.has(word)) return 'organization';
  if (PLACES.has(word)) return 'place';
  return undefined;
}
