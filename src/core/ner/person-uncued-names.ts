import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { previousWord } from './word-before';
import { LETTER, nextWholeWord, wordCharTest } from './whole-words';
import { SPEECH_AFTER, VERB_AFTER_LENGTH } from './person-verbs';
import { isTitleWord } from './rule-tagger';

/**
 * Names the model read as people by their look alone ("Tsarigradsko Shose", "Nibulon", "Liza"),
 * where the article gives no sign of a person and some sign of another kind. A mention says a place
 * when a preposition of place stands before it ("around Liza", "on Tsarigradsko Shose", "under the
 * Maluti"), or when it is an item of a list whose other item is a place ("from Redeyef and Om
 * Larayes", "to Ostrel and the Pemberly Marsh Reserve"); it says an organisation when ", which" and
 * a body's verb follow it ("Nibulon, which built"), or when its list's other item is an organisation
 * ("Moviment Graffitti and Din l-Art Ħelwa"); a single name right before "in" and a place the
 * lists know says a place ("after Rogun in Tajikistan"; a role "in" a play's title says nothing). The name then takes that kind in every mention, unless the article shows a person by it
 * anywhere: a title or a job before a mention ("Ms", "barrister"), a speaker's verb after one ("X
 * said"), ", who", an age (", 54," or "(54)"), a person's pronoun just after it, a longer person's
 * name holding it, or a list that sets it among people named in full. A preposition often put before
 * a person too ("at Smith", "on Trump"), and a list, count only when no word of the name is in the
 * lists of given names and surnames; no cue counts for a name of several words that such a word or
 * initials lead ("Corinne Hadley", "AQ Kahn"). A name with no word the lists give people also takes a
 * kind from a longer name it opens elsewhere in the article: a club's or a company's short form
 * ("Lanikai" of "Lanikai Canoe Club", "Corvane" of "Corvane Biosystems", "Sistemas Delta" of "Sistemas
 * Delta S.A.") is the body's, but a public body or a federation is named after its place ("Kansai" of
 * "Kansai Economic Federation"), and so is a place ("Lanikai Beach"); the same name found as a place at
 * another mention is a place. Names whose mentions point to two kinds are left as they are.
 */

/** Prepositions of place before a name ("in", "near", "under the") that rarely lead a person's. */
const PLACE_LEADS = new Set(['in', 'near', 'around', 'under', 'outside', 'across', 'throughout', 'beneath']);
/** Prepositions of place that also lead people's names ("look at Smith", "pressure on Trump"): read only for names the lists do not give people. */
const WEAK_PLACE_LEADS = new Set(['at', 'on']);
/** The last letters of the words read before a name (the leads and "the"): the word before most names ends otherwise and is not read. */
const LEAD_ENDS = new Uint8Array(128);
for (const word of [...PLACE_LEADS, ...WEAK_PLACE_LEADS, 'the']) LEAD_ENDS[word.charCodeAt(word.length - 1)] = 1;
/** Words before "in" that take a person ("faith in Smith", "an interest in Musk"). */
const PERSON_IN = new Set(['faith', 'trust', 'confidence', 'belief', 'believe', 'believes', 'believed', 'interest', 'stake', 'role', 'hand', 'part']);
/** A body's clause after its name: ", which supplies", ", which built its". */
const BODY_AFTER = /^,[ \t]+which[ \t]+(?:supplies|supplied|runs|ran|operates|operated|owns|owned|employs|employed|makes|made|produces|sells|builds|built)(?![\p{L}])/u;
/** What follows a person's name: ", who", an age (", 54," or " (54)"), a person's pronoun in the next few words. */
const PERSON_AFTER = /^(?:,[ \t]+who(?![\p{L}])|,[ \t]+\d{1,3}[,)]|[ \t]+\(\d{1,3}\)|[,]?[ \t]+(?:\p{Ll}+[ \t]+){0,3}?(?:he|she|his|her|him)(?![\p{L}]))/u;
const JOINS = wordCharTest('', LETTER);
/** A lower-case word and a capitalised one after a body's name: "campaigner Caitlin". */
const JOB_BEFORE_NAME = /^[ \t]+\p{Ll}+[ \t]+\p{Lu}/u;
/** A lower-case word shaped like a person's job or role ("barrister", "campaigner", "steersman", "economist"). */
const JOB_SHAPE = /^\p{Ll}{3,}(?:er|or|ist|man|woman|ian|ent|ant)$/u;
/** Function words of that shape: "under Maluti", "whether Liza". */
const NOT_JOBS = new Set(['under', 'after', 'over', 'other', 'another', 'either', 'neither', 'whether', 'per', 'for', 'nor', 'her', 'their', 'rather', 'further', 'ever', 'never', 'however', 'whenever', 'together', 'border', 'river', 'water', 'centre', 'center', 'sector', 'corridor']);
/** One or two initials: "AQ", "J.", "J.R.". */
const INITIALS = /^(?:\p{Lu}{1,2}|(?:\p{Lu}\.){1,2})$/u;

type Kind = 'place' | 'organization';

/** Words of bodies that are named after their town or region ("Kansai Economic Federation", "Tavoli Chamber of Trade"). */
const PLACE_BODY_WORDS = new Set(['Council', 'Commission', 'Authority', 'Board', 'Federation', 'Chamber', 'Association', 'University', 'Police', 'Region', 'District']);

/** Whether the name `s` opens the name `form` ("Lanikai" of "Lanikai Canoe Club") or is the same name. */
function opens(text: string, s: NamedSpan, form: NamedSpan): boolean {
  const length = s.end - s.start;
  if (form.end - form.start < length || (form.end - form.start > length && text.charCodeAt(form.start + length) !== 32)) return false;
  for (let i = 0; i < length; i++) if (text.charCodeAt(form.start + i) !== text.charCodeAt(s.start + i)) return false;
  return true;
}

/** The kind the longer names the name `s` opens give it (see the file's comment), or null when none does or two disagree. */
function longerFormKind(text: string, s: NamedSpan, forms: readonly (NamedSpan[] | undefined)[]): Kind | null {
  let kind: Kind | null = null;
  const candidates = forms[text.charCodeAt(s.start) & 31];
  if (!candidates) return null;
  for (const form of candidates) {
    if (!opens(text, s, form)) continue;
    // The same name found as a place elsewhere is a place ("at Tarvalla in the north", then "Tarvalla had"); found as a body, it may be neither.
    if (form.end - form.start === s.end - s.start && form.type !== 'place') continue;
    const formKind: Kind = form.type === 'organization' && !text.slice(form.start, form.end).split(' ').some((word) => PLACE_BODY_WORDS.has(word)) ? 'organization' : 'place';
    if (kind && kind !== formKind) return null;
    kind = formKind;
  }
  return kind;
}

/** Where the spaces and tabs from `at` end, at `to` at most. */
function blanksEnd(text: string, at: number, to: number): number {
  for (let c = text.charCodeAt(at); at < to && (c === 32 || c === 9); c = text.charCodeAt(++at));
  return at;
}

/** Whether `text` from `from` to `to` is a comma and spaces or tabs: the gap between two items of a list. */
function isCommaGap(text: string, from: number, to: number): boolean {
  return to - from > 1 && text.charCodeAt(from) === 44 && blanksEnd(text, from + 1, to) === to;
}

/** Whether `text` from `from` to `to` is the last gap of a list: " and ", ", and ", " or " (a comma alone also sets a description beside a name). */
function isListEndGap(text: string, from: number, to: number): boolean {
  const spaced = from < to && text.charCodeAt(from) === 44 ? from + 1 : from;
  const word = blanksEnd(text, spaced, to);
  if (word === spaced) return false;
  const wordEnd = text.startsWith('and', word) ? word + 3 : text.startsWith('or', word) ? word + 2 : to;
  return wordEnd < to && blanksEnd(text, wordEnd, to) === to;
}

/** Words that tie a place or a body to the name before it: "Kenny MacNeil of the SNP", "Søren Lund in Copenhagen". */
const DESCRIBING = new Set(['of', 'in', 'at', 'from', 'for']);

/**
 * Whether the place or body at `j` describes the person right before it ("Kenny MacNeil of the SNP and
 * Anna Rothach"), so that the list it ends is one of people, not of places or bodies.
 */
function describesPerson(text: string, spans: readonly NamedSpan[], j: number): boolean {
  const owner = spans[j - 1];
  if (owner?.type !== 'person') return false;
  let w = previousWord(text, spans[j].start);
  if (w?.word === 'the') w = previousWord(text, w.start);
  return !!w && DESCRIBING.has(w.word) && w.start - owner.end === 1;
}

/** Whether the span's name has a space: a name of two words or more. */
function hasSpace(text: string, span: NamedSpan): boolean {
  const space = text.indexOf(' ', span.start);
  return space >= 0 && space < span.end;
}

/**
 * Whether a person is among the items of the list that goes on from the span at `j` in `step`'s
 * direction ("Zeus, Hera, Aphrodite, and Athena" is a list of people); with `fullName`, only a
 * person named by two words or more counts ("Wendell Quirino, Thiago Arruda", not "Liza and Payara").
 */
function peopleListed(text: string, spans: readonly NamedSpan[], j: number, step: -1 | 1, fullName = false): boolean {
  for (let i = j + step; spans[i]; i += step) {
    const from = step < 0 ? spans[i].end : spans[i - step].end;
    const to = step < 0 ? spans[i - step].start : spans[i].start;
    if (to - from > 6) return false;
    if (!(isCommaGap(text, from, to) || (i === j + step && isListEndGap(text, from, to)))) return false;
    if (spans[i].type === 'person' && (!fullName || hasSpace(text, spans[i]))) return true;
  }
  return false;
}

/** The kind of list neighbour of the span at `k` that is not a person ("Volcano Express and Ritco"), or null. */
function listKind(text: string, spans: readonly NamedSpan[], k: number): Kind | null {
  for (let j = k - 1; j <= k + 1; j += 2) {
    const other = spans[j];
    if (!other || (other.type !== 'place' && other.type !== 'organization')) continue;
    const from = j < k ? other.end : spans[k].end;
    const next = j < k ? spans[k].start : other.start;
    // "to Ostrel and the Pemberly Marsh Reserve": "the" may open the item after the gap.
    const to = text.startsWith('the ', next - 4) ? next - 4 : next;
    if (to - from > 6 || !isListEndGap(text, from, to)) continue;
    // "Annika Lindqvist-Roos and Sofia's mayor": the owner of a possessive is no item of the list.
    const after = text.charCodeAt(other.end);
    if (after === 39 || after === 0x2019 || (j < k && describesPerson(text, spans, j))) continue;
    // "Joint Council ... campaigner Caitlin Boswell": a body before a job describes the next person.
    if (j > k && JOB_BEFORE_NAME.test(text.slice(other.end, other.end + 30))) continue;
    if (peopleListed(text, spans, j, j < k ? -1 : 1)) continue;
    return other.type;
  }
  return null;
}

/** Whether the word before `pos` (over spaces or tabs) ends in a letter a lead or "the" ends in: most do not, and are not read. */
function mayFollowLead(text: string, pos: number): boolean {
  let end = pos;
  for (let c = text.charCodeAt(end - 1); c === 32 || c === 9; c = text.charCodeAt(end - 1)) end--;
  return end < pos && LEAD_ENDS[text.charCodeAt(end - 1)] === 1;
}

/** The kind a mention's own words give it (see the file's comment), or null; `weak` when only a preposition that also leads people's names, or a list, says so. */
function mentionKind(text: string, spans: readonly NamedSpan[], k: number, isListedPlace: (name: string) => boolean): { kind: Kind; weak: boolean } | null {
  const s = spans[k];
  const c = text.charCodeAt(s.end);
  if (c === 44 && text.startsWith('which', blanksEnd(text, s.end + 1, s.end + 24)) && BODY_AFTER.test(text.slice(s.end, s.end + 24))) return { kind: 'organization', weak: false };
  // A possessive after the name is a person's more often than a place's: "in Smith's view", "in Arafat 's legacy".
  const mark = c === 32 ? text.charCodeAt(s.end + 1) : c;
  if (mark === 39 || mark === 0x2019) return null;
  let w = mayFollowLead(text, s.start) ? previousWord(text, s.start) : null;
  if (w?.word === 'the') w = previousWord(text, w.start);
  if (w && PLACE_LEADS.has(w.word) && (w.word !== 'in' || !PERSON_IN.has(previousWord(text, w.start)?.word.toLowerCase() ?? ''))) return { kind: 'place', weak: false };
  if (w && WEAK_PLACE_LEADS.has(w.word)) return { kind: 'place', weak: true };
  // People are listed with places and bodies too ("connections to AQ Kahn and Libya").
  const listed = listKind(text, spans, k);
  if (listed) return { kind: listed, weak: true };
  // "the largest after Rogun in Tajikistan": a single name set in a place the article names.
  const next = spans[k + 1];
  if (next?.type === 'place' && next.start === s.end + 4 && text.startsWith(' in ', s.end) && !hasSpace(text, s) && isListedPlace(text.slice(next.start, next.end))) return { kind: 'place', weak: true };
  return null;
}

/** Whether the article shows a person named `name` at any of its mentions (see the file's comment). */
function personShown(text: string, name: string): boolean {
  for (let at = nextWholeWord(text, name, 0, JOINS); at >= 0; at = nextWholeWord(text, name, at + name.length, JOINS)) {
    const end = at + name.length;
    const before = previousWord(text, at)?.word ?? '';
    if (before && (isTitleWord(before.replace(/\.$/u, '')) || (JOB_SHAPE.test(before) && !NOT_JOBS.has(before)))) return true;
    const after = text.slice(end, end + 40);
    if (SPEECH_AFTER.test(after.slice(0, VERB_AFTER_LENGTH))) return true;
    if (PERSON_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * `kinds` with the kind a mention of a person's name `s` points to set for its name, or the name set
 * apart (null) when its mentions disagree; `kinds` as it is when a word of the name keeps it a person's.
 */
function withKind(text: string, s: NamedSpan, found: { kind: Kind; weak: boolean }, kinds: Map<string, Kind | null> | null, isPersonWord: (word: string) => boolean): Map<string, Kind | null> | null {
  const name = text.slice(s.start, s.end);
  // A name of several words led by a given name or surname of the lists is a person's whatever its mentions' cues.
  const space = name.indexOf(' ');
  if (found.weak ? name.split(' ').some(isPersonWord) : space > 0 && isPersonWord(name.slice(0, space))) return kinds;
  // Initials lead a person's name ("AQ Kahn", "J. Okafor").
  if (space > 0 && INITIALS.test(name.slice(0, space))) return kinds;
  kinds ??= new Map();
  const had = kinds.get(name);
  // Mentions that disagree on the kind leave the name alone.
  kinds.set(name, had === undefined || had === found.kind ? found.kind : null);
  return kinds;
}

/**
 * Spans (sorted, apart) with people that only other kinds' signs surround retyped (see the file's
 * comment); `spans` itself when nothing changes. `isPersonWord` tells a word the lists give people,
 * `isListedPlace` a place the lists know (the place after "in" that sets a single name in it).
 */
export function withoutUncuedPeople(text: string, spans: NamedSpan[], isPersonWord: (word: string) => boolean, isListedPlace: (name: string) => boolean = () => false): NamedSpan[] {
  let kinds: Map<string, Kind | null> | null = null;
  let uncued: number[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'person') continue;
    const found = mentionKind(text, spans, k, isListedPlace);
    if (!found) {
      (uncued ??= []).push(k);
      continue;
    }
    kinds = withKind(text, spans[k], found, kinds, isPersonWord);
  }
  // A longer name's cue is weak: the lists' people's words, read in withKind, keep a person's name.
  if (uncued) {
    // Places and bodies by the low bits of their first letters' codes, where longer names are looked
    // for; made only for a text with such a mention.
    const forms: (NamedSpan[] | undefined)[] = new Array(32);
    for (const s of spans) if (s.type !== 'person') (forms[text.charCodeAt(s.start) & 31] ??= []).push(s);
    for (const k of uncued) {
      const led = longerFormKind(text, spans[k], forms);
      if (led) kinds = withKind(text, spans[k], { kind: led, weak: true }, kinds, isPersonWord);
    }
  }
  if (!kinds) return spans;
  // "Wendell Quirino, Thiago Arruda, Cacá Lins": a name listed with people is a person's in every mention.
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'person' || (!peopleListed(text, spans, k, -1, true) && !peopleListed(text, spans, k, 1, true))) continue;
    kinds.delete(text.slice(spans[k].start, spans[k].end));
  }
  let partsOfNames: Set<string> | null = null;
  const retyped = new Map<string, Kind>();
  for (const [name, kind] of kinds) {
    if (!kind) continue;
    partsOfNames ??= new Set(spans.filter((p) => p.type === 'person' && text.slice(p.start, p.end).includes(' ')).flatMap((p) => text.slice(p.start, p.end).split(/\s+/u)));
    // A surname alone shows the person of a longer name ("Ramakoae said").
    const space = name.lastIndexOf(' ');
    if (partsOfNames.has(name) || personShown(text, name) || (space > 0 && personShown(text, name.slice(space + 1)))) continue;
    retyped.set(name, kind);
  }
  if (!retyped.size) return spans;
  return mapChangedSpans(spans, (s) => {
    const kind = s.type === 'person' ? retyped.get(text.slice(s.start, s.end)) : undefined;
    return kind ? { ...s, type: kind } : s;
  });
}
