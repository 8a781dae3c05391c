import type { NamedSpan } from './index';
import { markLedMatches, wordLedMatches } from './word-led';
import { lastTextMemo } from './last-text-memo';
import { withFoundNames } from './org-parties-names';
import { DEMONYMS, ORG_WORDS, PLACES, STOP } from './rule-tagger';
import { wordBefore } from './word-before';
import { overlapsAny } from './added-spans';
import { COMMON_INITIALS, PLACE_INITIALS } from './common-initials';

/**
 * Organisations known by their initials, which the model misses or reads as places and people:
 * widely known acronyms (national parties of big democracies, sports bodies, bodies British style
 * writes in title case, "Nato", "Opec", air forces, emergency services, trade unions); a continent's body named by the continent and initials
 * ("Africa CDC"); and a long name with an acronym in brackets whose letters are not its English
 * initials ("Alternative for Germany (AfD)", an acronym of the name in another language), which the
 * bracket defines as an organisation, with every other mention of the acronym. Initials after
 * "the" that a body's verb or possessive follows ("the CEB would", "the BNP's leader", "to punish the
 * CAQ."), initials before a head's role and the holder's name ("TPA director general Mussa
 * Kilindo"), bare initials opening a clause before a body's verb ("DWR will publish", "• EDL
 * says"), before its people ("JKR engineers", "an INFN physicist") or owning something ("ZERA's
 * lawyer"), are an organisation's too where the model found nothing and the text names them once:
 * a sentence read alone has no long form or other mention to tell them.
 */

/** National parties of big democracies, by the initials news uses alone ("the ANC", "the BJP"). */
const PARTIES = ['ANC', 'EFF', 'IFP', 'UDM', 'BJP', 'AIADMK', 'DMK', 'BSP', 'SPD', 'CDU', 'CSU', 'FDP', 'AfD', 'SNP', 'DUP', 'SDLP', 'UKIP', 'PSOE', 'LDP', 'KMT', 'UMNO', 'ZANU-PF', 'PML-N', 'MQM', 'ODM', 'MDC', 'SWAPO', 'FRELIMO', 'MPLA', 'CCP'];
/** Sports' governing bodies and leagues, by their initials. */
const SPORTS_BODIES = ['UCI', 'FIFA', 'UEFA', 'IOC', 'WADA', 'FIBA', 'IAAF', 'ITF', 'WTA', 'ATP', 'NBA', 'NFL', 'MLB', 'NHL', 'BCCI'];
/** International bodies as British style writes their initials, in title case ("a Nato meeting"). */
const TITLE_CASE = ['Nato', 'Opec', 'Unicef', 'Unesco', 'Fifa', 'Uefa', 'Asean', 'Ecowas', 'Unhcr'];
/** National utilities known by one word in the news of their countries ("Eskom load reduction"). */
const STATE_COMPANIES = ['Eskom', 'Transnet', 'Petrobras', 'Pemex', 'Sonatrach', 'Aramco', 'Rosatom', 'Kepco'];
/** Air forces and armed services known by their initials ("an RAAF Hercules", "IDF troops"). */
const ARMED_SERVICES = ['RAAF', 'RAF', 'RNZAF', 'RCAF', 'USAF', 'IDF', 'PLA', 'ADF', 'IAF'];
/** Emergency services known by their initials in their countries' news ("SES volunteers", "the RFS", France's departmental "SDIS"). */
const EMERGENCY_SERVICES = ['SES', 'RFS', 'QFES', 'FEMA', 'SDIS'];
/** A French département's code after its fire and rescue service, part of the name: "SDIS 2B", "SDIS 13". */
const DEPARTMENT_CODE = /^ (?:\d{2,3}|2[AB])(?![\p{L}\p{N}])/u;
/**
 * Italian and French union confederations, whose sector federations are written as their own
 * initials, a hyphen and the confederation's ("FILT-CGIL", the transport workers of the CGIL).
 */
const CONFEDERATIONS_LIST = ['CGIL', 'CISL', 'UIL', 'UGL', 'CFDT'];
const CONFEDERATIONS: ReadonlySet<string> = new Set(CONFEDERATIONS_LIST);
/** A federation's initials before a hyphen and its confederation's. */
const FEDERATION_INITIALS = /(?:^|[^\p{L}\p{N}&.'’-])([A-Z]{2,8})-$/u;
/** Trade unions known by one name or their initials ("the Teamsters", "the AFL-CIO"). */
const UNIONS = ['Teamsters', 'AFL-CIO', 'UAW', 'SEIU', 'COSATU', 'Cosatu', 'IG Metall', ...CONFEDERATIONS_LIST];
/** All of them, longest first so "ZANU-PF" is read before a shorter name at the same place. */
const KNOWN = [...PARTIES, ...SPORTS_BODIES, ...TITLE_CASE, ...STATE_COMPANIES, ...ARMED_SERVICES, ...EMERGENCY_SERVICES, ...UNIONS].sort((a, b) => b.length - a.length);
/** The known names as whole words; the characters around a match are checked by hand. */
const KNOWN_WORD = new RegExp(String.raw`\b(?:${KNOWN.join('|')})\b`, 'gu');
/** A character that makes a match part of a longer word or a compound ("ANC-led", "U.S.-UCI"). */
const JOINED = /[\p{L}\p{N}&.'’-]/u;

/** A character after an acronym that makes it part of a longer word ("AfDs", "AfD-led"); a possessive or a full stop does not. */
const WORD_GOES_ON = /[\p{L}\p{N}&-]/u;

/** Continents and regions whose bodies are named by them and initials ("Africa CDC"). */
const CONTINENTS = new Set(['Africa', 'Europe', 'Asia', 'Americas', 'Latin America', 'Caribbean', 'Pacific', 'Arab']);
/** Initials right after a continent, ending the name there: " CDC". */
const INITIALS_AFTER = /^[ \t](\p{Lu}{2,6})(?![\p{L}\p{N}&.'’-]|[ \t]+\p{Lu})/u;

/**
 * Nations' and regions' adjectives that lead a body's initials as part of its name ("Scottish FA",
 * "Welsh FA", "Central CID"): the faiths and peoples of {@link DEMONYMS} name no body this way.
 */
const REGION_LEADS = new Set([...DEMONYMS, 'Central', 'Northern', 'Southern'].filter((w) => !/^(?:Muslim|Jewish|Catholic|Orthodox|Sunni|Shia|Soviet|Post-Soviet|\p{Lu}\p{Ll}+s)$/u.test(w)));
/** A body's initials alone: two to six capitals. */
const BARE_INITIALS = /^\p{Lu}{2,6}$/u;

/**
 * Where an organisation span of bare initials starts once a region's adjective right before it joins
 * it ("Scottish" + "FA"), or -1: the adjective is no other name's (no span ends on it, no capitalised word but "The" before it).
 */
function regionLedStart(text: string, s: NamedSpan, previousEnd: number): number {
  if (s.type !== 'organization' || s.end - s.start > 6 || text[s.start - 1] !== ' ' || !BARE_INITIALS.test(text.slice(s.start, s.end))) return -1;
  const lead = wordBefore(text, s.start, true);
  if (!lead || lead.start < previousEnd || !REGION_LEADS.has(lead.word)) return -1;
  const before = wordBefore(text, lead.start, true)?.word;
  return before && before !== 'The' ? -1 : lead.start;
}

/** An acronym in brackets, capitals with perhaps a lower-case letter inside ("(AfD)", "(TTP)"). */
const BRACKETED = /\((\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,7})\)/gu;
/** {@link BRACKETED} tried only where a bracket opens. */
const bracketedIn = markLedMatches(BRACKETED, '(');
/** A name hyphened to a lower-case word, a compound adjective: "Geneva-based", "Kathmandu-based". */
const COMPOUND_ADJECTIVE = /^\p{Lu}[\p{L}\p{M}'’]*-\p{Ll}+$/u;
/** Capitalised words and the short words between them, right before a bracket, on one line. */
const LONG_FORM_BEFORE = /(?:^|[^\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t](?:(?:of|for|and|the|against|de|del|e|el|la|al)[ \t]){0,2}){1,7})$/u;

/** Whether the line around `at` is a site's breadcrumbs ("[Sport](/sport) › [Tennis](/sport/tennis) › [ATP](...)"): a section's name there is no mention. */
export function inBreadcrumbs(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const stop = text.indexOf('\n', at);
  const line = text.slice(start, stop < 0 ? text.length : stop);
  // Also plain sections between arrows: "Sport › Tennis › ATP".
  return (line.startsWith('[') && (line.includes('›') || line.includes('»'))) || line.split(' › ').length > 2 || line.split(' » ').length > 2;
}

/** "he", a space and two capitals: where "the CEB" may stand, found by one quick literal search ("the" is too common a word to try each). */
const HE_CAPITALS = /he[ \t][A-Z][A-Z]/g;
/** The initials from there: "CEB", "BNP" of "The BNP's". */
const INITIALS_AT = /\p{Lu}{2,6}(?![\p{L}\p{N}&-])/uy;
/** A letter, digit or underscore before "the": the end of a longer word ("bathe"). */
const WORD_BEFORE_THE = /[\p{L}\p{N}_]/u;
/**
 * What follows a body's initials, read from their end: a possessive, a mark closing a clause, or a
 * verb ("would", "has", "opened", "expects"); a noun they qualify ("the VAT increase") or a preposition ("the
 * BRT with") does not.
 */
const BODY_AFTER = /^(?:['’]s(?![\p{L}])|[.,;:)!?"”](?![\p{L}\p{N}])|[ \t]+(?:and|or|but|has|had|have|is|was|are|were|will|would|could|can|may|might|must|should|said|says|told|warns|expects|confirms|announces|cancels|promises|urges|approves|rejects|launches|signs|suspends|denies|insists|estimates|forecasts|predicts|did|does|also|itself|won|lost|took|made|held|left|gave|sent|began|became|\p{Ll}{2,}ed)(?![\p{L}\p{M}'’-]))/u;

/** Initials right after "the" in a text: "the CEB", "The BNP's". */
function theInitialsIn(text: string): Array<{ acronym: string; start: number }> {
  const found: Array<{ acronym: string; start: number }> = [];
  HE_CAPITALS.lastIndex = 0;
  for (let m = HE_CAPITALS.exec(text); m; m = HE_CAPITALS.exec(text)) {
    const t = m.index - 1;
    if (t < 0 || (text[t] !== 't' && text[t] !== 'T') || (t > 0 && WORD_BEFORE_THE.test(text[t - 1]))) continue;
    INITIALS_AT.lastIndex = m.index + 3;
    const initials = INITIALS_AT.exec(text);
    if (initials) found.push({ acronym: initials[0], start: m.index + 3 });
  }
  return found;
}

/** Two to six capitals, perhaps a possessive, and a space: where initials before a head's role may stand, found by one quick search. */
const CAPITALS_SPACE = /([A-Z]{2,6})(['’]s)?[ \t]/g;
/**
 * A body's head or speaker and the holder's name, read from after the initials: "director general
 * Mussa", "national president Alhaji", "Secretary General Farhana", "Administrator Dr Ana".
 */
const ROLE_AND_HOLDER = /(?:(?:national|deputy|acting|regional|executive|managing|senior|interim)[ \t]+)?(?:director|Director|president|President|chairman|Chairman|chairwoman|Chairwoman|chairperson|Chairperson|chief[ \t]+executive|Chief[ \t]+Executive|CEO|spokesman|Spokesman|spokeswoman|Spokeswoman|spokesperson|Spokesperson|secretary[ \t-]+general|Secretary[ \t-]+General|general[ \t]+secretary|General[ \t]+Secretary|head|Head|boss|commissioner|Commissioner|governor|Governor|administrator|Administrator)(?:[ \t]+(?:general|General))?[ \t]+(?:(?:Dr|Mr|Mrs|Ms|Prof|Colonel|General|H\.E\.)\.?[ \t]+)?\p{Lu}\p{Ll}/uy;
/** A character before initials that makes them the end of a longer word or name ("U.S.", "R&D"). */
const JOINED_BEFORE_INITIALS = /[\p{L}\p{N}&.'’-]/u;

/**
 * A body's own verb right after bare initials, read from after their space: "says", "warns",
 * "cancelled", "now expects", "will publish" ("will be" may say what a thing is: "PPE will be needed";
 * "may and/or" is no verb).
 */
export const BODY_VERB_AT = /(?:(?:now|also|still|later|then|already|again)[ \t]+)?(?:says|said|apologised|apologized|apologises|apologizes|told|warns|warned|expects|expected|plans|planned|confirms|confirmed|announces|announced|issues|issued|cancels|cancelled|canceled|promises|promised|shuts|lends|raised|raises|cuts|reported|reports|urged|urges|ordered|orders|approved|approves|rejected|rejects|launched|launches|signed|signs|awarded|awards|suspended|suspends|denies|denied|declined|insists|insisted|estimates|estimated|forecasts|predicts|recorded|(?:will|would|may|could|has|had)[ \t]+(?!(?:be|been|to|and|or|but|the|an?)(?![\p{L}]))\p{Ll}{2,})(?![\p{L}\p{M}'’-])/uy;

/** A lower-case letter: the noun a possessive's initials own starts with one. */
const LOWER_START = /^\p{Ll}/u;

/**
 * Whether bare initials at `at` open a clause: a line's start, a mark, a bullet, or a lower-case
 * word before them ("said TCTA would", "If KIO rules"), not "a"/"an"/"the" (a thing: "an EV charged";
 * "the" has its own cue) unless `articles` allows them ("an INFN physicist"), nor a capitalised word
 * (part of a longer name: "Hong Kong SAR said").
 */
function opensClause(text: string, at: number, articles = false): boolean {
  if (at === 0 || text[at - 1] === '\n') return true;
  if (text[at - 1] !== ' ' && text[at - 1] !== '\t') return !/[\p{L}\p{N}]/u.test(text[at - 1]);
  const prev = wordBefore(text, at, false)?.word;
  // No word, or a list's dash before them ("- DMI warns"): a line's first words.
  if (!prev || !/^[\p{L}\p{N}]/u.test(prev)) return true;
  if (articles && (prev === 'A' || prev === 'An' || prev === 'The')) return true;
  return /^\p{Ll}/u.test(prev) && (articles || (prev !== 'a' && prev !== 'an' && prev !== 'the'));
}

/**
 * A body's people or organ after its initials, with no holder's name needed: "JKR senior engineer",
 * "six JKR officers", "an INFN physicist", "a CSEA regional president", "the ACP board", "RN deputy".
 * Initials of a field or a job go before such words too ("IT director", "HR manager"): {@link COMMON_INITIALS} leaves them.
 */
const BODY_ROLE_AT = /(?:(?:national|state|regional|country|deputy|acting|executive|managing|senior|assistant|interim|general|chief|health|caucus)[ \t]+){0,2}(?:president|[Vv]ice[ \t-][Pp]resident|director|chief[ \t]+executive|spokesperson|spokesman|spokeswoman|chairman|chairwoman|chairperson|candidates?|officers|officials|engineers?|deputy|manager|meteorologists?|physicists?|economists?|scientists?|board|head|lawmakers|legislators|leader)(?![\p{L}\p{M}'’-])/uy;

/** Initials and where they stand, cued as a body's by the words around them (see the file's comment). */
const cuedInitialsIn = lastTextMemo((text): Array<{ acronym: string; start: number }> => {
  const found: Array<{ acronym: string; start: number }> = [];
  for (const m of theInitialsIn(text)) {
    const end = m.start + m.acronym.length;
    if (BODY_AFTER.test(text.slice(end, end + 12))) found.push(m);
  }
  CAPITALS_SPACE.lastIndex = 0;
  for (let m = CAPITALS_SPACE.exec(text); m; m = CAPITALS_SPACE.exec(text)) {
    if (m.index > 0 && JOINED_BEFORE_INITIALS.test(text[m.index - 1])) continue;
    const after = m.index + m[0].length;
    // Two letters alone, owning or acting, more often name a thing ("IE's versions", "IE could fall").
    const bare = m[1].length > 2 && opensClause(text, m.index);
    // "ZERA's lawyer", "USI's art gallery": a possessive before a lower-case word, opening a clause.
    if (m[2]) {
      if (bare && LOWER_START.test(text[after] ?? '')) found.push({ acronym: m[1], start: m.index });
      continue;
    }
    ROLE_AND_HOLDER.lastIndex = after;
    BODY_VERB_AT.lastIndex = after;
    BODY_ROLE_AT.lastIndex = after;
    if (ROLE_AND_HOLDER.test(text) || (bare && BODY_VERB_AT.test(text)) || (BODY_ROLE_AT.test(text) && opensClause(text, m.index, true))) found.push({ acronym: m[1], start: m.index });
  }
  return found;
});

/**
 * Whether `acronym` stands as a word more than once in the text: an article's other mentions tell
 * what it names (a place there, "the ISS"; part of a longer name, "the GISB Agreement"), which the
 * reading of the article follows.
 */
function mentionedAgain(text: string, acronym: string): boolean {
  let mentions = 0;
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
    if (!JOINED.test(text[at - 1] ?? '') && !WORD_GOES_ON.test(text[at + acronym.length] ?? '') && ++mentions > 1) return true;
  }
  return false;
}

/** Initials cued as a body's (see the file's comment), mentioned once and where no span stands. */
function cuedInitials(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const { acronym, start } of cuedInitialsIn(text)) {
    const end = start + acronym.length;
    if (COMMON_INITIALS.has(acronym) || PLACE_INITIALS.has(acronym) || PLACES.has(acronym) || DEMONYMS.has(acronym) || STOP.has(acronym)) continue;
    if (overlapsAny(spans, start, end) || mentionedAgain(text, acronym)) continue;
    found.push({ type: 'organization', start, end });
  }
  return found;
}

/** The known names in a text, tried only where its words start (see `word-led.ts`). */
const knownWordsIn = wordLedMatches(KNOWN_WORD);

/** The known names in a text, where they stand as words of their own. */
const knownIn = lastTextMemo((text): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const m of knownWordsIn(text)) {
    const end = m.index + m[0].length;
    const federation = text[m.index - 1] === '-' && CONFEDERATIONS.has(m[0]) ? FEDERATION_INITIALS.exec(text.slice(Math.max(0, m.index - 10), m.index)) : null;
    if (federation && !(end < text.length && JOINED.test(text[end]) && text[end] !== '.')) {
      found.push({ type: 'organization', start: m.index - federation[1].length - 1, end });
      continue;
    }
    if ((m.index > 0 && JOINED.test(text[m.index - 1])) || (end < text.length && JOINED.test(text[end]) && !(text[end] === '.' || text[end] === "'" || text[end] === '’'))) continue;
    if (text[m.index - 1] === '[' && text.startsWith('](/', end) && inBreadcrumbs(text, m.index)) continue;
    const code = m[0] === 'SDIS' ? DEPARTMENT_CODE.exec(text.slice(end, end + 5)) : null;
    found.push({ type: 'organization', start: m.index, end: code ? end + code[0].length : end });
  }
  return found;
});

/** Initials of the capitalised words of `name` ("Alternative for Germany" -> "AG"). */
function initials(name: string): string {
  return name
    .split(/[ \t]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** A long name and the acronym in brackets after it. */
interface Definition {
  acronym: string;
  start: number;
  end: number;
}

/**
 * Long names before a bracketed acronym that is not their English initials: the long form must start
 * with the acronym's first letter or end in an organisation word. Read from the text alone, once for
 * the two readings of an article.
 */
const definitionsIn = lastTextMemo((text): Definition[] => {
  const found: Definition[] = [];
  if (!text.includes('(')) return found;
  for (const m of bracketedIn(text)) {
    const acronym = m[1];
    // A capitalised word right before the bracket, tested before the long form is read.
    if (text[m.index - 1] !== ' ' || !wordBefore(text, m.index, true) || PLACES.has(acronym) || DEMONYMS.has(acronym) || STOP.has(acronym)) continue;
    const before = LONG_FORM_BEFORE.exec(text.slice(Math.max(0, m.index - 100), m.index));
    if (!before) continue;
    let words = before[1].trimEnd().split(/[ \t]+/u);
    // An owner's name is not part of the long form ("Peru's National Water Authority"), but for an
    // office's holder ("National Financial Prosecutor's Office").
    for (let k = words.length - 1; k >= 0; k--) {
      if (/['’]s?$/u.test(words[k]) && !(k === words.length - 2 && words[k + 1] === 'Office')) {
        words = words.slice(k + 1);
        break;
      }
    }
    // A name turned modifier is not part of it either ("the Geneva-based International Centre for ...").
    for (let k = words.length - 1; k >= 0; k--) {
      if (COMPOUND_ADJECTIVE.test(words[k])) {
        words = words.slice(k + 1);
        break;
      }
    }
    // A name opens and ends with a capital: "On the" before "Lima Stock Exchange (BVL)" is no part of it.
    while (words.length && (STOP.has(words[0]) || !/^\p{Lu}/u.test(words[0]))) words.shift();
    while (words.length && !/^\p{Lu}/u.test(words[words.length - 1])) words.pop();
    const long = words.join(' ');
    const capitals = initials(long);
    // Initials that spell the acronym at the long form's end are the English definition, read elsewhere ("Number of Immigration Service (IS)").
    if (capitals.length < 2 || capitals.endsWith(acronym.toUpperCase())) continue;
    // The long form starts with the acronym's letter, ends in a body's word, or opens with one
    // ("Central Office for the Fight against Corruption ... (OCLCIFF)", the initials of its French name).
    if (long[0] !== acronym[0] && !ORG_WORDS.test(words[words.length - 1]) && !words.slice(0, 2).some((w) => ORG_WORDS.test(w))) continue;
    const end = m.index - 1;
    const start = end - long.length;
    if (text.slice(start, end) === long) found.push({ acronym, start, end });
  }
  return found;
});

/**
 * The definitions above whose long form the model did not find whole as one name (a place's acronym,
 * "Saudi Arabia (KSA)", or a name whose acronym is defined already), and their acronyms.
 */
function definedInOtherLanguages(text: string, spans: readonly NamedSpan[]): { names: NamedSpan[]; acronyms: Set<string> } {
  const names: NamedSpan[] = [];
  const acronyms = new Set<string>();
  for (const d of definitionsIn(text)) {
    if (spans.some((s) => s.end === d.end && s.start <= d.start)) continue;
    names.push({ type: 'organization', start: d.start, end: d.end });
    acronyms.add(d.acronym);
  }
  return { names, acronyms };
}

/**
 * Spans (sorted, apart) with the organisations above: a known name or a defined acronym replaces a
 * span on exactly it or inside it and fills a gap (a span reaching out of it, a longer name, stands);
 * a continent and initials after it become one name, as do a region's adjective and a body's initials
 * after it ("Scottish FA"). See the file's comment.
 */
export function withAcronyms(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // "Africa" + " CDC", with nothing or the initials alone found after the continent (a space after a short name, tested first).
    const after = s.type !== 'person' && text[s.end] === ' ' && s.end - s.start <= 13 && CONTINENTS.has(text.slice(s.start, s.end)) ? INITIALS_AFTER.exec(text.slice(s.end, s.end + 10)) : null;
    const next = spans[k + 1];
    const end = after ? s.end + after[0].length : 0;
    if (after && (!next || next.start >= end || (next.start === s.end + 1 && next.end === end))) {
      out.push({ type: 'organization', start: s.start, end });
      if (next && next.start < end) k++;
      continue;
    }
    const regionStart = regionLedStart(text, s, out.length ? out[out.length - 1].end : 0);
    out.push(regionStart < 0 ? s : { ...s, start: regionStart });
  }
  const { names, acronyms } = definedInOtherLanguages(text, out);
  const added = [...knownIn(text), ...names, ...cuedInitials(text, out)];
  for (const acronym of acronyms) {
    for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
      const stop = at + acronym.length;
      if (!(at > 0 && JOINED.test(text[at - 1])) && !(stop < text.length && WORD_GOES_ON.test(text[stop]))) added.push({ type: 'organization', start: at, end: stop });
    }
  }
  return added.length ? withFoundNames(out, added) : out;
}
