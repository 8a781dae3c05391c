import { COMMON_INITIALS } from './common-initials';
import type { NamedSpan } from './index';
import { lastTextMemo } from './last-text-memo';
import { withFoundNames } from './org-parties-names';
import { wordBefore } from './word-before';
import { LETTER, wordCharTest } from './whole-words';
import { wholeWordStarts } from './whole-word-starts';
import { DEMONYMS, PLACES, STOP } from './rule-tagger';

/**
 * Political parties as English news names them, which the model misses or reads as people: plural
 * names ("the Social Democrats", "the Greens", "Nationals MP ..."), "the Coalition" (Australia's
 * Liberal–National one), a name before a lower-case "party" ("the ruling Georgian Dream party"), and
 * a party's initials before the role of one of its members ("SPD parliamentary group", "DA caucus
 * leader", "EFF regional chairperson", "BJP MLA"), a one-word name after "the ruling" or "the
 * opposition" ("the opposition Mahagathbandhan, led by ..."), a name with its faction or wing in
 * brackets ("Janata Dal (United)", "JD(U)", "CPI(M)"), Europe's parties named in ordinary words
 * ("National Rally"), with the initials in brackets after a party's name ("(RN)"), and "the
 * Socialists" where the article names the Socialist Party. A party found so is an organisation in
 * each of its mentions in the article.
 */

/** Plural names that are parties on their own when capitalised ("the Greens", "Nationals MP"). */
const PLURALS = ['Greens', 'Nationals', 'Liberals', 'Conservatives', 'Tories', 'Democrats', 'Socialists', 'Republicans'];
/** Plurals that name a party only after one of {@link QUALIFIERS} (alone they are the party's members, "Democrats in Congress"). */
const QUALIFIED_ONLY = new Set(['Democrats', 'Socialists', 'Republicans']);
/** Words before a plural that count its members ("Two Democrats", "several Socialists"): people, not the party. */
const COUNT_BEFORE = /(?:^|[^\p{L}\p{N}])(?:\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Tt]en|[Dd]ozens?|[Ss]everal|[Mm]any|[Ss]ome|[Ff]ew|[Ff]ellow|[Mm]ost|[Aa]ll|[Tt]hose|[Tt]hese|[Rr]ebel|[Mm]oderate)[ \t]+$/u;
/**
 * Parties whose names are ordinary English words or words of another language, which the model
 * misses or reads as people ("the far-right National Rally", "Brothers of Italy", "Law and Justice",
 * "Die Linke", "Québec solidaire", "the Kuomintang", Norway's "Høyre" and "Arbeiderpartiet").
 */
const KNOWN_PARTIES = ['National Rally', 'France Unbowed', 'La France Insoumise', 'Les Républicains', 'Brothers of Italy', 'Five Star Movement', 'Forza Italia', 'Law and Justice', 'Civic Platform', 'Civic Coalition', 'Sinn Féin', 'Sinn Fein', 'Fine Gael', 'Fianna Fáil', 'Fianna Fail', 'Plaid Cymru', 'Sweden Democrats', 'Finns Party', 'Freedom Party', 'Party for Freedom', 'Fidesz', 'Syriza', 'Podemos', 'Chega', 'Die Linke', 'Renew Europe', 'Coalition Avenir Québec', 'Québec solidaire', 'Parti Québécois', 'Kuomintang', 'Chadema',
  // The Nordic parties English news names in their own language.
  'Høyre', 'Arbeiderpartiet', 'Fremskrittspartiet', 'Senterpartiet', 'Kristelig Folkeparti', 'Sosialistisk Venstreparti', 'Miljøpartiet De Grønne', 'Moderaterna', 'Socialdemokraterna', 'Sverigedemokraterna', 'Vänsterpartiet', 'Centerpartiet', 'Kristdemokraterna', 'Socialdemokratiet', 'Dansk Folkeparti', 'Kokoomus', 'Perussuomalaiset'];
/** Parties named by a word that is also a common noun ("labour"), a party only before a political verb, its leader or a member's role. */
const WORD_PARTIES = ['Labour', 'Labor'];
/** A political verb right after a party's name, perhaps after an auxiliary, or its leadership: " won 40 seats", " has pledged", " leader". */
const POLITICAL_VERB_AFTER = /^[ \t]+(?:(?:has|had|have|will|would|could|is|was)[ \t]+)?(?:won|wins?|winning|lost|lose|loses|losing|gained|gains?|secured?|secures|took|takes?|formed|forms?|forming|held|holds|pledged|pledges?|promised|promises?|campaigned|campaigns?|governs?|governed|swept|retained|retains?|voted|votes|leader|leadership|government|administration)(?![\p{L}])/u;
/** A party's initials in brackets right after its name: " (RN)", " (PiS)". */
const ACRONYM_AFTER = /^[ \t]+\((\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,6})\)/u;
/** Plurals that also name people of a view, capitalised as a sentence's first word ("Conservatives argue that ..."): a party only inside a sentence. */
const VIEWS = new Set(['Liberals', 'Conservatives']);
/** The start of a text, a line or a sentence right before a word. */
const SENTENCE_START = /(?:^|[.!?:"“]\s*|\n[ \t*_#>-]*)$/u;
/** Words that make a party of a plural ("Social Democrats", "Christian Democrats", "Free Democrats", "Sweden Democrats"). */
const QUALIFIERS = new Set(['Social', 'Christian', 'Free', 'Liberal', 'Sweden', 'Progressive', 'Young', 'National', 'New', 'Democratic', 'Radical']);
/** A letter, digit or joining mark next to a word: the word is part of a longer one. */
const WORD_CHAR = /[\p{L}\p{N}&'’-]/u;
const JOINS_BEFORE = wordCharTest("&'-", WORD_CHAR);
/** After a name, an apostrophe ends it: "the Greens'". */
const JOINS_AFTER = wordCharTest('&-', LETTER);
/** A capitalised word right before a plural, one space apart: its qualifier. */
const QUALIFIER_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)[ \t]$/u;
/** "the Coalition" as a party: lower-case "the", and no name going on after it ("Coalition for Change"). */
const COALITION = /(?<![\p{L}\p{N}])the[ \t]+(Coalition)(?![\p{L}\p{N}'’-]|[ \t]+(?:of|for|to|against)(?![\p{L}])|[ \t]+\p{Lu})/gu;

/** Adjectives of a party before its name ("ruling", "far-right"): up to two lower-case words after "the". */
const PARTY_BEFORE = /(?:^|[^\p{L}\p{N}])(?:the|The)[ \t]+(?:[\p{Ll}][\p{Ll}-]*[ \t]+){0,2}((?:\p{Lu}[\p{L}\p{M}’'-]*(?<!['’]s)[ \t]+(?:(?:of|for|and|the)[ \t]+)?){1,4})$/u;
/** Party, creed and people's adjectives, which alone before "party" are a description ("the Republican party", "the Lebanese Shiite party"), not a name. */
export const PARTY_ADJECTIVES = new Set(['Republican', 'Democratic', 'Democrat', 'Conservative', 'Liberal', 'Socialist', 'Communist', 'Green', 'Nationalist', 'Islamist', 'Opposition', 'Ruling', 'Independent', 'Labor', 'Marxist', 'Maoist', 'Leninist', 'Fascist', 'Shiite', 'Shia', 'Sunni', 'Muslim', 'Islamic', 'Christian', 'Catholic', 'Protestant', 'Jewish', 'Hindu', 'Buddhist', 'Orthodox', 'Kurdish', 'Arab']);
/** Words of a party that is a celebration, not a political one ("the Christmas party", "an Oscars party"), and of the dates one is held on. */
const EVENT_WORDS = new Set(['Christmas', 'Xmas', 'Halloween', 'Easter', 'Diwali', 'Eid', 'Hanukkah', 'Year', "Year's", 'Birthday', 'Bowl', 'Oscars', 'Oscar', 'Grammys', 'Emmys', 'Garden', 'Dinner', 'Launch', 'Victory', 'Night', 'Hen', 'Stag', 'Pool', 'Block', 'Street', 'Office', 'Wrap', 'Prom', 'Graduation', 'Farewell', 'Retirement', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
/** A one-word name after "the ruling" or "the opposition", not going on with another capitalised word nor naming a family ("the ruling Assad family"). */
const RULING_OR_OPPOSITION = /\b[Tt]he[ \t]+(?:ruling|opposition)[ \t]+(\p{Lu}[\p{L}\p{M}]+)(?![\p{L}\p{N}'’&-]|[ \t]+(?:\p{Lu}|\(|party|family|clan|dynasty|royal)(?![\p{L}]))/gu;
/** Initials with a faction's letters in brackets right after them: "JD(U)", "CPI(M)", "CPI(ML)". */
const FACTION_LETTERS = /^\(\p{Lu}{1,3}\)(?![\p{L}\p{N}])/u;
const CAPITAL = /\p{Lu}/u;
/** The last words of a party's name that a faction in brackets may follow: "Janata Dal (United)". */
const PARTY_ENDS = new Set(['Dal', 'Party', 'Sena', 'Congress', 'League', 'Front', 'Morcha', 'Samaj', 'Alliance', 'Movement']);
/** A faction's name in brackets: one to three capitalised words ("(United)", "(Secular)", "(Sharadchandra Pawar)"). */
const FACTION = /^\((\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})\)(?![\p{L}\p{N}])/u;
/** The capitalised words of a party's name before its last word, read back from there. */
const NAME_WORDS_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){0,4}$/u;

/** Names of parties with their faction in brackets ("Janata Dal (United)"). */
/**
 * Initials with a faction's letters in brackets right after them ("JD(U)", "CPI(M)"), found from each
 * "(" rather than by a pattern tried at every position of the text.
 */
function bracketedInitials(text: string): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    let start = at;
    while (start > at - 5 && start > 0 && CAPITAL.test(text[start - 1])) start--;
    if (at - start < 2 || (start > 0 && WORD_CHAR.test(text[start - 1]))) continue;
    const faction = FACTION_LETTERS.exec(text.slice(at, at + 6));
    if (faction) found.push({ start, end: at + faction[0].length });
  }
  return found;
}

function bracketedFactions(text: string): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf(' ('); at >= 0; at = text.indexOf(' (', at + 2)) {
    const faction = FACTION.exec(text.slice(at + 1, at + 40));
    if (!faction) continue;
    let start = at;
    while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1])) start--;
    if (!PARTY_ENDS.has(text.slice(start, at))) continue;
    const words = NAME_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 60), start))![0];
    // The party word alone ("the Party (Marxist)") is no name.
    if (!words) continue;
    const first = words.split(/[ \t]+/u).findIndex((w) => w && !STOP.has(w));
    if (first < 0) continue;
    const skipped = words.split(/[ \t]+/u).slice(0, first).reduce((n, w) => n + w.length + 1, 0);
    found.push({ start: start - words.length + skipped, end: at + 1 + faction[0].length });
  }
  return found;
}

/** Where a party's lower-case "party" stands: sought with indexOf, as most texts have few. */
const PARTY_WORD = ' party';

/** The role of a party's member right after its initials (" regional chairperson", " MLA"), read from where the initials end. */
const ROLE_AFTER = /[ \t]+(?:(?:regional|provincial|national|state|local|district|ward|youth|deputy|senior|former|federal|chief|parliamentary)[ \t]+)?(?:MPs?|MLAs?|MEPs?|MPPs?|MSPs?|councillors?|councilors?|caucus|lawmakers?|legislators?|parliamentary[ \t]+group|chair(?:person|man|woman)|spokes(?:person|man|woman)|candidates?|whip|politicians?|youth[ \t]+league|manifesto)(?![\p{L}])/uy;

/**
 * What makes a mention part of a longer name: a capitalised word or "of"/"for" going on after it
 * ("Coalition for Change"); a member's title after a party ("Nationals MP", "Greens Senator") does not.
 */
const LONGER_AFTER = /^[ \t]+(?:(?!(?:MPs?|MEPs?|MLAs?|MSPs?|MPPs?|Senators?|Sen\.|Rep\.|Leader|Deputy|Chair|President|Minister|Councillor|Councilor)(?![\p{L}]))\p{Lu}|(?:of|for)(?![\p{L}]))/u;

/** A party's name found by one of the shapes above. */
interface Found {
  start: number;
  end: number;
}

/** Plural party names, with their qualifier ("Social Democrats") where one stands before them. */
function pluralParties(text: string): Found[] {
  const found: Found[] = [];
  for (const word of PLURALS) {
    for (const at of wholeWordStarts(text, word, JOINS_BEFORE, JOINS_AFTER)) {
      const end = at + word.length;
      const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
      if (qualifier && QUALIFIERS.has(qualifier[1])) found.push({ start: at - qualifier[1].length - 1, end });
      else if (!QUALIFIED_ONLY.has(word) && !(VIEWS.has(word) && SENTENCE_START.test(text.slice(Math.max(0, at - 4), at)))) found.push({ start: at, end });
      // "the Socialists" where the article names the "Socialist Party": the party, but for members counted ("two Socialists").
      else if (QUALIFIED_ONLY.has(word) && text.includes(`${word === 'Democrats' ? 'Democratic' : word.slice(0, -1)} Party`) && !COUNT_BEFORE.test(text.slice(Math.max(0, at - 12), at))) found.push({ start: at, end });
    }
  }
  return found;
}

/** Names before a lower-case "party" ("the ruling Georgian Dream party"), as names of one or more words. */
function namesBeforeParty(text: string): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf(PARTY_WORD); at >= 0; at = text.indexOf(PARTY_WORD, at + PARTY_WORD.length)) {
    // A capitalised word right before "party", tested before the name is read backwards.
    if (WORD_CHAR.test(text[at + PARTY_WORD.length] ?? '') || !wordBefore(text, at + 1, true)) continue;
    const before = PARTY_BEFORE.exec(text.slice(Math.max(0, at + 1 - 90), at + 1));
    if (!before) continue;
    const name = before[1].trimEnd().replace(/(?:[ \t]+(?:of|for|and|the))+$/u, '');
    const words = name.split(/[ \t]+/u);
    // "the Republican party", "the Lebanese Shiite party": adjectives alone describe a party, not name it.
    if (words.every((w) => PARTY_ADJECTIVES.has(w) || DEMONYMS.has(w)) || (words.length === 1 && PLACES.has(name))) continue;
    if (STOP.has(words[0]) || words.some((w) => EVENT_WORDS.has(w))) continue;
    const start = at + 1 - before[1].length;
    found.push({ start, end: start + name.length });
  }
  return found;
}

/** Two to six capitals (a lower-case letter inside: "AfD") standing as a word's end: a party's initials, perhaps. */
const INITIALS = /[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,5}(?![A-Za-z0-9&'’-])/g;
/** A letter, digit or joining mark before initials, which makes them the end of a longer word ("eMP", "U.S."). */
const JOINED_BEFORE = /[\p{L}\p{N}&.'’-]/u;

/**
 * Initials before a party member's role ("DA caucus leader"), which may still name a place ("US
 * lawmakers"): the role is looked for only after initials, which are few in a text.
 */
function initialsBeforeRoles(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(INITIALS)) {
    if (m.index > 0 && JOINED_BEFORE.test(text[m.index - 1])) continue;
    ROLE_AFTER.lastIndex = m.index + m[0].length;
    if (ROLE_AFTER.test(text) && !COMMON_INITIALS.has(m[0]) && !PLACES.has(m[0]) && !DEMONYMS.has(m[0])) names.add(m[0]);
  }
  return names;
}

/** The parties' names a text's cues give, and the initials before roles: searched once for the two readings of an article. */
const cuesIn = lastTextMemo((text): { names: Set<string>; initials: Set<string> } => {
  const found = [...pluralParties(text), ...namesBeforeParty(text), ...bracketedFactions(text)];
  for (const name of KNOWN_PARTIES) {
    for (const at of wholeWordStarts(text, name, JOINS_BEFORE, JOINS_AFTER)) found.push({ start: at, end: at + name.length });
  }
  for (const name of WORD_PARTIES) {
    for (const at of wholeWordStarts(text, name, JOINS_BEFORE, JOINS_AFTER)) {
      ROLE_AFTER.lastIndex = at + name.length;
      if (POLITICAL_VERB_AFTER.test(text.slice(at + name.length, at + name.length + 24)) || ROLE_AFTER.test(text)) found.push({ start: at, end: at + name.length });
    }
  }
  for (const m of text.includes('he ruling ') || text.includes('he opposition ') ? text.matchAll(RULING_OR_OPPOSITION) : []) {
    if (PARTY_ADJECTIVES.has(m[1]) || DEMONYMS.has(m[1]) || PLACES.has(m[1]) || STOP.has(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    found.push({ start, end: start + m[1].length });
  }
  found.push(...bracketedInitials(text));
  // A party's initials in brackets after its name are the party too ("National Rally (RN)").
  for (const f of [...found]) {
    const acronym = text[f.end] === ' ' ? ACRONYM_AFTER.exec(text.slice(f.end, f.end + 12)) : null;
    if (acronym && !PLACES.has(acronym[1]) && !STOP.has(acronym[1])) found.push({ start: f.end + acronym[0].length - acronym[1].length - 1, end: f.end + acronym[0].length - 1 });
  }
  for (const m of text.includes('Coalition') ? text.matchAll(COALITION) : []) {
    const start = m.index + m[0].length - m[1].length;
    found.push({ start, end: start + m[1].length });
  }
  return { names: new Set(found.map((f) => text.slice(f.start, f.end))), initials: initialsBeforeRoles(text) };
});

/**
 * Spans (sorted, apart) with the parties above as organisations: spans inside a party's name give
 * way to it, a span reaching out of it stands (a longer name), and the other mentions of a name found
 * by a cue are organisations too. `isPlace` tells a listed place ("US lawmakers").
 */
export function withParties(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const cues = cuesIn(text);
  if (!cues.names.size && !cues.initials.size) return spans as NamedSpan[];
  // A name found by a cue once is the party's in its other mentions too ("Georgian Dream won").
  const names = new Set([...cues.names, ...[...cues.initials].filter((name) => !isPlace(name))]);
  const mentions: NamedSpan[] = [];
  for (const name of names) {
    for (const at of wholeWordStarts(text, name, JOINS_BEFORE, JOINS_AFTER)) {
      if (LONGER_AFTER.test(text.slice(at + name.length, at + name.length + 16))) continue;
      // "Two Socialists": members counted, not the party.
      if (QUALIFIED_ONLY.has(name) && COUNT_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
      mentions.push({ type: 'organization', start: at, end: at + name.length });
    }
  }
  // The longest of names that overlap ("Free Democrats" over a "Democrats" found elsewhere).
  return withFoundNames(spans, mentions);
}
