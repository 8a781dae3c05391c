import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { OF_HEAD } from './org-patterns';
import { DEMONYMS, ORG_WORDS } from './rule-tagger';
import { overlapsAny, withAdded } from './added-spans';
import { wordLedMatches } from './word-led';
import { wordBefore } from './word-before';

/**
 * Names that hold a place's name but name a body or a building, which the model reads as the place or
 * cuts at it: a company's unit named by its site or country ("DP World" + "Posorja"), a place before an organisation's name ("Maharashtra" + "Metro Rail Corporation Ltd"), also
 * where the model found nothing of the company's words ("Isle of Man" + "Steam Packet Company"),
 * India's nationwide bodies ("All India Kisan Sabha"), a university named with its town ("University
 * College Galway", and "University of Galway" where a person's job there says it is the body), a transport agency "for" its region ("Transport for NSW"), a country's sports body
 * ("New Zealand Cricket", "Cricket Australia") or side ("Team Estonia"), a state's technical university ("Virginia Tech") and a world one ("World Rugby"), a health board of the NHS named by its area ("NHS Orkney"), a country's bank or ministry ("Central Bank of Barbados"), a town's council ("the Municipality of Livorno", "Sofia Municipality", "the City and County of Denver"), a venue ("Rawalpindi Cricket Stadium", a place as a
 * whole), and a Nigerian state ("Enugu State", also where the model found
 * "Niger" alone before "State") or a capital's territory ("Federal Capital Territory"), a place, not its government.
 */

/** Sports whose national bodies are named by the sport and the country, either way round. */
const SPORTS = new Set(['Cricket', 'Rugby', 'Football', 'Netball', 'Hockey', 'Tennis', 'Golf', 'Swimming', 'Cycling', 'Rowing', 'Basketball', 'Athletics', 'Gymnastics', 'Volleyball', 'Baseball', 'Softball', 'Squash', 'Badminton', 'Sailing', 'Aquatics', 'Archery', 'Triathlon', 'Curling']);
/** A technical university's short name after its state's ("Georgia Tech", "Virginia Tech"): no place's name ends in it, so a place read over it is the university. */
const TECH = 'Tech';
/** A national side's word before its country ("Team Estonia", "Team USA"), the country read alone. */
const TEAM = 'Team';
/** Last words of a venue's name after a town's: "Rawalpindi Cricket Stadium", "Eden Park"; a racing circuit's ("Bahrain International Circuit", not a court's "DC Circuit"). */
const VENUE_AFTER = /^[ \t]+(?:(?:(?:Cricket|Football|Rugby|National|International|Municipal|Memorial|Olympic|Sports|Stadium)[ \t]+){0,2}(?:Stadium|Arena|Oval|Stadion|Estadio)|(?:International|Motor|Racing)[ \t]+Circuit)(?![\p{L}\p{N}-]|[ \t]+\p{Lu})/u;
/** The words {@link VENUE_AFTER}'s first word is one of: the pattern is tried only after one of them. */
const VENUE_FIRST_WORDS = new Set(['Cricket', 'Football', 'Rugby', 'National', 'International', 'Municipal', 'Memorial', 'Olympic', 'Sports', 'Stadium', 'Arena', 'Oval', 'Stadion', 'Estadio', 'Motor', 'Racing']);

/** Whether spaces or tabs and then one of {@link VENUE_FIRST_WORDS} as a whole run of ASCII letters stand at `at`. */
function venueWordAt(text: string, at: number): boolean {
  let start = at;
  while (text[start] === ' ' || text[start] === '\t') start++;
  if (start === at) return false;
  let end = start;
  for (let c = text.charCodeAt(end); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = text.charCodeAt(end)) end++;
  return VENUE_FIRST_WORDS.has(text.slice(start, end));
}
/** Nigeria's states and its capital territory, which news names "<name> State". */
const NIGERIAN_STATES = new Set(`Abia Adamawa Akwa Ibom Anambra Bauchi Bayelsa Benue Borno Cross River Delta Ebonyi Edo Ekiti Enugu Gombe Imo Jigawa Kaduna Kano Katsina Kebbi Kogi Kwara Lagos Nasarawa Niger Ogun Ondo Osun Oyo Plateau Rivers Sokoto Taraba Yobe Zamfara`.split(' '));
const TWO_WORD_STATES = new Set(['Akwa Ibom', 'Cross River']);
/** Heads of a university's or an institute's name before its town: "University College Galway", "Institute Pasteur", "University of Galway". */
const UNIVERSITY_START = /^(?:University(?:[ \t]+College)?|Institute|Academy|Ministry|Museum)[ \t]+\p{Lu}/u;
/** A university or an institute "of" its town: "University of Galway"; one a person works or studies at is the body, else it may be the campus. */
const UNIVERSITY_OF = /^(?:University|Institute|Academy)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}/u;
/** A person's job or study at the body right before it: ", a hydrologist at the ", "professor at the ", "studies at the ". */
const MEMBER_AT = /(?:,[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){1,4}|(?:professor|lecturer|researcher|scientist|student|students|fellow|director|dean|chancellor|president|economist|expert|studies|studied|teaches|taught|works|worked)[ \t]+)(?:at|of|from)[ \t]+the[ \t]+$/u;
/** India's nationwide bodies: "All India Kisan Sabha", "All-India Radio". */
const ALL_INDIA = /(?<![\p{L}\p{N}])All[ -]India(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){1,5}/gu;
/** "Municipality of " or its Spanish, Portuguese or Italian word right before a town's name: the town's council ("the Municipality of Livorno", "Intendencia de Montevideo", "Prefeitura de Recife"). */
const MUNICIPALITY_OF = /(?<![\p{L}])(?:Municipality[ \t]+of|(?:Intendencia|Municipalidad|Prefeitura|Ayuntamiento|Alcaldía|Comune)[ \t]+d[eio])[ \t]+$/u;
/**
 * A town's name and "Municipality": the town's council ("Sofia Municipality", "the Lolland Municipality
 * said"), where a rural or urban municipality is a unit of the land, a place ("Gajuri Rural Municipality").
 */
const TOWN_COUNCIL = /^(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){1,2}Municipality$/u;
const UNIT_MUNICIPALITY = /(?:Rural|Urban|Metropolitan|Sub-Metropolitan)[ \t]+Municipality$/u;
/** Before "County of" and a town: a city and county's government as one ("the City and County of Denver"). */
const CITY_AND = 'City and ';
/** Whether `name` is a city and county's government ("City and County of Denver"): one name, not two cut at "and". */
export const isCityAndCounty = (name: string): boolean => name.startsWith(`${CITY_AND}County of `);
/** "Transport for " right before a region's name. */
const TRANSPORT_FOR = /(?<![\p{L}])Transport[ \t]+for[ \t]+$/u;
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);
/** Whether a character code is a capital letter (any alphabet beyond ASCII is let through to the pattern). */
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || c > 127;

/**
 * A bank, a ministry or an agency "of" its country, which the model reads as the country it serves
 * ("Central Bank of Barbados", "Bank of Guyana", "Ministry of Health"): always the body. A river's
 * bank ("the West Bank of the Jordan") is a place.
 */
const BODY_OF = /^(?:(?!(?:West|East|North|South|Left|Right)[ \t])\p{Lu}[\p{L}-]*[ \t]+){0,3}(?:Bank|Ministry|Agency|Commission|Bureau|Department)[ \t]+of[ \t]/u;

/** A capital's territory or district, a place the model reads as a body by its last word: "Federal Capital Territory", "Australian Capital Territory". */
const CAPITAL_TERRITORY = /^(?:\p{Lu}\p{L}+[ \t]+)?Capital[ \t]+(?:Territory|District)$/u;

/** Whether " State" after a Nigerian state's name (the model found alone) is the rest of its name: "Niger" + " State". */
function stateAfter(text: string, end: number, name: string): boolean {
  return text.startsWith(' State', end) && !/[\p{L}\p{N}]/u.test(text[end + 6] ?? '') && (NIGERIAN_STATES.has(name) || TWO_WORD_STATES.has(name));
}

/** Whether `name` is a Nigerian state's name and "State" ("Enugu State", "Akwa Ibom State"). */
function isNigerianState(name: string): boolean {
  if (!name.endsWith(' State')) return false;
  const head = name.slice(0, -6);
  return NIGERIAN_STATES.has(head) || TWO_WORD_STATES.has(head);
}

/** Whether the words before a sport name a country's body ("New Zealand" of "New Zealand Cricket") or the world's ("World Rugby", "World Athletics"). */
function worldOrPlace(head: string, isPlace: (name: string) => boolean): boolean {
  return head === 'World' || isPlace(head);
}

/** Whether an organisation's name ends in its own organisation word ("Metro Rail Corporation Ltd", "Wildlife Service"). */
function endsInOrganisationWord(name: string): boolean {
  const last = lastWord(name);
  return name.includes(' ') && (ORG_WORDS.test(last) || OF_HEAD.test(last));
}

/** Staff and offices named after a body and a place, which stay apart: "the OCD Caraga director", "its Jakarta bureau". */
const UNIT_STAFF_AFTER = /^[ \t]+(?:director|head|chief|manager|spokes(?:man|woman|person)|staff|office|offices|bureau|branch|team|officials?)(?![\p{L}])/u;

/**
 * Whether the one-word place `site` right after the organisation `name` names the organisation's unit
 * there ("DP World Posorja", "Vodafone Egypt"); a body's initials before a place name its regional
 * office as a modifier ("OCD Caraga director"), and so does a job or an office after the place.
 */
function siteOfCompany(text: string, name: string, site: NamedSpan): boolean {
  const last = lastWord(name);
  if (last === last.toUpperCase() || text.slice(site.start, site.end).includes(' ')) return false;
  return !UNIT_STAFF_AFTER.test(text.slice(site.end, site.end + 16));
}

/** One to three capitalised words after a place's name, the last a company's word, and no capitalised word after them: " Steam Packet Company", " Ferry Corporation". */
const COMPANY_AFTER_PLACE = /^(?:[ \t]\p{Lu}[\p{L}\p{M}&'’-]*){0,2}[ \t](?:Company|Corporation|Corp|Ltd|Limited|Holdings|Industries|Airlines|Airways|Railways|Ferries)(?![\p{L}\p{M}\p{N}'’-]|[ \t]+\p{Lu})/u;

/** The end of a company's name whose words go on after a place's at `end` ("Isle of Man" + " Steam Packet Company"), or `end` when none does. */
function companyAfterPlace(text: string, end: number): number {
  if (text[end] !== ' ' || !isUpper(text.charCodeAt(end + 1))) return end;
  const m = COMPANY_AFTER_PLACE.exec(text.slice(end, end + 60));
  return m ? end + m[0].length : end;
}

/**
 * Spans (sorted, apart) with the names that hold a place's name typed and bounded as the body or the
 * building they name; see the file's comment. `isPlace` tells a listed place ("Galway", "Australia").
 */
export function withPlaceNamedBodies(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let s = spans[k];
    const next = spans[k + 1];
    const name = text.slice(s.start, s.end);
    if (s.type === 'place' && next && next.type === 'organization' && next.start === s.end + 1 && (text[s.end] === ' ' || text[s.end] === '/') && endsInOrganisationWord(text.slice(next.start, next.end))) {
      // "Maharashtra" + "Metro Rail Corporation Ltd": the place opens the organisation's name; so do
      // towns a slash joins ("Penal/" + "Debe Regional Corporation"), a body serving both.
      out.push({ type: 'organization', start: s.start, end: next.end });
      k++;
      continue;
    }
    if (s.type === 'organization' && next && next.type === 'place' && next.start === s.end + 1 && text[s.end] === ' ' && siteOfCompany(text, name, next)) {
      // "DP World" + "Posorja": an operator's unit named by its site or country, one name.
      out.push({ type: 'organization', start: s.start, end: next.end });
      k++;
      continue;
    }
    // "Isle of Man" + " Steam Packet Company", where the model found nothing after the place.
    const company = s.type === 'place' ? companyAfterPlace(text, s.end) : s.end;
    if (company > s.end && (!next || next.start >= company)) {
      out.push({ type: 'organization', start: s.start, end: company });
      continue;
    }
    if (s.type !== 'person') {
      // Venues' words are capitalised: most names are followed by anything else.
      const venue = text[s.end] === ' ' && isUpper(text.charCodeAt(s.end + 1)) && venueWordAt(text, s.end) ? VENUE_AFTER.exec(text.slice(s.end, s.end + 40)) : null;
      if (venue && (!next || next.start >= s.end + venue[0].length)) s = { type: 'place', start: s.start, end: s.end + venue[0].length };
      else if (s.type === 'place' && ((SPORTS.has(lastWord(name)) && worldOrPlace(name.slice(0, name.lastIndexOf(' ')), isPlace)) || lastWord(name) === TECH)) s = { ...s, type: 'organization' };
      else if (s.type === 'place' && (name.startsWith('NHS ') || (name.includes(' of ') && BODY_OF.test(name)))) s = { ...s, type: 'organization' };
      else if (s.type === 'place' && (UNIVERSITY_START.test(name) || (UNIVERSITY_OF.test(name) && MEMBER_AT.test(text.slice(Math.max(0, s.start - 60), s.start))))) s = { ...s, type: 'organization' };
      else if (s.type === 'place' && name.startsWith('County of ') && text.startsWith(CITY_AND, s.start - CITY_AND.length) && (!out.length || out[out.length - 1].end <= s.start - CITY_AND.length)) s = { type: 'organization', start: s.start - CITY_AND.length, end: s.end };
      else if (s.type === 'place' && name.endsWith(' Municipality') && TOWN_COUNCIL.test(name) && !UNIT_MUNICIPALITY.test(name)) s = { ...s, type: 'organization' };
      else if (isNigerianState(name) || ((name.endsWith('Territory') || name.endsWith('District')) && CAPITAL_TERRITORY.test(name))) s = { ...s, type: 'place' };
      else if (s.type === 'place' && stateAfter(text, s.end, name) && (!next || next.start >= s.end + 6)) s = { ...s, end: s.end + 6 };
      else if (s.type === 'place') {
        // "Cricket" + "Australia", "Transport for" + "NSW": the word before is looked at first.
        const before = wordBefore(text, s.start);
        const previousEnd = out.length ? out[out.length - 1].end : 0;
        if (before && (SPORTS.has(before.word) || before.word === TEAM) && isPlace(name) && before.start >= previousEnd) s = { type: 'organization', start: before.start, end: s.end };
        else if (before?.word === 'of' || before?.word === 'de' || before?.word === 'di') {
          // "the Municipality of Livorno": the town's council, not the town.
          const council = MUNICIPALITY_OF.exec(text.slice(Math.max(0, s.start - 20), s.start));
          if (council && s.start - council[0].length >= previousEnd) s = { type: 'organization', start: s.start - council[0].length, end: s.end };
        } else if (before?.word === 'for') {
          const transport = TRANSPORT_FOR.exec(text.slice(Math.max(0, s.start - 16), s.start));
          if (transport && s.start - transport[0].length >= previousEnd) s = { type: 'organization', start: s.start - transport[0].length, end: s.end };
        }
      }
    }
    out.push(s);
  }
  return withAllIndiaBodies(text, withNationsSportsBodies(text, out));
}

/** A sport's word after a space, no capitalised word after it: " Athletics" of "Swiss Athletics". */
const SPORT_AFTER_SPACE = new RegExp(` (?:${[...SPORTS].join('|')})(?![\\p{L}\\p{N}'’-]|[ \\t]+\\p{Lu})`, 'gu');
/** Sports' words in a text, tried only where its words start (see `word-led.ts`). */
const sportsWordsIn = wordLedMatches(SPORT_AFTER_SPACE);

/** A nation's word and a sport's ("Swiss Athletics", "British Cycling"), a national body the model found nothing of, added as an organisation. */
function withNationsSportsBodies(text: string, spans: NamedSpan[]): NamedSpan[] {
  const added: NamedSpan[] = [];
  for (const m of sportsWordsIn(text)) {
    const nation = wordBefore(text, m.index + 1, true);
    const end = m.index + m[0].length;
    if (nation && DEMONYMS.has(nation.word) && !overlapsAny(spans, nation.start, end)) added.push({ type: 'organization', start: nation.start, end });
  }
  return added.length ? withAdded(spans, added) : spans;
}

/** "All India Kisan Sabha": the whole name an organisation, over the place the model found in it. */
function withAllIndiaBodies(text: string, spans: NamedSpan[]): NamedSpan[] {
  if (!text.includes('All India') && !text.includes('All-India')) return spans;
  // Spans inside the name give way; one reaching out of it stands.
  return withWholeNames(spans, mapSpans([...text.matchAll(ALL_INDIA)], (m) => ({ type: 'organization' as const, start: m.index, end: m.index + m[0].length })));
}
