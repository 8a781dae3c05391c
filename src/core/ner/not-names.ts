import type { NamedSpan } from './index';
import { isCapitalisedJob, isStyleWord } from './honorifics';
import { lastTextMemo } from './last-text-memo';
import { lastTextSpanMemo, spanKey } from './span-results-memo';
import { anyWordStartsWith } from './word-start-positions';
import { MEMBER_LETTERS, MULTI_WORD_PLACES, PLACES, STOP } from './rule-tagger';
import { charBeforeSpaces } from './chars-round-spaces';
import { THING_INITIALS } from './common-initials';

/**
 * Capitalised words a reader does not mark as a person, place or organisation, whatever the model
 * made of them: nationality words ("Costa Rican", "New Zealander"), a lawyer's post-nominal letters
 * ("Mark Tedeschi, QC"), a currency's country prefix ("US$ 20,000", "NZ $ 26 million"), the place in
 * the name of a race ("Tour de France"), the names of sports competitions ("La Liga", "the Premier League", "the Saudi Pro League",
 * any cup's), the name of a model after its code ("a C-130 Hercules") and the "Bill"
 * ending a bill's title ("the Planning (Amendment) Bill"), an article of another language alone,
 * capitalised at the start of a quoted sentence ("Le maillot jaune", "El equipo"), and the names in
 * the title of a law or a national plan ("the Sri Lanka Electricity Act", "the MACC Act 2009", "the
 * National Security and Investment Act", "Oman Vision 2040"): the law is no name, nor is its part.
 * A style abbreviated before a name ("Hon. Mwila Banda", "Rev. Ann Lee") is no name by itself either,
 * nor is a capital letter alone ("groups A to L", "Group G"), but for the platform "X". So is a job
 * with a capital right before a name ("Economist Ana Ruiz said", which a list may take for the
 * magazine), a party's member ("a Democrat whose district ..."), and a post named after its region
 * ("Divisional Police Commander North", "Regional Director West"), a title, not a body; nor are a
 * thing's or a vessel type's capitals taken for a body's ("an FPSO order", "LNG prices"), nor the
 * title a town holds for a year ("European Capital of Culture").
 */

const ALL_PLACES = new Set([...PLACES, ...MULTI_WORD_PLACES]);
/** Endings that turn a place's name into its people's ("Costa Rica" + "n", "New Zealand" + "er"). */
const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'er', 'ese', 'i', 'ish'];
/** The last letters of those endings: a name ending otherwise is no nationality. */
const DEMONYM_LAST_LETTERS = new Set(DEMONYM_ENDINGS.map((ending) => ending[ending.length - 1]));
/** Letters after a lawyer's, an honour's or a member's name: "QC", "KC", "SC" (Senior Counsel), "MBE", "MHK". */
const POST_NOMINAL_BEFORE = /\p{L}[ \t]*,[ \t]*$/u;
const POST_NOMINALS: ReadonlySet<string> = new Set(['QC', 'KC', 'SC', 'SAN', 'MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'PhD', ...MEMBER_LETTERS]);

/** Whether `word` is letters written after a person's name ("Ann Lee QC", "Daphne Callister MHK"), no part of it. */
export function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(word);
}
/** Whether a currency sign follows a country's letters at `end`, a space or a tab between them or not: "US$", "NZ $", "A$", "HK$". */
function currencyAfter(text: string, end: number): boolean {
  const c = text[end] === ' ' || text[end] === '\t' ? text[end + 1] : text[end];
  return c === '$' || c === '€' || c === '£' || c === '¥';
}
/** Races named after the country they tour: "Tour de France", "Giro d'Italia", "Vuelta a España", "Tour of Britain". */
const RACE_BEFORE = /(?:Tour de|Tour of|Giro d['’]|Vuelta a|Vuelta al)[ \t]*$/u;
/** The last characters of those words before a country: a cheap look before the pattern. */
const RACE_LAST = new Set([...'efa\'’l']);
/**
 * Sports competitions, which are neither organisations nor places: "La Liga", "Serie A", "Champions
 * League", also with a sports body's letters or a sport's word in them ("EHF Champions League",
 * "Champions Hockey League", "Volleyball Nations League", "Greek Basket League", "EuroLeague").
 */
const COMPETITION = /^(?:La Liga|Liga|LaLiga|Liiga|EuroLeague|EuroCup|Ligue 1|Ligue 2|Serie A|Serie B|Bundesliga|Eredivisie|Primeira Liga|(?:\p{Lu}{2,5} )?(?:Champions|Europa|European|Conference|Nations|Premier) League|Champions Hockey League|(?:Volleyball|Basketball|Hockey) Nations League|(?:\p{Lu}\p{Ll}+ )?Basket League|(?:\p{Lu}[\p{L}]+ )?Pro League|(?:Scottish )?Premiership|Championship|(?:FA|League|Carabao|World) Cup|Copa del Rey|Coppa Italia)$/u;
/** The last characters of those names ("Liga", "Ligue 1", "Serie A", "League", "Cup", "Rey"): a name ending otherwise skips the pattern. */
const COMPETITION_LAST = new Set([...'a12ABepy']);
/** The last three characters of those names ("Bundesliga", "Serie A", "Eredivisie", "Premiership", "Coppa Italia"): many places' and people's names end in "a" or "e", few in these. */
const COMPETITION_ENDS = new Set(['iga', 'gue', 'Cup', 'e 1', 'e 2', 'e A', 'e B', 'sie', 'hip', 'Rey', 'lia']);

/** A post's region after its title: "Commander North", "Director Western". */
const TITLE_AND_REGION = /[ \t](?:Commander|Commissioner|Director|Superintendent|Inspector|Officer|Controller)[ \t]+(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)$/u;
/** The last letters of those regions: a name ending otherwise skips the pattern. */
const REGION_LAST = new Set([...'htln']);

/** The European titles a town holds for a year, before "of Culture": "European Capital", "European Youth Capital". */
const TITLE_HELD = /^European(?:[ \t]+(?:Youth|Green))?[ \t]+Capital$/u;

/** A party's member, named after the party but no name: "a Democrat", "the Republican". */
const PARTY_MEMBERS = new Set(['Democrat', 'Republican']);
/** "a " or "an " right before a word: "a Liberal", "an Anglican", a party's or a church's member. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])an?[ \t]$/u;
/** What follows a member's noun: a mark, a relative or a preposition ("a Liberal from Ohio"), not a noun it qualifies ("a Tasman rail line"). */
const MEMBER_AFTER = /^(?:[ \t]*[,.;:)]|[ \t]+(?:who|whose|from|of|in|for|and|representing)[ \t])/u;
/** "the " right before a word: "the Economist" is the magazine. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;

/** Whether the one-word name `name` at `s` is a party's member ("a Democrat whose district", "a Liberal, backed"). */
function memberNoun(text: string, s: NamedSpan, name: string): boolean {
  if (PARTY_MEMBERS.has(name)) return true;
  return !name.includes(' ') && INDEFINITE_BEFORE.test(text.slice(Math.max(0, s.start - 4), s.start)) && MEMBER_AFTER.test(text.slice(s.end, s.end + 14));
}

/** Articles of French, Spanish, Italian, Portuguese, German and Dutch, never a name by themselves; none is longer than three letters. */
const LONE_ARTICLES = new Set(['Le', 'La', 'Les', 'El', 'Los', 'Las', 'Il', 'Lo', 'Gli', 'Der', 'Die', 'Das', 'Het']);

/** A model's code before its name: "C-130 Hercules", "MiG-29 Fulcrum", "KC-135 Stratotanker", an aircraft's, not a place or a person. */
const MODEL_CODE_BEFORE = /(?:^|[^\p{L}\p{N}-])\p{Lu}[\p{L}]{0,2}-\d{1,4}[A-Z]?[ \t]+$/u;

/** A cup competition's name ("Davis Cup", "Stanley Cup"): an event, neither an organisation nor a place. */
const CUP_NAME = /^(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}Cups?$/u;
/** "Cup" right after a span: its name is a cup's. */
const CUP_AFTER = /^[ \t]Cups?(?![\p{L}\p{N}-])/u;

/** A bill's title before "Bill": a bracketed part ("(Amendment)"), or a capitalised word after "the" or another one. */
const BILL_BEFORE = /(?:\)|(?:[Tt]he|\p{Lu}[\p{L}-]*)[ \t]+\p{Lu}[\p{L}-]*)[ \t]+$/u;

/** Whether "Bill" at `s` ends a bill's title: a title before it (not "Thanks From Bill"), no surname after it. */
function isBillTitle(text: string, s: NamedSpan): boolean {
  const before = BILL_BEFORE.exec(text.slice(Math.max(0, s.start - 30), s.start));
  if (!before || /^[ \t]+\p{Lu}/u.test(text.slice(s.end, s.end + 3))) return false;
  return !STOP.has(before[0].trim().split(/[ \t]+/u).pop()!);
}

/** Whether `name` is one word in capitals only ("ETHIOPIAN"), read by its first two letters before the rest. */
function isCapitalsWord(name: string): boolean {
  const a = name.charCodeAt(0);
  const b = name.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 && /^\p{Lu}+$/u.test(name);
}

/** Whether a word in capitals is a nationality ("ETHIOPIAN"), not a place whose name ends as one does ("TEHRAN"). */
function capitalsNationality(name: string): boolean {
  const titleCase = name[0] + name.slice(1).toLowerCase();
  return !ALL_PLACES.has(titleCase) && isNationality(titleCase);
}

/** Whether a name is a nationality formed from a listed place's name ("Costa Rican", "Sri Lankan"). */
export function isNationality(name: string): boolean {
  if (!DEMONYM_LAST_LETTERS.has(name[name.length - 1])) return false;
  for (const ending of DEMONYM_ENDINGS) {
    if (name.length > ending.length + 2 && name.endsWith(ending) && ALL_PLACES.has(name.slice(0, -ending.length))) return true;
  }
  // "Colombia" -> "Colombian", "Kenya" -> "Kenyan": the place's final "a" stays; "Italy" -> "Italian".
  return name.endsWith('an') && ALL_PLACES.has(name.endsWith('ian') ? `${name.slice(0, -3)}y` : name);
}

/** The rest of a law's title after a span: more capitalised words (or "and", "of"), then "Act" and perhaps its year. */
const LAW_AFTER = /^(?:[ \t]+(?:and|of|on|for|the|&|\(?\p{Lu}[\p{L}\p{M}'’-]*\)?))*?[ \t]+Act(?:[ \t]+(?:of[ \t]+)?\d{4})?(?![\p{L}\p{N}'’-])/u;
/** A national plan's title after a span: "Vision 2040". */
const PLAN_AFTER = /^[ \t]+Vision[ \t]+\d{4}(?![\p{L}\p{N}])/u;

/** Whether a word of the text opens with "Act" or is "Vision" (a law's or a national plan's): most texts have none, and their spans skip the patterns. */
const mayNameLawOrPlan = lastTextMemo((text) => anyWordStartsWith(text, ['Act', 'Vision ']));

/** Whether span `s` is part of a law's or a national plan's title; a look at the next words spares the patterns for most spans. */
function inLawTitle(text: string, s: NamedSpan, name: string): boolean {
  if (name.endsWith(' Act') && name.indexOf(' ') > 0) return true;
  const c = text.charCodeAt(s.end);
  if ((c !== 32 && c !== 9) || !mayNameLawOrPlan(text)) return false;
  const after = text.slice(s.end, s.end + 60);
  return (after.includes(' Act') && LAW_AFTER.test(after)) || (after.includes(' Vision ') && PLAN_AFTER.test(after));
}

/** Whether a space and a digit or a capital (a model code's last character: "C-130 ", "KC-135A ") stand right before `start`: a cheap look before {@link MODEL_CODE_BEFORE}. */
function endsModelCode(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 2);
  return (text[start - 1] === ' ' || text[start - 1] === '\t') && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90));
}

/** A capitalised word right before a letter, which may make the two one name ("Group G", "Plan B"). */
const NAME_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}]*[ \t]+$/u;

/** Whether the one letter at `s` stands alone: no full stop, hyphen or apostrophe after it ("U.S", "J-Lo"), no capitalised word before it ("Group G"). */
function loneLetter(text: string, s: NamedSpan): boolean {
  const next = text[s.end] ?? ' ';
  if (next === '.' || next === '-' || next === "'" || next === '’') return false;
  const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 20), s.start));
  return !before;
}

/** Whether the span at `s` is one of the words above, which is then no name at all. */
function notAName(text: string, s: NamedSpan): boolean {
  const name = text.slice(s.start, s.end);
  if (name.length <= 3 && LONE_ARTICLES.has(name)) return true;
  if (name.length === 1 && name !== 'X' && loneLetter(text, s)) return true;
  if (s.type === 'organization' && name.length <= 6 && THING_INITIALS.has(name)) return true;
  // "the Oulu European Capital of Culture year": a title a town holds for a year, no body.
  if (s.type === 'organization' && name.endsWith(' Capital') && TITLE_HELD.test(name) && text.startsWith(' of Culture', s.end)) return true;
  if (s.type === 'person' && (isNationality(name) || memberNoun(text, s, name))) return true;
  // "ETHIOPIAN CARGO": a nationality in a crosshead written in capitals, no name either.
  if (name.length > 4 && isCapitalsWord(name) && capitalsNationality(name)) return true;
  if (s.type !== 'person' && REGION_LAST.has(name[name.length - 1]) && TITLE_AND_REGION.test(name)) return true;
  // "Economist Ana Ruiz": one space, then the capital of the name the job leads.
  if (s.type !== 'person' && text[s.end] === ' ' && isCapitalisedJob(name) && /^ \p{Lu}/u.test(text.slice(s.end, s.end + 2)) && !THE_BEFORE.test(text.slice(Math.max(0, s.start - 5), s.start))) return true;
  if (POST_NOMINALS.has(name) && POST_NOMINAL_BEFORE.test(text.slice(Math.max(0, s.start - 4), s.start))) return true;
  if (s.type !== 'person' && currencyAfter(text, s.end) && /^\p{Lu}{1,3}$/u.test(name)) return true;
  if (s.type === 'place' && RACE_LAST.has(charBeforeSpaces(text, s.start)) && RACE_BEFORE.test(text.slice(Math.max(0, s.start - 10), s.start))) return true;
  if (!name.includes(' ') && endsModelCode(text, s.start) && MODEL_CODE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) return true;
  // "the Planning and Infrastructure (Amendment) Bill would": the end of a bill's title, not a man's name.
  if (s.type === 'person' && name === 'Bill' && isBillTitle(text, s)) return true;
  // "the Halvard Cup tie", "a former Halvard Cup player": a cup's name, whatever its first word is.
  if (s.type !== 'person' && text[s.end + 1] === 'C' && CUP_AFTER.test(text.slice(s.end, s.end + 6))) return true;
  if (inLawTitle(text, s, name)) return true;
  // "Hon. Mwila Banda": a style, its full stop, and a capitalised name after it.
  if (s.type !== 'person' && text[s.end] === '.' && isStyleWord(name) && /^\.[ \t]+\p{Lu}/u.test(text.slice(s.end, s.end + 3))) return true;
  return (COMPETITION_LAST.has(name[name.length - 1]) && COMPETITION_ENDS.has(name.slice(-3)) && COMPETITION.test(name)) || ((name.endsWith('Cup') || name.endsWith('Cups')) && CUP_NAME.test(name));
}

/** Whether each span of the last text is a name or not, asked again by its second reading. */
const notANameOf = lastTextSpanMemo<boolean>();

/** The spans without those that are not names (see above). */
export function withoutNonNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const answers = notANameOf(text);
  return spans.filter((s) => {
    const key = spanKey(s);
    let answer = key >= 0 ? answers.get(key) : undefined;
    if (answer === undefined) {
      answer = notAName(text, s);
      if (key >= 0) answers.set(key, answer);
    }
    return !answer;
  });
}
