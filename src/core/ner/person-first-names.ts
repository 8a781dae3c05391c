import type { NamedSpan } from './index';
import { lastTextKeyedMemo } from './last-text-keyed-memo';
import { overlapsAny, withAdded } from './added-spans';
import { mapSpans } from './span-arrays';
import { isStyleWord } from './honorifics';
import { PERSON_AFTER, VERB_AFTER_LENGTH } from './person-verbs';
import { KINDS } from './place-evidence';
import { isTitleWord, ORG_WORDS, PLACES, STOP } from './rule-tagger';

/**
 * The first word of a person's name, written alone where a person is plainly meant: Indonesians and
 * Icelanders go by their given name ("Hendra said", "Sigríður's team"), a quote calls a player by
 * his ("Tāne has been waiting"), and Chinese and Korean names open with the family name, which an
 * interview's speaker label repeats ("**Hsu:** Because ..."). Document consistency finds a surname
 * alone, never a first word; here a first word counts where a person's verb or possessive follows,
 * or where it labels a speaker at a line's start; a mention the model read as a town is the person's
 * too ("I looked at Nikos"), for a word the lists hold as no place. A word the text also writes in lower case ("Will",
 * "May", "Grace") is left alone, as are listed places and organisations.
 */

/** A first word that may be used alone: capitalised, three letters or more, no hyphen. */
const FIRST_WORD = /^\p{Lu}[\p{Ll}\p{M}]{2,}$/u;
/** A speaker's label after the word at a line's start: "Hsu:", "**Hsu:**". */
const LABEL_AFTER = /^(?::\*\*|\*\*:|:)[ \t]/u;
const NAME_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;
const UPPER_FIRST = /\p{Lu}/u;

/** Whether the word at `[start, end)` opens its line as a speaker's label ("**Hsu:** ..."). */
function speakerLabel(text: string, start: number, end: number): boolean {
  let from = start;
  if (text.startsWith('**', from - 2)) from -= 2;
  return (from === 0 || text[from - 1] === '\n') && LABEL_AFTER.test(text.slice(end, end + 4));
}

/** A capitalised word or a closing bracket right before: the word ends a longer name ("the Ports (Amendment) Bill would"). */
function endsLongerName(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === at || end === 0) return false;
  if (text[end - 1] === ')') return true;
  let start = end;
  while (start > 0 && NAME_CHAR.test(text[start - 1])) start--;
  return start < end && UPPER_FIRST.test(text[start]);
}

/** A lower-case word of a place's kind right after `end`: " district", " village". */
function kindAfter(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  let to = end + 1;
  while (to < text.length && to - end < 20 && text.charCodeAt(to) >= 97 && text.charCodeAt(to) <= 122) to++;
  return KINDS.has(text.slice(end + 1, to));
}

/** Where `word` stands alone in `text` with a person's cue (see the file's comment): one search of the text per word and article. */
const cuedMentions = lastTextKeyedMemo((text: string, word: string): number[] => {
  let found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if ((at > 0 && NAME_CHAR.test(text[at - 1])) || (end < text.length && NAME_CHAR.test(text[end]) && text[end] !== '’' && text[end] !== "'")) continue;
    if ((PERSON_AFTER.test(text.slice(end, end + VERB_AFTER_LENGTH)) || speakerLabel(text, at, end)) && !endsLongerName(text, at)) found.push(at);
  }
  // "Will Hayes" and "we will": a word the text also writes in lower case is that word.
  if (found.length) {
    const lower = word.toLowerCase();
    if (text.includes(` ${lower} `) || text.includes(` ${lower}.`) || text.includes(` ${lower},`)) found = [];
  }
  return found;
});

/**
 * Spans (sorted, apart) with the lone mentions of people's first words added as people; see the
 * file's comment. `isListed` tells a name the name lists know as a place or an organisation.
 */
export function withFirstNames(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  const firsts = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'person') continue;
    const space = text.indexOf(' ', s.start);
    if (space < 0 || space >= s.end) continue;
    const first = text.slice(s.start, space);
    if (FIRST_WORD.test(first)) firsts.add(first);
  }
  if (!firsts.size) return spans as NamedSpan[];
  const added: NamedSpan[] = [];
  const given = new Set<string>();
  for (const word of firsts) {
    if (STOP.has(word) || isTitleWord(word) || isStyleWord(word) || PLACES.has(word) || ORG_WORDS.test(word) || isListed(word)) continue;
    given.add(word);
    for (const at of cuedMentions(text, word)) {
      const end = at + word.length;
      if (!overlapsAny(spans, at, end)) added.push({ type: 'person', start: at, end });
    }
  }
  // "I looked at Nikos": a given name the lists know as no place, read as a town alone, is the person's.
  // Not one a word of the place's kind follows ("In Kegeyli district"): that is a place by the same name.
  const out = given.size ? mapSpans(spans, (s) => (s.type === 'place' && given.has(text.slice(s.start, s.end)) && !kindAfter(text, s.end) ? { ...s, type: 'person' as const } : s)) : [...spans];
  return withAdded(out, added);
}
