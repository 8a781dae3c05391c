import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { DEMONYMS, isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';
import { isStyleWord } from './honorifics';
import { lastTextMemo } from './last-text-memo';
import { ROLE } from './role-names';
import { previousWord } from './word-before';
import { CAPITALISED } from './name-words';
import { PERSON_AFTER as PERSON_VERB_AFTER, VERB_AFTER_LENGTH } from './person-verbs';

/**
 * Chinese and Korean names written surname first with a hyphenated given name ("Leung Kwok-hung",
 * "Kim Jong-un", "Hwang Hee-Chan"), which the model cuts to the surname, misses, or reads as a
 * place (after a listed surname, the whole pair is the person's); and a given name
 * and a double surname the model missed ("the engineer Geneviève Thibodeau-Lacroix"), taken when a
 * role or a title stands before ("Minister of Fisheries") or a person's words follow (", who", " said",
 * ", 58,", " became"), or, opening a sentence, " of the" and a body's name; and a double surname
 * alone opening a sentence before ", who" or an age.
 */

/** A hyphenated given name right after a person's name: " Kwok-hung", " Hee-Chan". */
const GIVEN_AFTER = /^ \p{Lu}\p{Ll}{1,6}-\p{L}\p{Ll}{1,6}(?![\p{L}\p{N}-])/u;
/** Words after a hyphen that make a modifier, not a name ("Tel Aviv-based", "Hong Kong-born"). */
const MODIFIERS = new Set(['based', 'born', 'led', 'run', 'made', 'held', 'owned', 'era', 'style', 'like', 'wide', 'bound', 'free', 'only', 'long', 'old', 'year', 'backed', 'linked', 'area', 'up', 'in', 'out', 'off', 'on', 'day', 'term', 'time', 'class', 'level', 'scale']);

/** Two words, the second hyphenated, found at its hyphen: "Lau Siu-lai", "Geneviève Thibodeau-Lacroix". */
interface HyphenatedPair {
  start: number;
  end: number;
  /** The first word ("Lau"), the second's part before the hyphen ("Siu") and after it ("lai"). */
  first: string;
  before: string;
  after: string;
}

const LETTER = /[\p{L}\p{M}]/u;
/** A letter or a mark, by its code for ASCII. */
const isLetter = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : at < text.length && LETTER.test(text[at]);
};
/** What may not stand right before such a name: a digit, an apostrophe, a full stop, a hyphen. */
const NOT_BEFORE = /[\p{N}'’.-]/u;
/** What may not stand right after it: a digit, a hyphen. */
const NOT_AFTER = /[\p{N}-]/u;

/**
 * The pairs of the text, read from each hyphen outwards: a few character tests per hyphen rather
 * than a pattern tried at every position of the text.
 */
const hyphenatedPairsIn = lastTextMemo((text): HyphenatedPair[] => {
  const found: HyphenatedPair[] = [];
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    let end = h + 1;
    while (isLetter(text, end)) end++;
    let mid = h;
    while (mid > 0 && isLetter(text, mid - 1)) mid--;
    // "O'Garro-Reid": an Irish "O'" before the surname's first part.
    if (mid > 2 && (text[mid - 1] === "'" || text[mid - 1] === '’') && text[mid - 2] === 'O' && text[mid - 3] === ' ') mid -= 2;
    if (end === h + 1 || mid === h || text[mid - 1] !== ' ' || NOT_AFTER.test(text[end] ?? '')) continue;
    let start = mid - 1;
    while (start > 0 && isLetter(text, start - 1)) start--;
    if (start === mid - 1 || (start > 0 && NOT_BEFORE.test(text[start - 1]))) continue;
    found.push({ start, end, first: text.slice(start, mid - 1), before: text.slice(mid, h), after: text.slice(h + 1, end) });
  }
  return found;
});

/** Surname and hyphenated given name in lower case after the hyphen, found nowhere by the model: "Lau Siu-lai". */
const CHINESE_SHAPE = { first: /^\p{Lu}\p{Ll}{1,5}$/u, before: /^\p{Lu}\p{Ll}{1,6}$/u, after: /^\p{Ll}{1,6}$/u };
/**
 * Korean, Taiwanese (Wade-Giles) and common Chinese surnames, before a given name of two syllables
 * capitalised after the hyphen ("Hwang Hee-Chan", "Park Joo-Ho", "Hsu Wen-Ling"): such a pair is a name.
 */
const EAST_ASIAN_SURNAMES = new Set(`Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Ryu Hong Jeon Jun Ko Moon Mun Yang Son Bae Baek Heo Nam Noh Roh Kwak Sung Cha Joo Woo Min Byun Chun Hsu Tsai Hsieh Kuo Hung Tseng Chiu Lai Chou Yeh Chuang Chiang Kao Chien Shih Hsiao Tsao Chu Fu Chung Cheng Huang Lin Chen Wang Li Liu Wu Lu Su Ho Tu Pan Yu Peng Wei Ma Teng Hsiung Zhang Zhao Zhou Xu Guo Luo Liang Xie Tang Feng Deng Cao Xiao Tian Dong Yuan Jiang Ye Leung Cheung Chan Wong Tsang Lam Yip Chow Kwok Lau Tse Fung Tsui Hui Mak Kwan Siu Yeung`.split(/\s+/u));
/** A lower-case word and the spaces around it, ending where a name starts: " substituted ". */
const LOWER_WORD_BEFORE = /[ \t]+\p{Ll}+[ \t]+$/u;
/** A syllable of a given name after the hyphen, capitalised: "Chan" of "Hee-Chan". */
const SYLLABLE = /^\p{Lu}\p{Ll}{1,5}$/u;
// A given name and a double surname: "Geneviève Thibodeau-Lacroix", "Yakubu Gassol-Mbaya".

/** Role nouns before a person's name ("the engineer", "lawyer"), read from `ROLE`'s plain words. */
const ROLES = new Set([...ROLE.split('|').filter((r) => /^[a-z]+$/u.test(r)), 'winger', 'forward', 'architect', 'entrepreneur', 'businessman', 'businesswoman', 'banker', 'designer', 'historian', 'chef',
  // Athletes named by their sport ("the paddler Ivana Horák-Dvořák").
  'paddler', 'canoeist', 'kayaker', 'rower', 'swimmer', 'skier', 'cyclist', 'rider', 'runner', 'sprinter', 'player', 'boxer', 'golfer', 'climber', 'skater', 'jumper']);
/** A person's words after the name: ", who", " said", ", 58,", ", a lawyer". */
const PERSON_AFTER = /^(?:,[ \t]+(?:who|an?|the)[ \t]|,[ \t]+\d{1,3},|,?[ \t]+(?:said|says|told|added)(?![\p{L}]))/u;

/** A job of a body after the name: ", president of the", ", director at", ", spokesperson for". */
const JOB_AFTER = /^,[ \t]+(\p{Ll}+)[ \t]+(?:of|at|for)[ \t]/u;
/** Whether a lower-case `word` is a role or a title: "president", "chair", "spokesperson". */
const isJob = (word: string): boolean => ROLES.has(word) || isTitleWord(word[0].toUpperCase() + word.slice(1));

/** Whether a job of a body follows the name ending at `end`: "Ilse Marlow-Kent, president of the Dock Street Traders". */
function jobAfter(text: string, end: number): boolean {
  const job = text.charCodeAt(end) === 44 ? JOB_AFTER.exec(text.slice(end, end + 32)) : null;
  return !!job && isJob(job[1]);
}

/** The first part of a double surname: capitalised, or after "Mc", "Mac" or "O'" with a second capital ("McGinley", "O'Garro"). */
const PREFIXED = /^(?:Mc|Mac|O['’])\p{Lu}[\p{Ll}\p{M}]+$/u;
const surnamePart = (word: string): boolean => CAPITALISED.test(word) || PREFIXED.test(word);

/** A capitalised word going on after the pair: then the pair is part of a longer name. */
const NAME_AFTER = /^ \p{Lu}/u;
/** An owner's possessive before the name: "Ferrari's", "the club's" (a team's or a firm's person). */
const POSSESSIVE = /\p{L}['’]s[ \t]+$/u;

/** A title, "of" or "for" and one to four capitalised words of an office right before a name: "Minister of Solidarity ", "Minister for Climate Crisis and Civil Protection ". */
const TITLE_OF_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:\p{Lu}\p{Ll}+[ \t]+(?:and[ \t]+)?){1,4}$/u;

/** " of the " and a capitalised word after a name: the body a person speaks for. */
const OF_THE_AFTER = /^[ \t]+of[ \t]+the[ \t]+\p{Lu}/u;
/** A sentence's end right before a name. */
const SENTENCE_END_BEFORE = /[.!?]["”’]? $/u;

/** Whether the words around a given name and a double surname say a person is meant: a role or a title before, an owner's possessive, or a person's words after. */
function personCued(text: string, start: number, end: number): boolean {
  const word = previousWord(text, start)?.word ?? '';
  if (ROLES.has(word) || isTitleWord(word.replace(/\.$/u, '')) || isStyleWord(word.replace(/\.$/u, '')) || PERSON_AFTER.test(text.slice(end, end + 12))) return true;
  if (jobAfter(text, end)) return true;
  // "Ciarán McGinley-Boyd became", "Ana Ruiz-Lara won": a verb a person is the subject of.
  if (PERSON_VERB_AFTER.test(text.slice(end, end + VERB_AFTER_LENGTH))) return true;
  // "Minister of Solidarity Awa Diallo-Sy": a title, "of" (or "for") and the office's capitalised words before.
  const office = word && /^\p{Lu}/u.test(word) ? TITLE_OF_BEFORE.exec(text.slice(Math.max(0, start - 60), start)) : null;
  if (office && isTitleWord(office[1])) return true;
  // "Maite Etxarri-Lasa of the Araba chamber, ...": opening a paragraph or a sentence, with the body she speaks for after.
  if (OF_THE_AFTER.test(text.slice(end, end + 10)) && (start === 0 || text[start - 1] === '\n' || SENTENCE_END_BEFORE.test(text.slice(Math.max(0, start - 3), start)))) return true;
  return POSSESSIVE.test(text.slice(Math.max(0, start - 4), start)) && !NAME_AFTER.test(text.slice(end, end + 3));
}

/** Particles between a given name and a double surname: "Lindiwe de Villiers-Nqini", "Anne de La Tour-Vidal". */
const PARTICLES = new Set(['de', 'van', 'von', 'da', 'di', 'du', 'del', 'della', 'dos', 'der', 'den', 'La', 'Le']);
const LOWER_FIRST = /^\p{Ll}/u;
const PARTICLE_FIRST = new Set([...PARTICLES].map((w) => w[0]));

/**
 * Spans with a given name, one or two particles and a double surname cued as a person's made one
 * person ("spokesperson Anne de La Tour-Vidal", the model reading "La Tour-Vidal" as a place), or null.
 */
function withParticles(text: string, out: NamedSpan[], p: HyphenatedPair): NamedSpan[] | null {
  let w = previousWord(text, p.start);
  // "de La", "van der": a second particle before, the first of them in lower case.
  if (w && PARTICLES.has(w.word)) w = previousWord(text, w.start);
  else if (!LOWER_FIRST.test(p.first)) return null;
  if (!w || !CAPITALISED.test(w.word) || STOP.has(w.word) || PLACES.has(w.word) || isTitleWord(w.word) || ORG_WORDS.test(w.word)) return null;
  const start = w.start;
  const inside = out.filter((s) => s.start < p.end && start < s.end);
  if (inside.some((s) => s.start < start || s.end > p.end) || !personCued(text, start, p.end)) return null;
  return withAdded(out.filter((s) => !inside.includes(s)), [{ type: 'person', start, end: p.end }]);
}

/**
 * A hyphenated given name and a surname, cued as a person's ("Alpine's Marie-Claire Dufresne",
 * "Jean-Luc Barbier said"), typed a person in place of the spans inside it; what the model found
 * across its edges stands. `out` is changed in place; the names found nowhere are returned.
 */
function hyphenatedGivenNames(text: string, out: NamedSpan[], added: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const { start, mid, end } of cuedGivenNamesIn(text)) {
    const inside = out.filter((s) => s.start < end && start < s.end);
    if (inside.some((s) => s.start < start || s.end > end) || overlapsAny(added, start, end)) continue;
    if (!inside.length) found.push({ type: 'person', start, end });
    // "head coach Ville-Pekka Ahonen said" read as "Ahonen": the person's span goes back over the given name.
    else if (inside.length === 1 && inside[0].type === 'person' && inside[0].start === mid + 1 && inside[0].end === end) out[out.indexOf(inside[0])] = { ...inside[0], start };
    else if (inside.some((s) => s.type !== 'person')) {
      const at = out.indexOf(inside[0]);
      out.splice(at, inside.length, { type: 'person', start, end });
    }
  }
  return found;
}

/**
 * The hyphenated given names and surnames of {@link hyphenatedGivenNames} cued as a person's, each
 * with where its surname starts less one (`mid`): read from the text alone, so once for both readings.
 */
const cuedGivenNamesIn = lastTextMemo((text): Array<{ start: number; mid: number; end: number }> => {
  const found: Array<{ start: number; mid: number; end: number }> = [];
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    // Most hyphens join lower-case words ("well-known"): ruled out by the letter after.
    const c = text.charCodeAt(h + 1);
    if (c < 65 || (c > 90 && c < 128)) continue;
    let start = h;
    while (start > 0 && isLetter(text, start - 1)) start--;
    let mid = h + 1;
    while (isLetter(text, mid)) mid++;
    if (text[mid] !== ' ' || start === h || mid === h + 1 || (start > 0 && !/\s/u.test(text[start - 1]))) continue;
    let end = mid + 1;
    while (isLetter(text, end)) end++;
    const given = [text.slice(start, h), text.slice(h + 1, mid)];
    const surname = text.slice(mid + 1, end);
    if (!given.every((w) => CAPITALISED.test(w) && !PLACES.has(w) && !STOP.has(w)) || !CAPITALISED.test(surname) || NOT_AFTER.test(text[end] ?? '') || NAME_AFTER.test(text.slice(end, end + 3))) continue;
    if (ORG_WORDS.test(surname) || PLACES.has(surname) || STOP.has(surname) || !personCued(text, start, end)) continue;
    // A capitalised word before, neither a possessive nor a title, makes it the inside of a longer name.
    const before = previousWord(text, start)?.word ?? '';
    if (/^\p{Lu}/u.test(before) && !/['’]s$/u.test(before) && !isTitleWord(before.replace(/\.$/u, '')) && !isStyleWord(before)) continue;
    found.push({ start, mid, end });
  }
  return found;
});

/**
 * Whether the part after a hyphen makes a modifier ("Seoul-based"), not a given name's second
 * syllable: after a Korean or Chinese surname ending `name`, "Jae-in" of "Moon Jae-in" is a name's.
 */
function modifierEnd(after: string, name: string): boolean {
  return MODIFIERS.has(after.toLowerCase()) && !EAST_ASIAN_SURNAMES.has(name.slice(name.lastIndexOf(' ') + 1));
}

/** A person's clause or age after a name: ", who ", ", 46,". */
const WHO_OR_AGE_AFTER = /^,[ \t]+(?:who[ \t]|\d{1,3},)/u;

/**
 * A double surname alone opening a sentence before ", who" or an age ("McGinley-Boyd, who began
 * the day ahead,", "Okafor-Lind, 46,"): a person, which a sentence read alone gives no other sign
 * of. Halves of three letters or more, neither a place, a body's word nor a function word, so
 * "Al-Ahly, who" and "Hydro-Québec, who" are left. Read from the text alone, once for both readings.
 */
const loneDoubleSurnamesIn = lastTextMemo((text): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    const c = text.charCodeAt(h + 1);
    if (c < 65 || (c > 90 && c < 128)) continue;
    let end = h + 1;
    while (isLetter(text, end)) end++;
    if (text.charCodeAt(end) !== 44 || !WHO_OR_AGE_AFTER.test(text.slice(end, end + 8))) continue;
    let start = h;
    while (start > 0 && (isLetter(text, start - 1) || text[start - 1] === "'" || text[start - 1] === '’')) start--;
    if (!(start === 0 || text[start - 1] === '\n' || (text[start - 1] === ' ' && /[.!?]["”’]?$/u.test(text.slice(Math.max(0, start - 3), start - 1))))) continue;
    const halves = [text.slice(start, h), text.slice(h + 1, end)];
    if (halves.every((w) => w.length >= 3 && surnamePart(w) && !STOP.has(w) && !PLACES.has(w) && !DEMONYMS.has(w) && !ORG_WORDS.test(w) && !isTitleWord(w))) found.push({ type: 'person', start, end });
  }
  return found;
});

/** Person spans go on over a hyphenated given name, and such names the model missed are added. Spans sorted, apart. */
export function withHyphenatedNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out = mapSpans(spans, (s, k) => {
    // The given name starts with a space and a capital: two looks rule out most spans.
    if (s.type !== 'person' || text.charCodeAt(s.end) !== 32) return s;
    const capital = text.charCodeAt(s.end + 1);
    if (capital < 65 || (capital > 90 && capital < 128)) return s;
    const m = GIVEN_AFTER.exec(text.slice(s.end, s.end + 16));
    const next = spans[k + 1];
    if (!m || modifierEnd(m[0].slice(m[0].indexOf('-') + 1), text.slice(s.start, s.end)) || (next && next.start < s.end + m[0].length)) return s;
    return { ...s, end: s.end + m[0].length };
  });
  if (!text.includes('-')) return out;
  const added: NamedSpan[] = [];
  for (const p of hyphenatedPairsIn(text)) {
    const { start, end, first } = p;
    const eastAsian = SYLLABLE.test(p.after) && EAST_ASIAN_SURNAMES.has(first) && CHINESE_SHAPE.before.test(p.before) && !NAME_AFTER.test(text.slice(end, end + 3));
    if (CHINESE_SHAPE.after.test(p.after) || eastAsian) {
      if (!CHINESE_SHAPE.first.test(first) || !CHINESE_SHAPE.before.test(p.before) || STOP.has(first) || PLACES.has(first) || modifierEnd(p.after, first)) continue;
      const inside = out.filter((s) => s.start < end && start < s.end);
      if (!inside.length) added.push({ type: 'person', start, end });
      // "Hsu" of "Hsu Wen-ling" read as a place, "Hwang Hee-Chan" as one: the whole name is the person's.
      else if (EAST_ASIAN_SURNAMES.has(first) && inside.every((s) => s.start >= start && s.end <= end) && inside.some((s) => s.type !== 'person' || s.start > start || s.end < end)) {
        out = withAdded(out.filter((s) => !inside.includes(s)), [{ type: 'person', start, end }]);
      } else if (EAST_ASIAN_SURNAMES.has(first) && inside.length === 1 && inside[0].start < start && inside[0].end === end && LOWER_WORD_BEFORE.test(text.slice(Math.max(inside[0].start, start - 30), start))) {
        // "Korea substituted Park Joo-Ho" read as one place: a lower-case word ends the name before the person's.
        const lower = LOWER_WORD_BEFORE.exec(text.slice(Math.max(inside[0].start, start - 30), start))!;
        const left = { ...inside[0], end: start - lower[0].length };
        out = withAdded(out.filter((s) => s !== inside[0]), [left, { type: 'person', start, end }]);
      }
      continue;
    }
    if (PARTICLE_FIRST.has(first[0]) && PARTICLES.has(first) && CAPITALISED.test(p.before) && CAPITALISED.test(p.after)) {
      const named = withParticles(text, out, p);
      if (named) out = named;
      continue;
    }
    if (!CAPITALISED.test(first) || !surnamePart(p.before) || !CAPITALISED.test(p.after) || text[end] === "'" || text[end] === '’') continue;
    // A given name that is a place's ("Georgia") only with a job after the name.
    if (STOP.has(first) || (PLACES.has(first) && !jobAfter(text, end)) || isTitleWord(first) || isStyleWord(first) || ORG_WORDS.test(first) || overlapsAny(added, start, end)) continue;
    const at = out.findIndex((s) => s.start < end && start < s.end);
    if (at >= 0) {
      const s = out[at];
      const next = out[at + 1];
      // "Georgia" read as a place and "Mallory-Price" as a body, with a job after: one person.
      if (next && next.start < end) {
        if (s.start === start && s.type !== 'person' && next.type !== 'person' && next.end === end && jobAfter(text, end)) out.splice(at, 2, { type: 'person', start, end });
        continue;
      }
      // "Professor Siân" + "Llewelyn-Hart": a given name the model found alone goes on over the double surname.
      if (s.type === 'person' && s.start <= start && s.end === start + first.length && !NAME_AFTER.test(text.slice(end, end + 3))) out[at] = { ...s, end };
      // "MP Vasile Bolea-Cebotari": the double surname alone read as a person's goes back over the given name before it.
      else if (s.type === 'person' && s.start === start + first.length + 1 && s.end === end && !DEMONYMS.has(first) && !isTitleWord(first)) out[at] = { ...s, start };
      // "Lyon defender Mamadou Cissé-Kowalski" read as a place, "Mkhwanazi-Daniels" alone as an organisation: a person when cued.
      else if (s.type !== 'person' && s.start >= start && s.end === end && personCued(text, start, end)) out[at] = { ...s, type: 'person', start };
      continue;
    }
    if (personCued(text, start, end)) added.push({ type: 'person', start, end });
  }
  for (const lone of loneDoubleSurnamesIn(text)) if (!overlapsAny(out, lone.start, lone.end) && !overlapsAny(added, lone.start, lone.end)) added.push(lone);
  return withAdded(out, [...added, ...hyphenatedGivenNames(text, out, added)].sort((a, b) => a.start - b.start));
}
