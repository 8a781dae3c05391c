import type { NamedSpan } from './index';
import { everyStartOf, wordLedMatches } from './word-led';
import { overlapsAny, withAdded } from './added-spans';
import { withFoundNames } from './org-parties-names';
import { lastTextMemo } from './last-text-memo';
import { endsInCountry, hasOrganisationOf, LEGISLATURE_PHRASES, LEGISLATURES } from './org-patterns';
import { DEMONYMS, ORG_WORDS, STOP, TITLES } from './rule-tagger';
import { previousWord, wordBefore } from './word-before';
import { isStyleWord } from './honorifics';
import { endsWithMinistrySeat } from './government-seats';

/**
 * Public bodies the model misses or cuts short: a legislature named in its own language alone ("the
 * Bundesrat", "the Lok Sabha"); a federal body after its nation's adjective, which is part of the name
 * ("Swiss Federal Supreme Court", "Australian Federal Police"); an office named after its holder ("the
 * Ombudsman's Office", "the National Financial Prosecutor's Office") or of a country ("the
 * Auditor-General of South Africa"); Britain's lower house as "the Commons"; a body's short form after
 * the article named it in full ("the Commission" after "the European Commission", "the 577-seat
 * Assembly" after "the National Assembly"); a ministry's fields the model found apart ("Ministry of
 * Trade, Industry and Energy"); a body named before its member's job ("Arab Monetary Fund director
 * Jane Doe"); capitalised words after "the" or a place's possessive ending in a body's word where the
 * model found nothing ("the Special Investigating Unit", "the Australian Grand Prix Corporation",
 * "Britain's Serious Fraud Office"); and a body named by two
 * fields the model cut at "and" ("the Securities and Exchange Commission").
 */

/** The legislatures' words as words of their own; the characters around a match are checked by hand. */
const LEGISLATURE_WORD = new RegExp(String.raw`\b(?:${[...LEGISLATURE_PHRASES.map((p) => p.replace(' ', '[ \\t]+')), ...LEGISLATURES].join('|')})\b`, 'gu');
/** A letter, digit or joining mark next to a word: the word is part of a longer one. */
const JOINED = /[\p{L}\p{N}&'’-]/u;

/** Capitalised words after "Federal", ending in an organisation word or not: " Supreme Court", " Police". */
const FEDERAL_NAME = /^Federal(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}\p{M}-]*){1,4}/u;

/** A possessive word before "Federal": the country that owns the body ("Brazil's"). */
const POSSESSIVE = /['’]s?$/u;
/** Forces and services whose federal body is named "Federal ..." alone ("the Federal Police", "Federal Highway Police"). */
const FEDERAL_FORCES = new Set(['Police', 'Guard', 'Service', 'Bureau', 'Agency', 'Court', 'Reserve', 'Army', 'Forces']);

/** An office-holder's office or department: "'s Office", "'s Department" with either apostrophe, read back from the word. */
const OFFICE_BEFORE = /['’]s[ \t]+$/u;
const OFFICE_WORDS = ['Office', 'Department'];
const WORD_GOES_ON = /[\p{L}\p{N}-]/u;

/** Each "'s Office" or "'s Department" in `text`, as where its apostrophe stands and its length: found from the words, as "Department" is common and the apostrophes more so. */
function officeWords(text: string): { index: number; length: number }[] {
  const found: { index: number; length: number }[] = [];
  for (const word of OFFICE_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (text[at - 1] !== ' ' && text[at - 1] !== '\t') continue;
      const before = OFFICE_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
      if (!before || WORD_GOES_ON.test(text[at + word.length] ?? '')) continue;
      const index = at - before[0].length;
      found.push({ index, length: at + word.length - index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
/** Capitalised words right before the apostrophe: the office's holder ("Prosecutor General"). */
const HOLDER_BEFORE = /(?:^|[^\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}-]*[ \t]+){0,3}\p{Lu}[\p{L}-]*)$/u;
/** Holders whose office takes the words of its field or seat before them ("National Financial Prosecutor's Office", "Manhattan District Attorney's Office"). */
const FIELD_HOLDERS = new Set(['Prosecutor', 'Attorney', 'Ombudsman', 'Auditor', 'Comptroller', 'Defender', 'Solicitor', 'Registrar']);
/** Office holders whose office is a body, beside the titles: "Ombudsman's Office", "Auditor-General's Office". */
const HOLDERS = /^(?:Ombudsman|Ombudsperson|Prosecutor|Attorney|Auditor|Auditor-General|Comptroller|Controller|Registrar|Inspector|Inspector-General|Sheriff|Coroner|Treasurer|Defender|Advocate|Solicitor|Receiver|Assessor|Clerk|Minister|President|Governor|Mayor|Chancellor|Speaker|Commissioner|General|Registrar-General|Surveyor-General|Accountant-General)$/u;

/** An auditor's or an ombudsman's office of a country, after "the": "the Auditor-General of South Africa". */
const OFFICE_OF = /(?<![\p{L}])[Tt]he[ \t]+((?:Auditor[- ]General|Ombudsman|Public[ \t]+Protector)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,2})(?![\p{L}\p{N}-]|[ \t]+\p{Lu})/gu;

/** "the Commons" as Britain's lower house: no capitalised word goes on after it. */
const COMMONS = /(?<![\p{L}\p{N}])[Tt]he[ \t]+(Commons)(?![\p{L}\p{N}-]|[ \t]+\p{Lu})/gu;
/**
 * "Keys" alone, the Isle of Man's lower house in an article that names the House of Keys ("several
 * Keys members"): no capitalised word before it ("Florida Keys") or after it.
 */
const KEYS = /(?<![\p{L}\p{N}-]|\p{Lu}[\p{L}\p{M}-]*[ \t]|of[ \t])Keys(?![\p{L}\p{N}-]|[ \t]+\p{Lu})/gu;

/** Organisation words whose body an article names again by the word alone ("the Commission" after "the European Commission"). */
const SHORT_HEADS = new Set(['Commission', 'Council', 'Committee', 'Tribunal', 'Authority', 'Agency', 'Assembly', 'Corps']);
/** "the" and perhaps a body's size right before its short form: "the ", "the 577-seat ", "The 120-member ". */
const SHORT_FORM_BEFORE = /(?:^|[^\p{L}\p{N}])[Tt]he[ \t]+(?:\d[\d,]*-(?:seat|member|strong)[ \t]+)?$/u;
/** After the short form ("the Commission", "The Commission"): no name going on ("the Commission on ...", "the Commission President"). */
const SHORT_FORM_AFTER = /^(?![\p{L}\p{N}-])(?![ \t]+(?:of|for|on|to)(?![\p{L}])|[ \t]+\p{Lu})/u;

/** The fields of a ministry's name after its first, closed by "and": ", Industry and Energy", " and Urban Development". */
const FIELDS_TAIL = /(?:,[ \t]+\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})*,?[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}(?![ \t]*\p{Lu}|[\p{L}\p{M}'’-])/uy;

/** Jobs of a body's member, between its name and the member's: "director" (of "Arab Monetary Fund director Jane Doe"). */
const MEMBER_JOBS = new Set(['director', 'chief', 'president', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'secretary-general', 'director-general', 'governor', 'commissioner', 'official']);
/** Capitalised words ending in an organisation word, then a member's job, right before a person's name: "Arab Monetary Fund director ". */
const BODY_BEFORE_JOB = /(?:^|[^\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}\p{M}-]*[ \t]+){1,4})(?:director|chief|president|head|spokes(?:man|woman|person)|chairman|chairwoman|chair|secretary-general|director-general|governor|commissioner|official)[ \t]+$/u;

/**
 * Words that end a body's name after "the" or an owner's possessive and capitalised words ("the Special
 * Investigating Unit", "the Natural History Museum", "Britain's Serious Fraud Office"); "Office" only
 * after a possessive, as "the Oval Office" is a room.
 */
const BODY_HEAD = /\b(?:Corporation|Museum|Unit|Board|Trust|Service|Authority|Agency|Commission|Directorate|Inspectorate|Municipality|Administration|Bureau|Office)\b/gu;
/**
 * "the" or a capitalised owner's possessive ("Britain's", "the UK's"), then one to four capitalised
 * words (perhaps two joined by "and") right before a body's word, on its line: "the Australian Grand
 * Prix ", "the eThekwini ", "the Food and Drug ", "Britain's Serious Fraud ".
 */
const THE_NAME_BEFORE = /(?:^|[^\p{L}\p{N}])(?:[Tt]he|(\p{Lu}[\p{L}\p{M}.]*['’]s))[ \t]+((?:\p{Ll}?\p{Lu}[\p{L}\p{M}-]*[ \t]+(?:(?:and|&)[ \t]+(?=\p{Lu}))?){1,4})$/u;

/** After a body's word: a capitalised word or "of", so the name goes on and is the other rules' ("the CAEM Board of Directors"). */
const NAME_GOES_ON = /^[ \t]+(?:\p{Lu}|of(?![\p{L}]))/u;
/** A person's description ending in "at the" right before a museum's name: ", a planetary geologist at the ". */
const WORKS_AT = /,[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){1,4}at[ \t]+the[ \t]+$/u;

/** The legislatures' words in a text, tried only where its words start (see `word-led.ts`). */
const legislatureWordsIn = wordLedMatches(LEGISLATURE_WORD);

/** The legislatures' words standing alone in a text. */
const legislaturesIn = lastTextMemo((text): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const m of legislatureWordsIn(text)) {
    const end = m.index + m[0].length;
    if ((m.index > 0 && JOINED.test(text[m.index - 1])) || (end < text.length && JOINED.test(text[end]) && text[end] !== '’' && text[end] !== "'")) continue;
    found.push({ type: 'organization', start: m.index, end });
  }
  return found;
});

/**
 * Spans (sorted, apart) with the legislatures named in their own language that the model missed
 * ("the Bundesrat") added as organisations; for the rule that takes in the words before a legislature
 * ("Bavarian Landtag"), which runs after this one.
 */
export function withLegislatureWords(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = legislaturesIn(text);
  if (!found.length) return spans as NamedSpan[];
  return withAdded([...spans], found.filter((f) => !overlapsAny(spans, f.start, f.end)));
}

/**
 * Federal bodies after a nation's adjective: "Swiss" + "Federal Supreme Court", or nothing found of
 * "Australian Federal Police"; and a federal force named alone after a possessive, "the" or nothing
 * ("Brazil's Federal Police", "Federal Police officers").
 */
function federalBodies(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const at of everyStartOf(text, 'Federal ')) {
    const nation = wordBefore(text, at, true);
    const demonym = !!nation && DEMONYMS.has(nation.word);
    // "Brazil's Federal Police", "the Federal Police", "Federal Police officers": the name starts at "Federal".
    if (!demonym && nation && !STOP.has(nation.word) && !POSSESSIVE.test(nation.word)) continue;
    const own = spans.find((s) => s.start === at && s.type === 'organization');
    if (own) {
      if (nation && demonym) found.push({ type: 'organization', start: nation.start, end: own.end });
      continue;
    }
    const name = FEDERAL_NAME.exec(text.slice(at, at + 80));
    const last = name ? name[0].slice(name[0].lastIndexOf(' ') + 1) : '';
    if (!name || !(demonym ? ORG_WORDS.test(last) : FEDERAL_FORCES.has(last))) continue;
    found.push({ type: 'organization', start: nation && demonym ? nation.start : at, end: at + name[0].length });
  }
  return found;
}

/**
 * Offices named after their holder ("Ombudsman's Office", "Registrar-General's Department") or of a
 * country ("the Auditor-General of South Africa"), "the Commons" and the Manx "Keys": searched once for the two
 * readings of an article.
 */
const officesIn = lastTextMemo((text): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const m of text.includes('Auditor') || text.includes('Ombudsman') || text.includes('Protector') ? text.matchAll(OFFICE_OF) : []) {
    const start = m.index + m[0].length - m[1].length;
    found.push({ type: 'organization', start, end: start + m[1].length });
  }
  for (const m of text.includes('Commons') ? text.matchAll(COMMONS) : []) {
    const start = m.index + m[0].length - m[1].length;
    found.push({ type: 'organization', start, end: start + m[1].length });
  }
  for (const m of text.includes('House of Keys') ? text.matchAll(KEYS) : []) found.push({ type: 'organization', start: m.index, end: m.index + 4 });
  for (const m of officeWords(text)) {
    const before = HOLDER_BEFORE.exec(text.slice(Math.max(0, m.index - 50), m.index));
    if (!before) continue;
    const words = before[1].split(/[ \t]+/u);
    while (words.length && STOP.has(words[0])) words.shift();
    const last = words[words.length - 1];
    if (!last || !(HOLDERS.test(last) || TITLES.test(last))) continue;
    if (!words.every((w) => HOLDERS.test(w) || TITLES.test(w)) && !(FIELD_HOLDERS.has(last) && words.length > 1)) continue;
    const holder = words.join(' ');
    found.push({ type: 'organization', start: m.index - holder.length, end: m.index + m.length });
  }
  return found;
});

/**
 * Where the first " of " from `start` on stands when it starts before `end`, or -1: read space by
 * space, as a search of the text for it would run on to the text's end in an article with few "of"s.
 */
function ofInside(text: string, start: number, end: number): number {
  for (let at = text.indexOf(' ', start); at >= 0 && at < end; at = text.indexOf(' ', at + 1)) if (text.startsWith(' of ', at)) return at;
  return -1;
}

/** "the Commission" (or another of {@link SHORT_HEADS}) after the article named an organisation ending in that word, or going on from it with "of", in full. */
function shortForms(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  // The heads that end a longer name found as an organisation, read from the spans once.
  const heads = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'organization') continue;
    // The head last, or before the name's "of" ("the U.S. Army Corps of Engineers" ... "the Corps").
    const of = ofInside(text, s.start, s.end);
    const end = of > s.start ? of : s.end;
    // The heads end in these letters: most names are passed over on their last one.
    const last = text[end - 1];
    if (last !== 'n' && last !== 'l' && last !== 'e' && last !== 'y' && last !== 's') continue;
    const space = text.lastIndexOf(' ', end - 1);
    if (space > s.start && SHORT_HEADS.has(text.slice(space + 1, end))) heads.add(text.slice(space + 1, end));
  }
  for (const head of heads) {
    // "the Commission", "The Commission", "the 577-seat Assembly": read from the space before the word
    // on, in the text's shared index of positions.
    for (const at of everyStartOf(text, ` ${head}`)) {
      const start = at + 1;
      const end = start + head.length;
      if (!SHORT_FORM_AFTER.test(text.slice(end, end + 12)) || !SHORT_FORM_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
      found.push({ type: 'organization', start, end });
    }
  }
  return found;
}

/** A list's last comma before "and" (", and Klingon Assault Group"): names listed, not a ministry's fields. */
const LIST_AND = /^,[ \t]+(?:and|&)/u;
/** A word in title case, as a body's field is written ("Securities"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Organisation words that are also a ministry's fields ("... Industry and Energy"). */
const FIELD_WORDS = new Set(['Energy', 'Oil', 'Gas', 'Media', 'Telecom', 'Television', 'Radio', 'Securities', 'Services', 'Children', 'Exchange', 'Industries']);
/** Whether a name's last word makes it a body of its own ("World Health Organization", "Klingon Assault Group"). */
const isBodyWord = (word: string) => ORG_WORDS.test(word) && !FIELD_WORDS.has(word);

/**
 * A ministry's name going on over its other fields ("Ministry of Trade" + ", Industry and Energy"),
 * where the model found a field apart, as another mention of it elsewhere made it a name ("Energy").
 */
function ministriesFields(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'organization' || !(text.startsWith(', ', s.end) || text.startsWith(' and ', s.end) || text.startsWith(' & ', s.end))) continue;
    FIELDS_TAIL.lastIndex = s.end;
    const tail = FIELDS_TAIL.exec(text);
    if (!tail || !hasOrganisationOf(text.slice(s.start, s.end)) || endsInCountry(text.slice(s.start, s.end))) continue;
    const end = s.end + tail[0].length;
    // ", and Klingon Assault Group": a list of names, not a ministry's fields. Only fields found apart
    // give way; a person's name, a body's (an organisation word last) or one reaching out of the tail stands.
    // "and Treasury": a ministry known by its seat alone is a second body.
    if (LIST_AND.test(tail[0]) || endsWithMinistrySeat(tail[0])) continue;
    if (spans.some((o) => o.start >= s.end && o.start < end && (o.type === 'person' || o.end > end || isBodyWord(text.slice(o.start, o.end).split(' ').pop()!)))) continue;
    found.push({ type: 'organization', start: s.start, end });
  }
  return found;
}

/** Words that end a body named by two fields joined by "and" ("Securities and Exchange Commission"). */
const JOINED_HEADS = new Set(['Commission', 'Authority', 'Agency', 'Administration', 'Board', 'Council', 'Committee', 'Service', 'Department', 'Ministry', 'Bureau', 'Office', 'Institute', 'Directorate', 'Inspectorate']);
/** "the" right before a name: "the " (Securities). */
const THE_BEFORE = /(?:^|[^\p{L}\p{N}])[Tt]he[ \t]+$/u;

/**
 * "the Securities" + " and " + "Exchange Commission": a body named by two fields, which the model cuts
 * at "and". The first field must be one or two capitalised words that the article never names alone
 * (where "the Treasury" stands alone elsewhere, "the Treasury and Home Office" are two bodies).
 */
function fieldsJoined(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (let k = 0; k + 1 < spans.length; k++) {
    const [left, right] = [spans[k], spans[k + 1]];
    if (left.type === 'person' || right.type !== 'organization' || right.start - left.end !== 5 || !text.startsWith(' and ', left.end)) continue;
    const first = text.slice(left.start, left.end);
    const words = first.split(' ');
    const last = text.slice(right.start, right.end).split(' ');
    if (words.length > 2 || last.length < 2 || !JOINED_HEADS.has(last[last.length - 1]) || words.some((w) => JOINED_HEADS.has(w) || !TITLE_WORD.test(w))) continue;
    if (!THE_BEFORE.test(text.slice(Math.max(0, left.start - 5), left.start))) continue;
    if (spans.some((s, j) => j !== k && text.slice(s.start, s.end) === first)) continue;
    found.push({ type: 'organization', start: left.start, end: right.end });
  }
  return found;
}

/** Whether the word before `pos` (one space before it) may be one of `MEMBER_JOBS`, by its last letter. */
function jobEndingAt(text: string, pos: number): boolean {
  const ending = text[pos - 1] === ' ' ? text[pos - 2] : '';
  return ending === 'r' || ending === 'f' || ending === 't' || ending === 'd' || ending === 'n' || ending === 'l';
}

/** A body named before its member's job and name ("Arab Monetary Fund director Jane Doe"), where nothing was found of it. */
function bodiesBeforeJobs(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const s of spans) {
    // The job right before the name, read backwards, says whether to look further.
    if (s.type !== 'person' || text[s.start - 1] !== ' ') continue;
    let from = s.start;
    let job = jobEndingAt(text, from) ? previousWord(text, from) : null;
    if (!job || !MEMBER_JOBS.has(job.word)) {
      // A style cut off the name may stand between the job and the name ("director Sheikha Noura ...").
      const style = job ?? previousWord(text, from);
      const c = style ? style.word.charCodeAt(0) : 0;
      if (!style || c < 65 || c > 90 || !(isStyleWord(style.word) || TITLES.test(style.word))) continue;
      from = style.start;
      job = jobEndingAt(text, from) ? previousWord(text, from) : null;
      if (!job || !MEMBER_JOBS.has(job.word)) continue;
    }
    const before = BODY_BEFORE_JOB.exec(text.slice(Math.max(0, from - 80), from));
    if (!before) continue;
    const words = before[1].trimEnd().split(/[ \t]+/u);
    while (words.length && STOP.has(words[0])) words.shift();
    if (words.length < 2 || !ORG_WORDS.test(words[words.length - 1])) continue;
    const name = words.join(' ');
    const start = from - before[0].length + before[0].indexOf(name);
    if (text.slice(start, start + name.length) === name && !overlapsAny(spans, start, start + name.length)) found.push({ type: 'organization', start, end: start + name.length });
  }
  return found;
}

/** The bodies' words in a text, tried only where its words start (see `word-led.ts`). */
const bodyHeadsIn = wordLedMatches(BODY_HEAD);

/** A body found by its head word: its span, and where its owner's name ends before a possessive ("Britain" of "Britain's"), if one leads it. */
interface HeadedBody {
  span: NamedSpan;
  ownerEnd?: number;
}

/** Capitalised words after "the" or a possessive ending in a body's word ("the Natural History Museum", "Britain's Serious Fraud Office"). */
const headedBodiesIn = lastTextMemo((text): HeadedBody[] => {
  const found: HeadedBody[] = [];
  for (const m of bodyHeadsIn(text)) {
    const end = m.index + m[0].length;
    if (text[m.index - 1] !== ' ' || JOINED.test(text[end] ?? '') || NAME_GOES_ON.test(text.slice(end, end + 4))) continue;
    const before = THE_NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 70), m.index));
    if (!before || (m[0] === 'Office' && !before[1]) || before[2].split(/[ \t]+/u).some((w) => STOP.has(w))) continue;
    const start = m.index - before[2].length;
    // A museum is a place one goes to ("moved to the Air Museum"), and a body one works at ("a curator at the Air Museum").
    if (m[0] === 'Museum' && !WORKS_AT.test(text.slice(Math.max(0, start - 60), start))) continue;
    if (!before[1]) {
      found.push({ span: { type: 'organization', start, end } });
      continue;
    }
    // The owner's name ends before the possessive's "'s" and the spaces after it.
    let ownerEnd = start;
    while (text[ownerEnd - 1] === ' ' || text[ownerEnd - 1] === '\t') ownerEnd--;
    found.push({ span: { type: 'organization', start, end }, ownerEnd: ownerEnd - 2 });
  }
  return found;
});

/** Whether a place the model found ends at `end`: the owner of a possessive is a country or a town, not a person. */
function placeEndsAt(spans: readonly NamedSpan[], end: number): boolean {
  return spans.some((s) => s.end === end && s.type === 'place');
}

/**
 * Spans (sorted, apart) with the public bodies of the file's comment as organisations: spans inside
 * such a name give way to it, a span reaching out of it stands (a longer name).
 */
export function withPublicBodies(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = [...federalBodies(text, spans), ...officesIn(text), ...shortForms(text, spans), ...ministriesFields(text, spans), ...bodiesBeforeJobs(text, spans), ...fieldsJoined(text, spans)];
  for (const { span, ownerEnd } of headedBodiesIn(text)) {
    if (!overlapsAny(spans, span.start, span.end) && (ownerEnd === undefined || placeEndsAt(spans, ownerEnd))) found.push(span);
  }
  return withFoundNames(spans, found);
}
